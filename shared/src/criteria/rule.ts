import type { AwardLevel, DisciplineForm, RatingLevel, SubjectKind } from './vocabulary';

/**
 * The criteria rule language (domain.md §4): the JSON form the API stores in `criteria_set.definition`
 * and the console edits. Every node is plain data, discriminated on `op`; windows on `kind`.
 * `schema.ts` validates it once when a set is stored or loaded; `evaluate.ts` then trusts it.
 *
 * Bump CRITERIA_FORMAT_VERSION only with a migration of stored sets: the JSON form is a contract.
 */
export const CRITERIA_FORMAT_VERSION = 1;

export interface LocalizedText {
  vi: string;
  en?: string;
}

/** `exact`: the seed or the law says exactly this. `interpreted`: our reading of vague or remembered text (see `note`). */
export const CONFIDENCES = ['exact', 'interpreted'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

// ---------------------------------------------------------------------------------------------
// Windows
// ---------------------------------------------------------------------------------------------

/**
 * Where in time a rule looks. Every window ends at the evaluation date at the latest (`asOf`): a record
 * dated later is not known yet. Year bounds are inclusive, date bounds are inclusive.
 *
 * - `ANY`: any time up to the evaluation date.
 * - `YEARS`: the calendar years `from`..`to` (`to` may be `EVAL_YEAR`, the year of the evaluation date).
 * - `PLAN_PERIOD`: the plan's period (evaluation option, else the set's `period`), up to the evaluation date.
 * - `ROLLING`: the `years` calendar years ending with the evaluation year (or `lag` years before it).
 * - `completedYears` (YEARS, PLAN_PERIOD, ROLLING): only years already over on the evaluation date.
 *   Year-end facts (annual ratings, titles) cannot exist for a year still running: "every year of the
 *   plan" judged in June means every year up to the last one.
 * - `PARAM`: a window the plan sets by name where its text is ambiguous (the set's parameter, an
 *   evaluation option overriding it, else the inline `default`).
 * - `THIS_YEAR`: the year being judged: inside `everyYear`/`consecutive`, the year under examination;
 *   elsewhere, the evaluation year.
 * - `RUN` / `BEFORE_RUN`: only inside `consecutive.inRun`: the years of the run, or any time before it.
 */
export type Window =
  | { kind: 'ANY' }
  | { kind: 'YEARS'; from: number; to: number | 'EVAL_YEAR'; completedYears?: boolean }
  | { kind: 'PLAN_PERIOD'; completedYears?: boolean }
  | { kind: 'ROLLING'; years: number; lag?: number; completedYears?: boolean }
  | { kind: 'PARAM'; name: string; default?: Window }
  | { kind: 'THIS_YEAR' }
  | { kind: 'RUN' }
  | { kind: 'BEFORE_RUN' };

export type WindowKind = Window['kind'];
export const WINDOW_KINDS: readonly WindowKind[] = ['ANY', 'YEARS', 'PLAN_PERIOD', 'ROLLING', 'PARAM', 'THIS_YEAR', 'RUN', 'BEFORE_RUN'];

// ---------------------------------------------------------------------------------------------
// Sources and filters
// ---------------------------------------------------------------------------------------------

/** The fact sources a `count` reads (facts.ts). */
export const SOURCES = ['AWARD', 'INITIATIVE', 'RESEARCH', 'RATING', 'DISCIPLINE', 'CULTURAL_TITLE', 'FLAG', 'METRIC', 'ATTESTATION'] as const;
export type Source = (typeof SOURCES)[number];

/** Award records: titles and commendations (AwardFact). Lists mean "one of". */
export interface AwardFilter {
  /** Catalogue award type codes (LAO_DONG_TIEN_TIEN, CSTD_CO_SO, CSTD_BO_TINH, BK_BO_TINH…). */
  awardTypes?: string[];
  /** Level of the issuing authority (TINH for a province, BO for a ministry or central body). */
  issuerLevels?: AwardLevel[];
  /** Signer's role (CHU_TICH_UBND_TINH, BO_TRUONG, THU_TUONG…). */
  issuerRoles?: string[];
  /** The occasion or programme the award was given for, as recorded (exact text). */
  occasion?: string;
}

/** Initiatives (sáng kiến). Recognition levels are ordered like AWARD_LEVELS (NHA_NUOC highest, CO_SO lowest). */
export interface InitiativeFilter {
  recognitionLevels?: AwardLevel[];
  /** Recognised at this level or higher. */
  minRecognitionLevel?: AwardLevel;
  /** true: recognised at some level; false: not recognised. */
  recognized?: boolean;
  /** Applied effectively. */
  applied?: boolean;
}

export interface ResearchFilter {
  levels?: AwardLevel[];
  minLevel?: AwardLevel;
  applied?: boolean;
}

export interface RatingFilter {
  /** Rated this level or better (HTXSNV > HTTNV > HTNV > KHTNV). */
  minLevel?: RatingLevel;
  levels?: RatingLevel[];
}

export interface DisciplineFilter {
  /** This form or heavier (KHIEN_TRACH < CANH_CAO < …). */
  minForm?: DisciplineForm;
  forms?: DisciplineForm[];
}

export interface CulturalTitleFilter {
  codes?: string[];
}

export interface FlagFilter {
  codes?: string[];
  /** Only records with this value (default: any value). */
  value?: boolean;
}

export interface MetricFilter {
  codes?: string[];
  /** Value at least (inclusive). */
  min?: number;
  /** Value at most (inclusive). */
  max?: number;
}

export interface AttestationFilter {
  keys?: string[];
  verdict?: 'PASS' | 'FAIL';
}

export interface FilterBySource {
  AWARD: AwardFilter;
  INITIATIVE: InitiativeFilter;
  RESEARCH: ResearchFilter;
  RATING: RatingFilter;
  DISCIPLINE: DisciplineFilter;
  CULTURAL_TITLE: CulturalTitleFilter;
  FLAG: FlagFilter;
  METRIC: MetricFilter;
  ATTESTATION: AttestationFilter;
}

/** The filter fields each source accepts (the validator refuses any other). */
export const FILTER_FIELDS: { readonly [S in Source]: readonly (keyof FilterBySource[S])[] } = {
  AWARD: ['awardTypes', 'issuerLevels', 'issuerRoles', 'occasion'],
  INITIATIVE: ['recognitionLevels', 'minRecognitionLevel', 'recognized', 'applied'],
  RESEARCH: ['levels', 'minLevel', 'applied'],
  RATING: ['minLevel', 'levels'],
  DISCIPLINE: ['minForm', 'forms'],
  CULTURAL_TITLE: ['codes'],
  FLAG: ['codes', 'value'],
  METRIC: ['codes', 'min', 'max'],
  ATTESTATION: ['keys', 'verdict'],
};

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

export const COMPARATORS = ['>=', '>', '=', '<=', '<'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** A number written in the rule, or a NUMBER parameter of the set ("nhiều sáng kiến": how many is many?). */
export type NumberValue = number | { param: string };

export type CountRule = {
  [S in Source]: {
    op: 'count';
    source: S;
    where?: FilterBySource[S];
    window: Window;
    cmp: Comparator;
    value: NumberValue;
  };
}[Source];

export type MemberScope = 'SELF' | 'MEMBERS' | 'SELF_AND_MEMBERS';
export const MEMBER_SCOPES: readonly MemberScope[] = ['SELF', 'MEMBERS', 'SELF_AND_MEMBERS'];

export type Rule =
  /** Every sub-rule passes. */
  | { op: 'all'; of: Rule[] }
  /** At least one sub-rule passes. */
  | { op: 'any'; of: Rule[] }
  /** The sub-rule fails. */
  | { op: 'not'; rule: Rule }
  /** The number of records of `source` matching `where` within `window`, compared with `value`. */
  | CountRule
  /** `condition` passes for every year of the (bounded) window; it reads the year as THIS_YEAR. */
  | { op: 'everyYear'; window: Window; condition: Rule }
  /**
   * Some run of `years` consecutive years inside the (bounded) window where `condition` passes each
   * year (THIS_YEAR = that year) and `inRun` passes over the run (its RUN / BEFORE_RUN windows).
   */
  | { op: 'consecutive'; years: number; window: Window; condition: Rule; inRun?: Rule }
  /** The latest annual rating within the window (default THIS_YEAR) is `level` or better. */
  | { op: 'ratingAtLeast'; level: RatingLevel; window?: Window }
  /** No discipline of `minForm` or heavier in force during the window, for the subject and/or its members. */
  | { op: 'noDiscipline'; scope: MemberScope; minForm: DisciplineForm; window: Window }
  /** The share (percent, 0–100) or the count of members for whom `condition` passes, compared with `value`. */
  | { op: 'members'; measure: 'SHARE' | 'COUNT'; cmp: Comparator; value: NumberValue; condition: Rule }
  /** A yearly metric rises strictly from each year of the window to the next (a tie is not a rise). */
  | { op: 'increasing'; metric: string; window: Window }
  /** The latest recorded flag `code` within the window (default ANY) is true. */
  | { op: 'flag'; code: string; window?: Window }
  /** A qualitative criterion a reviewer attests; the attestation references `key`. */
  | { op: 'attest'; key: string; text: string }
  /** A criterion whose text is lost or not yet encoded: always UNKNOWN, never invented. */
  | { op: 'unknown'; note: string };

export type RuleOp = Rule['op'];
export type RuleOf<O extends RuleOp> = Extract<Rule, { op: O }>;
export const RULE_OPS: readonly RuleOp[] = [
  'all',
  'any',
  'not',
  'count',
  'everyYear',
  'consecutive',
  'ratingAtLeast',
  'noDiscipline',
  'members',
  'increasing',
  'flag',
  'attest',
  'unknown',
];

/** Rules without sub-rules: a trace node keeps a reference to them (composite rules would repeat their subtree). */
export type LeafRule = RuleOf<'count' | 'ratingAtLeast' | 'noDiscipline' | 'increasing' | 'flag' | 'attest' | 'unknown'>;

// ---------------------------------------------------------------------------------------------
// Criteria and sets
// ---------------------------------------------------------------------------------------------

export interface Criterion {
  /** Stable within the set (the console and nominations refer to it). */
  key: string;
  title: LocalizedText;
  /** The criterion as the plan or the law words it, verbatim. */
  sourceText: string;
  /** Where the text comes from: the plan's section, or the article of the law. */
  source?: string;
  confidence: Confidence;
  /** Why and how the encoding interprets the text. */
  note?: string;
  appliesTo: SubjectKind[];
  /** Role-exclusive: the criterion applies only to individuals judged by this role group of the set. */
  roleGroup?: string;
  /** The field (lĩnh vực) the criterion belongs to, when the plan sorts its criteria by field. */
  field?: string;
  rule: Rule;
}

/** A role held on the evaluation date, optionally only in some kinds of organization (ORGANIZATION_KINDS codes). */
export interface RoleMatcher {
  roles: string[];
  organizationKinds?: string[];
}

/**
 * One role-exclusive rule group. A person is judged by exactly one group: the first in the set's list
 * that a role held on the evaluation date matches (list the highest, most specific groups first).
 * A person matching none is judged by the `fallback` group, unless they hold a leadership role:
 * leaders are judged only by `leadership` groups, never by the staff rule.
 */
export interface RoleGroup {
  code: string;
  title: LocalizedText;
  match: RoleMatcher[];
  /** The group judges leaders (it may contain leadership roles; a leader can be judged by it). */
  leadership?: boolean;
  /** The group judges non-leaders whose roles no group lists (the general / staff group). At most one. */
  fallback?: boolean;
}

export type ParameterDef =
  | { name: string; kind: 'WINDOW'; default: Window; title: LocalizedText; note?: string }
  | { name: string; kind: 'NUMBER'; default: number; min?: number; max?: number; title: LocalizedText; note?: string };

export interface CriteriaSet {
  version: typeof CRITERIA_FORMAT_VERSION;
  /** Stable code (criteria_set.code): upper-case letters, digits, `_`, `.`, `-`. */
  code: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** The document the criteria come from. */
  source?: string;
  /** The plan period in years (PLAN_PERIOD's default when the evaluation does not give one). */
  period?: { from: number; to: number };
  field?: string;
  parameters: ParameterDef[];
  roleGroups: RoleGroup[];
  criteria: Criterion[];
  /** How criteria verdicts combine: ALL (every applicable criterion) or ANY. */
  combine: 'ALL' | 'ANY';
}

/**
 * Roles that make a person a leader wherever they are held: such a person is never judged by a
 * non-leadership group. A set's leadership groups add their own roles to this list.
 */
export const LEADERSHIP_ROLE_CODES: readonly string[] = [
  'GIAM_DOC',
  'PHO_GIAM_DOC',
  'TRUONG_PHONG',
  'PHO_TRUONG_PHONG',
  'CHU_TICH',
  'PHO_CHU_TICH',
  'CHANH_VAN_PHONG',
  'PHO_CHANH_VAN_PHONG',
  'HIEU_TRUONG',
  'PHO_HIEU_TRUONG',
];

/** The names of the set parameters a rule reads (PARAM windows and `{ param }` numbers), in first-use order. */
export function parametersUsed(rule: Rule, into: Set<string> = new Set()): Set<string> {
  const window = (w: Window | undefined) => {
    if (w?.kind === 'PARAM') into.add(w.name);
  };
  const value = (v: NumberValue) => {
    if (typeof v === 'object') into.add(v.param);
  };
  switch (rule.op) {
    case 'all':
    case 'any':
      for (const r of rule.of) parametersUsed(r, into);
      break;
    case 'not':
      parametersUsed(rule.rule, into);
      break;
    case 'count':
      window(rule.window);
      value(rule.value);
      break;
    case 'everyYear':
      window(rule.window);
      parametersUsed(rule.condition, into);
      break;
    case 'consecutive':
      window(rule.window);
      parametersUsed(rule.condition, into);
      if (rule.inRun) parametersUsed(rule.inRun, into);
      break;
    case 'members':
      value(rule.value);
      parametersUsed(rule.condition, into);
      break;
    case 'ratingAtLeast':
    case 'flag':
      window(rule.window);
      break;
    case 'noDiscipline':
    case 'increasing':
      window(rule.window);
      break;
    case 'attest':
    case 'unknown':
      break;
  }
  return into;
}
