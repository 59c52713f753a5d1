import type {
  AttestationFact,
  AwardFact,
  CulturalTitleFact,
  DisciplineFact,
  FlagFact,
  InitiativeFact,
  MetricFact,
  PositionFact,
  RatingFact,
  ResearchWorkFact,
  SubjectFacts,
} from './facts';
import {
  LEADERSHIP_ROLE_CODES,
  type AttestationFilter,
  type AwardFilter,
  type Comparator,
  type CriteriaSet,
  type Criterion,
  type CulturalTitleFilter,
  type DisciplineFilter,
  type FlagFilter,
  type InitiativeFilter,
  type LeafRule,
  type LocalizedText,
  type MetricFilter,
  type NumberValue,
  type ParameterDef,
  type RatingFilter,
  type ResearchFilter,
  type RoleGroup,
  type Rule,
  type RuleOf,
  type RuleOp,
  type Window,
  type WindowKind,
} from './rule';
import { CriteriaValidationError, issue, safeParseWindow, type CriteriaIssue } from './schema';
import { AWARD_LEVELS, DISCIPLINE_FORMS, RATING_LEVELS, type SubjectKind } from './vocabulary';

/**
 * The pure evaluator: three-valued (PASS / FAIL / UNKNOWN), inclusive date bounds, role-exclusive
 * criteria, and a trace naming every record that counted.
 *
 * - Missing data is UNKNOWN: no rating for a year, no metric, no flag, no attestation, no members, a
 *   record whose field the filter needs is null (it *might* count). Counts use an interval: the
 *   records that surely match and those that might; the verdict is UNKNOWN only when the threshold
 *   falls inside it.
 * - Achievement records are the record: no award / initiative / discipline record means none.
 * - Windows end at the evaluation date (`asOf`). Year-tagged records (awards, ratings, titles,
 *   metrics) count by their year; dated ones (initiatives, research, disciplines, attestations) by date.
 *
 * Rules are compiled once per (set, options) by `prepareCriteriaSet` (windows and parameters
 * resolved, paths precomputed); evaluating a subject then allocates only its trace.
 */

export type Verdict = 'PASS' | 'FAIL' | 'UNKNOWN';

/** A window resolved to concrete years and dates (both inclusive). `fromYear`/`fromDate` null: no lower bound. */
export interface ResolvedWindow {
  kind: WindowKind;
  /** The parameter it came from, when written as PARAM. */
  param?: string;
  fromYear: number | null;
  toYear: number;
  fromDate: string | null;
  toDate: string;
}

export type TraceReason =
  /** No record of the data the rule reads (rating, metric, flag) in the window. */
  | 'NO_DATA'
  /** The members of the collective were not loaded, or it has none. */
  | 'NO_MEMBERS'
  /** The window holds no year (it lies after the evaluation date). */
  | 'EMPTY_WINDOW'
  /** The window is shorter than the run or the comparison needs. */
  | 'TOO_FEW_YEARS'
  | 'NOT_ATTESTED'
  /** The criterion's text is lost or not encoded (op `unknown`). */
  | 'NOT_ENCODED';

export interface TraceNode {
  op: RuleOp;
  /** JSON path of the rule in the set, e.g. `criteria[3].rule.of[1]`. */
  path: string;
  verdict: Verdict;
  /** The rule itself, for rules without sub-rules (explain reads its filter, level, text). */
  rule?: LeafRule;
  window?: ResolvedWindow;
  /** The year this node judged (children of everyYear / consecutive). */
  year?: number;
  /** The member this node judged (children of members). */
  subjectId?: string;
  /** Ids of the records (or members) that counted. Traces are read-only: empty lists are shared. */
  records?: readonly string[];
  /** Ids of the records (or members) that might count: a field the rule needs is missing. */
  uncertain?: readonly string[];
  observed?: number | string | boolean | null;
  /** The year of the observed record (ratingAtLeast, flag). */
  observedYear?: number | null;
  threshold?: number | string;
  cmp?: Comparator;
  /** members: whether `threshold` is a percentage (SHARE) or a number of members (COUNT). */
  measure?: 'SHARE' | 'COUNT';
  /** Members considered (members), or years in the window (everyYear). */
  total?: number;
  /** The run examined (consecutive): the passing one, else the closest. */
  run?: { from: number; to: number };
  /** Yearly values (increasing). */
  values?: { year: number; value: number | null; id: string | null }[];
  reason?: TraceReason;
  children?: TraceNode[];
  /** The run condition's trace (consecutive). */
  inRun?: TraceNode;
}

export interface RuleResult {
  verdict: Verdict;
  trace: TraceNode;
}

export type RoleSelectionStatus =
  /** A role held on the evaluation date matched a group. */
  | 'MATCHED'
  /** No group lists the roles held and none is a leadership role: the fallback (staff) group. */
  | 'FALLBACK'
  /** No position is recorded on the evaluation date. */
  | 'NO_POSITION'
  /** A leadership role no leadership group covers: never judged by the staff rule, so UNKNOWN. */
  | 'LEADER_NOT_COVERED'
  /** A higher group might match but the position's organization kind is not recorded. */
  | 'AMBIGUOUS'
  /** No group applies and the set has no fallback: not a subject of the role criteria. */
  | 'NO_MATCH';

export interface RoleSelection {
  status: RoleSelectionStatus;
  /** PASS when a group was chosen; UNKNOWN or FAIL otherwise (it joins the set's verdict). */
  verdict: Verdict;
  group: string | null;
  groupTitle: LocalizedText | null;
  /** Positions held on the evaluation date. */
  positionIds: string[];
  roles: string[];
  /** The position and role that decided the group. */
  decidedBy: { positionId: string; roleCode: string; organizationKind: string | null } | null;
  /** Lower groups that also matched and were set aside (a deputy director who is also CAN_BO). */
  setAside: string[];
}

export interface CriterionResult {
  key: string;
  title: LocalizedText;
  roleGroup: string | null;
  verdict: Verdict;
  trace: TraceNode;
}

export interface CriteriaSetResult {
  setCode: string;
  subjectId: string;
  subjectKind: SubjectKind;
  asOf: string;
  verdict: Verdict;
  /** False when no criterion of the set applies to the subject's kind (then FAIL). */
  applicable: boolean;
  /** Present when the set has role-exclusive criteria and the subject is an individual. */
  role?: RoleSelection;
  criteria: CriterionResult[];
}

export interface EvaluationOptions {
  /** The evaluation date, `YYYY-MM-DD`; the evaluation year is its year. */
  asOf: string;
  /** The plan period: years or `YYYY-MM-DD` dates, inclusive. Defaults to the set's `period`. */
  planPeriod?: { from: number | string; to: number | string };
  /** Overrides of the set's parameters: a window (JSON form) or a number. */
  parameters?: Record<string, Window | number>;
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export interface PreparedCriteriaSet {
  readonly set: CriteriaSet;
  readonly asOf: string;
  evaluate(facts: SubjectFacts): CriteriaSetResult;
}

/** Compiles a validated set for one evaluation date and parameters; reuse it for every subject. Throws CriteriaValidationError on bad options. */
export function prepareCriteriaSet(set: CriteriaSet, options: EvaluationOptions): PreparedCriteriaSet {
  return new PreparedSet(set, options);
}

const preparedCache = new WeakMap<CriteriaSet, { signature: string; prepared: PreparedCriteriaSet }>();

/** Evaluates one subject. The compiled form is cached per set object and options. */
export function evaluateCriteriaSet(set: CriteriaSet, facts: SubjectFacts, options: EvaluationOptions): CriteriaSetResult {
  const signature = `${options.asOf}|${JSON.stringify(options.planPeriod ?? null)}|${JSON.stringify(options.parameters ?? null)}`;
  const cached = preparedCache.get(set);
  if (cached && cached.signature === signature) return cached.prepared.evaluate(facts);
  const prepared = prepareCriteriaSet(set, options);
  preparedCache.set(set, { signature, prepared });
  return prepared.evaluate(facts);
}

export interface RuleEvaluationOptions extends EvaluationOptions {
  /** The set's parameters the rule may reference. */
  parameterDefs?: readonly ParameterDef[];
  /** Path of the rule in its set, for the trace (default: empty). */
  path?: string;
}

/** Evaluates one (validated) rule for one subject. */
export function evaluateRule(rule: Rule, facts: SubjectFacts, options: RuleEvaluationOptions): RuleResult {
  const env = new Env(options, options.parameterDefs ?? [], undefined);
  const node = compile(rule, options.path ?? '', env);
  const trace = run(node, facts, env.asOfYear, 0, 0);
  return { verdict: trace.verdict, trace };
}

/** Kleene conjunction / disjunction, for callers combining verdicts. */
export function allOf(verdicts: readonly Verdict[]): Verdict {
  let v: Verdict = 'PASS';
  for (const x of verdicts) {
    if (x === 'FAIL') return 'FAIL';
    if (x === 'UNKNOWN') v = 'UNKNOWN';
  }
  return v;
}

export function anyOf(verdicts: readonly Verdict[]): Verdict {
  let v: Verdict = 'FAIL';
  for (const x of verdicts) {
    if (x === 'PASS') return 'PASS';
    if (x === 'UNKNOWN') v = 'UNKNOWN';
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// Environment: the evaluation date, parameters, window caches
// ---------------------------------------------------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const minDate = (a: string, b: string) => (a < b ? a : b);
const yearStart = (y: number) => `${String(y).padStart(4, '0')}-01-01`;
const yearEnd = (y: number) => `${String(y).padStart(4, '0')}-12-31`;

class Env {
  readonly asOf: string;
  readonly asOfYear: number;
  /** The last calendar year already over on the evaluation date. */
  readonly lastCompletedYear: number;
  readonly period: { fromYear: number; toYear: number; fromDate: string; toDate: string } | null;
  readonly windowParams = new Map<string, Window>();
  readonly numberParams = new Map<string, number>();
  private readonly yearWindows = new Map<number, ResolvedWindow>();
  private readonly runWindows = new Map<number, ResolvedWindow>();
  private readonly beforeRunWindows = new Map<number, ResolvedWindow>();

  constructor(options: EvaluationOptions, defs: readonly ParameterDef[], setPeriod: CriteriaSet['period']) {
    const issues: CriteriaIssue[] = [];
    if (!isIsoDate(options.asOf)) issues.push(issue('options.asOf', 'EXPECTED_DATE'));
    this.asOf = options.asOf;
    this.asOfYear = Number(String(options.asOf).slice(0, 4));
    this.lastCompletedYear = String(options.asOf).endsWith('-12-31') ? this.asOfYear : this.asOfYear - 1;

    const pp = options.planPeriod ?? setPeriod;
    if (pp) {
      const from = typeof pp.from === 'number' ? yearStart(pp.from) : pp.from;
      const to = typeof pp.to === 'number' ? yearEnd(pp.to) : pp.to;
      if (!isIsoDate(from)) issues.push(issue('options.planPeriod.from', 'EXPECTED_DATE'));
      if (!isIsoDate(to)) issues.push(issue('options.planPeriod.to', 'EXPECTED_DATE'));
      if (isIsoDate(from) && isIsoDate(to) && from > to) issues.push(issue('options.planPeriod', 'YEARS_REVERSED', { from, to }));
      this.period = { fromYear: Number(from.slice(0, 4)), toYear: Number(to.slice(0, 4)), fromDate: from, toDate: to };
    } else this.period = null;

    for (const d of defs) {
      if (d.kind === 'WINDOW') this.windowParams.set(d.name, d.default);
      else this.numberParams.set(d.name, d.default);
    }
    for (const [name, value] of Object.entries(options.parameters ?? {})) {
      const def = defs.find((d) => d.name === name);
      const path = `options.parameters.${name}`;
      if (!def) {
        issues.push(issue(path, 'UNKNOWN_PARAMETER', { name }));
      } else if (def.kind === 'NUMBER') {
        if (typeof value !== 'number' || !Number.isFinite(value)) issues.push(issue(path, 'EXPECTED_NUMBER'));
        else if ((def.min !== undefined && value < def.min) || (def.max !== undefined && value > def.max)) {
          issues.push(issue(path, 'OUT_OF_RANGE', { min: def.min ?? '-∞', max: def.max ?? '∞', value }));
        } else this.numberParams.set(name, value);
      } else {
        const parsed = safeParseWindow(value, path);
        if (!parsed.ok) issues.push(...parsed.issues);
        else if (parsed.value.kind === 'PARAM') issues.push(issue(`${path}.kind`, 'NOT_ONE_OF', { value: 'PARAM', allowed: 'ANY, YEARS, PLAN_PERIOD, ROLLING, THIS_YEAR' }));
        else this.windowParams.set(name, parsed.value);
      }
    }
    if (issues.length) throw new CriteriaValidationError(issues);
  }

  yearWindow(y: number): ResolvedWindow {
    let w = this.yearWindows.get(y);
    if (!w) {
      w = { kind: 'THIS_YEAR', fromYear: y, toYear: y, fromDate: yearStart(y), toDate: minDate(yearEnd(y), this.asOf) };
      this.yearWindows.set(y, w);
    }
    return w;
  }

  runWindow(from: number, to: number): ResolvedWindow {
    const k = from * 10_000 + to;
    let w = this.runWindows.get(k);
    if (!w) {
      w = { kind: 'RUN', fromYear: from, toYear: to, fromDate: yearStart(from), toDate: minDate(yearEnd(to), this.asOf) };
      this.runWindows.set(k, w);
    }
    return w;
  }

  beforeRunWindow(from: number): ResolvedWindow {
    let w = this.beforeRunWindows.get(from);
    if (!w) {
      w = { kind: 'BEFORE_RUN', fromYear: null, toYear: from - 1, fromDate: null, toDate: minDate(yearEnd(from - 1), this.asOf) };
      this.beforeRunWindows.set(from, w);
    }
    return w;
  }

  number(value: NumberValue, path: string): number {
    if (typeof value === 'number') return value;
    const n = this.numberParams.get(value.param);
    if (n === undefined) throw new CriteriaValidationError([issue(`${path}.param`, 'UNKNOWN_PARAMETER', { name: value.param })]);
    return n;
  }

  /** A static window, or the dynamic marker (THIS_YEAR / RUN / BEFORE_RUN resolve per call). */
  window(window: Window, path: string): WindowSpec {
    switch (window.kind) {
      case 'ANY':
        return { dynamic: null, resolved: { kind: 'ANY', fromYear: null, toYear: this.asOfYear, fromDate: null, toDate: this.asOf } };
      case 'YEARS': {
        const cap = window.completedYears ? this.lastCompletedYear : this.asOfYear;
        const to = window.to === 'EVAL_YEAR' ? cap : Math.min(window.to, cap);
        return {
          dynamic: null,
          resolved: { kind: 'YEARS', fromYear: window.from, toYear: to, fromDate: yearStart(window.from), toDate: minDate(yearEnd(to), this.asOf) },
        };
      }
      case 'PLAN_PERIOD': {
        const p = this.period;
        if (!p) throw new CriteriaValidationError([issue(`${path}.kind`, 'MISSING_PLAN_PERIOD')]);
        const to = Math.min(p.toYear, window.completedYears ? this.lastCompletedYear : this.asOfYear);
        return {
          dynamic: null,
          resolved: { kind: 'PLAN_PERIOD', fromYear: p.fromYear, toYear: to, fromDate: p.fromDate, toDate: minDate(p.toDate, minDate(yearEnd(to), this.asOf)) },
        };
      }
      case 'ROLLING': {
        const to = (window.completedYears ? this.lastCompletedYear : this.asOfYear) - (window.lag ?? 0);
        const from = to - window.years + 1;
        return { dynamic: null, resolved: { kind: 'ROLLING', fromYear: from, toYear: to, fromDate: yearStart(from), toDate: minDate(yearEnd(to), this.asOf) } };
      }
      case 'PARAM': {
        const target = this.windowParams.get(window.name) ?? window.default;
        if (!target || target.kind === 'PARAM') throw new CriteriaValidationError([issue(`${path}.name`, 'UNKNOWN_PARAMETER', { name: window.name })]);
        const spec = this.window(target, path);
        if (spec.resolved) spec.resolved = { ...spec.resolved, param: window.name };
        return spec;
      }
      case 'THIS_YEAR':
      case 'RUN':
      case 'BEFORE_RUN':
        return { dynamic: window.kind, resolved: null };
    }
  }
}

interface WindowSpec {
  dynamic: 'THIS_YEAR' | 'RUN' | 'BEFORE_RUN' | null;
  resolved: ResolvedWindow | null;
}

// ---------------------------------------------------------------------------------------------
// Compilation
// ---------------------------------------------------------------------------------------------

interface Node {
  op: RuleOp;
  path: string;
  rule: Rule;
  win: WindowSpec | null;
  children: Node[];
  inRun: Node | null;
  threshold: number;
  env: Env;
}

const THIS_YEAR_WINDOW: Window = { kind: 'THIS_YEAR' };
const ANY_WINDOW: Window = { kind: 'ANY' };

function compile(rule: Rule, path: string, env: Env): Node {
  const node: Node = { op: rule.op, path, rule, win: null, children: [], inRun: null, threshold: 0, env };
  switch (rule.op) {
    case 'all':
    case 'any':
      node.children = rule.of.map((r, i) => compile(r, `${path ? `${path}.` : ''}of[${i}]`, env));
      break;
    case 'not':
      node.children = [compile(rule.rule, join(path, 'rule'), env)];
      break;
    case 'count':
      node.win = env.window(rule.window, join(path, 'window'));
      node.threshold = env.number(rule.value, join(path, 'value'));
      break;
    case 'everyYear':
      node.win = env.window(rule.window, join(path, 'window'));
      node.children = [compile(rule.condition, join(path, 'condition'), env)];
      break;
    case 'consecutive':
      node.win = env.window(rule.window, join(path, 'window'));
      node.threshold = rule.years;
      node.children = [compile(rule.condition, join(path, 'condition'), env)];
      if (rule.inRun) node.inRun = compile(rule.inRun, join(path, 'inRun'), env);
      break;
    case 'ratingAtLeast':
      node.win = env.window(rule.window ?? THIS_YEAR_WINDOW, join(path, 'window'));
      break;
    case 'noDiscipline':
    case 'increasing':
      node.win = env.window(rule.window, join(path, 'window'));
      break;
    case 'flag':
      node.win = env.window(rule.window ?? ANY_WINDOW, join(path, 'window'));
      break;
    case 'members':
      node.threshold = env.number(rule.value, join(path, 'value'));
      node.children = [compile(rule.condition, join(path, 'condition'), env)];
      break;
    case 'attest':
    case 'unknown':
      break;
  }
  return node;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function resolve(node: Node, year: number, runFrom: number, runTo: number): ResolvedWindow {
  const spec = node.win!;
  if (spec.resolved) return spec.resolved;
  if (spec.dynamic === 'THIS_YEAR') return node.env.yearWindow(year);
  if (spec.dynamic === 'RUN') return node.env.runWindow(runFrom, runTo);
  return node.env.beforeRunWindow(runFrom);
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

const AWARD_RANK: Record<string, number> = Object.fromEntries(AWARD_LEVELS.map((l, i) => [l, i]));
const RATING_RANK: Record<string, number> = Object.fromEntries(RATING_LEVELS.map((l, i) => [l, i]));
const DISCIPLINE_RANK: Record<string, number> = Object.fromEntries(DISCIPLINE_FORMS.map((l, i) => [l, i]));

/** 0: no, 1: yes, 2: maybe (a field the filter needs is missing). */
type Match = 0 | 1 | 2;

function run(node: Node, facts: SubjectFacts, year: number, runFrom: number, runTo: number): TraceNode {
  switch (node.op) {
    case 'all':
    case 'any': {
      const children = new Array<TraceNode>(node.children.length);
      let verdict: Verdict = node.op === 'all' ? 'PASS' : 'FAIL';
      for (let i = 0; i < node.children.length; i++) {
        const c = run(node.children[i], facts, year, runFrom, runTo);
        children[i] = c;
        if (node.op === 'all') {
          if (c.verdict === 'FAIL') verdict = 'FAIL';
          else if (c.verdict === 'UNKNOWN' && verdict === 'PASS') verdict = 'UNKNOWN';
        } else if (c.verdict === 'PASS') verdict = 'PASS';
        else if (c.verdict === 'UNKNOWN' && verdict === 'FAIL') verdict = 'UNKNOWN';
      }
      return { op: node.op, path: node.path, verdict, children };
    }
    case 'not': {
      const c = run(node.children[0], facts, year, runFrom, runTo);
      const verdict: Verdict = c.verdict === 'PASS' ? 'FAIL' : c.verdict === 'FAIL' ? 'PASS' : 'UNKNOWN';
      return { op: 'not', path: node.path, verdict, children: [c] };
    }
    case 'count':
      return runCount(node, facts, resolve(node, year, runFrom, runTo));
    case 'everyYear':
      return runEveryYear(node, facts, resolve(node, year, runFrom, runTo), runFrom, runTo);
    case 'consecutive':
      return runConsecutive(node, facts, resolve(node, year, runFrom, runTo), runFrom, runTo);
    case 'ratingAtLeast':
      return runRating(node, facts, resolve(node, year, runFrom, runTo));
    case 'noDiscipline':
      return runNoDiscipline(node, facts, resolve(node, year, runFrom, runTo));
    case 'members':
      return runMembers(node, facts, year, runFrom, runTo);
    case 'increasing':
      return runIncreasing(node, facts, resolve(node, year, runFrom, runTo));
    case 'flag':
      return runFlag(node, facts, resolve(node, year, runFrom, runTo));
    case 'attest':
      return runAttest(node, facts);
    case 'unknown':
      return { op: 'unknown', path: node.path, verdict: 'UNKNOWN', rule: node.rule as LeafRule, reason: 'NOT_ENCODED' };
  }
}

/** The verdict of `value cmp n` when the value is only known to lie in [lo, hi]. */
export function compareInterval(lo: number, hi: number, cmp: Comparator, n: number): Verdict {
  switch (cmp) {
    case '>=':
      return lo >= n ? 'PASS' : hi < n ? 'FAIL' : 'UNKNOWN';
    case '>':
      return lo > n ? 'PASS' : hi <= n ? 'FAIL' : 'UNKNOWN';
    case '<=':
      return hi <= n ? 'PASS' : lo > n ? 'FAIL' : 'UNKNOWN';
    case '<':
      return hi < n ? 'PASS' : lo >= n ? 'FAIL' : 'UNKNOWN';
    case '=':
      return lo === n && hi === n ? 'PASS' : n < lo || n > hi ? 'FAIL' : 'UNKNOWN';
  }
}

const inYears = (y: number, w: ResolvedWindow) => (w.fromYear === null || y >= w.fromYear) && y <= w.toYear;

/** A dated record: a missing date is surely inside an unbounded window, possibly inside a bounded one. */
function inDates(d: string | null, w: ResolvedWindow): Match {
  if (d === null) return w.fromDate === null ? 1 : 2;
  return (w.fromDate === null || d >= w.fromDate) && d <= w.toDate ? 1 : 0;
}

function levelAtLeast(level: string, min: string): boolean {
  return AWARD_RANK[level] <= AWARD_RANK[min];
}

function matchAward(a: AwardFact, f: AwardFilter | undefined, w: ResolvedWindow): Match {
  // The emulation year decides, not the decision date: a title for 2024 is often decided in January 2025.
  if (!inYears(a.year, w)) return 0;
  if (!f) return 1;
  if (f.awardTypes && !f.awardTypes.includes(a.awardType)) return 0;
  if (f.occasion !== undefined && a.occasion !== f.occasion) return 0;
  let m: Match = 1;
  if (f.issuerLevels) {
    if (a.issuerLevel === null) m = 2;
    else if (!f.issuerLevels.includes(a.issuerLevel)) return 0;
  }
  if (f.issuerRoles) {
    if (a.issuerRole === null) m = 2;
    else if (!f.issuerRoles.includes(a.issuerRole)) return 0;
  }
  return m;
}

function matchInitiative(r: InitiativeFact, f: InitiativeFilter | undefined, w: ResolvedWindow): Match {
  let m = inDates(r.recognizedOn, w);
  if (m === 0 || !f) return m;
  const level = r.recognitionLevel;
  if (f.recognized === false) {
    if (level !== null) return 0;
  } else if (f.recognized === true || f.minRecognitionLevel || f.recognitionLevels) {
    if (level === null) return 0;
  }
  if (f.recognitionLevels && !f.recognitionLevels.includes(level!)) return 0;
  if (f.minRecognitionLevel && !levelAtLeast(level!, f.minRecognitionLevel)) return 0;
  if (f.applied !== undefined) {
    if (r.applied === null || r.applied === undefined) m = 2;
    else if (r.applied !== f.applied) return 0;
  }
  return m;
}

function matchResearch(r: ResearchWorkFact, f: ResearchFilter | undefined, w: ResolvedWindow): Match {
  let m = inDates(r.acceptedOn, w);
  if (m === 0 || !f) return m;
  if (f.levels || f.minLevel) {
    if (r.level === null) m = 2;
    else if ((f.levels && !f.levels.includes(r.level)) || (f.minLevel && !levelAtLeast(r.level, f.minLevel))) return 0;
  }
  if (f.applied !== undefined) {
    if (r.applied === null || r.applied === undefined) m = 2;
    else if (r.applied !== f.applied) return 0;
  }
  return m;
}

function matchRating(r: RatingFact, f: RatingFilter | undefined, w: ResolvedWindow): Match {
  if (!inYears(r.year, w)) return 0;
  if (!f) return 1;
  if (f.levels && !f.levels.includes(r.level)) return 0;
  if (f.minLevel && RATING_RANK[r.level] > RATING_RANK[f.minLevel]) return 0;
  return 1;
}

/** In force during the window: decided on or before its end and (its end of force, else its decision) on or after its start. */
function disciplineInWindow(d: DisciplineFact, w: ResolvedWindow): boolean {
  if (d.decidedOn > w.toDate) return false;
  const end = d.effectiveTo ?? d.decidedOn;
  return w.fromDate === null || end >= w.fromDate;
}

function matchDiscipline(d: DisciplineFact, f: DisciplineFilter | undefined, w: ResolvedWindow): Match {
  if (!disciplineInWindow(d, w)) return 0;
  if (!f) return 1;
  if (f.forms && !f.forms.includes(d.form)) return 0;
  if (f.minForm && DISCIPLINE_RANK[d.form] < DISCIPLINE_RANK[f.minForm]) return 0;
  return 1;
}

function matchCultural(r: CulturalTitleFact, f: CulturalTitleFilter | undefined, w: ResolvedWindow): Match {
  if (!inYears(r.year, w)) return 0;
  return f?.codes && !f.codes.includes(r.code) ? 0 : 1;
}

function matchFlag(r: FlagFact, f: FlagFilter | undefined, w: ResolvedWindow): Match {
  if (r.year !== null && !inYears(r.year, w)) return 0;
  if (!f) return 1;
  if (f.codes && !f.codes.includes(r.code)) return 0;
  if (f.value !== undefined && r.value !== f.value) return 0;
  return 1;
}

function matchMetric(r: MetricFact, f: MetricFilter | undefined, w: ResolvedWindow): Match {
  if (!inYears(r.year, w)) return 0;
  if (!f) return 1;
  if (f.codes && !f.codes.includes(r.code)) return 0;
  if (f.min !== undefined && r.value < f.min) return 0;
  if (f.max !== undefined && r.value > f.max) return 0;
  return 1;
}

function matchAttestation(r: AttestationFact, f: AttestationFilter | undefined, w: ResolvedWindow): Match {
  if (inDates(r.attestedOn, w) !== 1) return 0;
  if (!f) return 1;
  if (f.keys && !f.keys.includes(r.criterionKey)) return 0;
  if (f.verdict && r.verdict !== f.verdict) return 0;
  return 1;
}

/** Records that surely count and those that might. (Module-level helpers, not closures: hot path.) */
interface Tally {
  records: string[] | undefined;
  uncertain: string[] | undefined;
}

/** Most counts match nothing: they share this list instead of allocating one each. */
const NONE: readonly string[] = Object.freeze([]);

function tally(t: Tally, m: Match, id: string): void {
  if (m === 1) (t.records ??= []).push(id);
  else if (m === 2) (t.uncertain ??= []).push(id);
}

function runCount(node: Node, facts: SubjectFacts, w: ResolvedWindow): TraceNode {
  const rule = node.rule as RuleOf<'count'>;
  const t: Tally = { records: undefined, uncertain: undefined };
  switch (rule.source) {
    case 'AWARD':
      for (const r of facts.awards) tally(t, matchAward(r, rule.where, w), r.id);
      break;
    case 'INITIATIVE':
      for (const r of facts.initiatives) tally(t, matchInitiative(r, rule.where, w), r.id);
      break;
    case 'RESEARCH':
      for (const r of facts.researchWorks) tally(t, matchResearch(r, rule.where, w), r.id);
      break;
    case 'RATING':
      for (const r of facts.ratings) tally(t, matchRating(r, rule.where, w), r.id);
      break;
    case 'DISCIPLINE':
      for (const r of facts.disciplines) tally(t, matchDiscipline(r, rule.where, w), r.id);
      break;
    case 'CULTURAL_TITLE':
      for (const r of facts.culturalTitles) tally(t, matchCultural(r, rule.where, w), r.id);
      break;
    case 'FLAG':
      for (const r of facts.flags) tally(t, matchFlag(r, rule.where, w), r.id);
      break;
    case 'METRIC':
      for (const r of facts.metrics) tally(t, matchMetric(r, rule.where, w), r.id);
      break;
    case 'ATTESTATION':
      for (const r of facts.attestations) tally(t, matchAttestation(r, rule.where, w), r.id);
      break;
  }
  const lo = t.records?.length ?? 0;
  const hi = lo + (t.uncertain?.length ?? 0);
  const verdict = compareInterval(lo, hi, rule.cmp, node.threshold);
  const trace: TraceNode = { op: 'count', path: node.path, verdict, rule, window: w, records: t.records ?? NONE, observed: lo, threshold: node.threshold, cmp: rule.cmp };
  if (t.uncertain) trace.uncertain = t.uncertain;
  return trace;
}

function runEveryYear(node: Node, facts: SubjectFacts, w: ResolvedWindow, runFrom: number, runTo: number): TraceNode {
  const from = w.fromYear!;
  const children: TraceNode[] = [];
  let verdict: Verdict = 'PASS';
  for (let y = from; y <= w.toYear; y++) {
    const c = run(node.children[0], facts, y, runFrom, runTo);
    c.year = y;
    children.push(c);
    if (c.verdict === 'FAIL') verdict = 'FAIL';
    else if (c.verdict === 'UNKNOWN' && verdict === 'PASS') verdict = 'UNKNOWN';
  }
  const t: TraceNode = { op: 'everyYear', path: node.path, verdict, window: w, total: children.length, children };
  if (children.length === 0) {
    t.verdict = 'UNKNOWN';
    t.reason = 'EMPTY_WINDOW';
  }
  return t;
}

function runConsecutive(node: Node, facts: SubjectFacts, w: ResolvedWindow, outerFrom: number, outerTo: number): TraceNode {
  const n = node.threshold;
  const from = w.fromYear!;
  const children: TraceNode[] = [];
  let streak = 0;
  let longest = 0;
  for (let y = from; y <= w.toYear; y++) {
    const c = run(node.children[0], facts, y, outerFrom, outerTo);
    c.year = y;
    children.push(c);
    streak = c.verdict === 'PASS' ? streak + 1 : 0;
    if (streak > longest) longest = streak;
  }
  const t: TraceNode = { op: 'consecutive', path: node.path, verdict: 'FAIL', window: w, threshold: n, observed: longest, children };
  if (children.length < n) {
    t.reason = children.length === 0 ? 'EMPTY_WINDOW' : 'TOO_FEW_YEARS';
    return t;
  }
  // Latest runs first: the most recent qualifying run is the one to report.
  let unknownRun: { from: number; to: number; inRun?: TraceNode } | undefined;
  let failedRun: { from: number; to: number; inRun?: TraceNode } | undefined;
  for (let start = w.toYear - n + 1; start >= from; start--) {
    let years: Verdict = 'PASS';
    for (let i = start - from; i < start - from + n; i++) {
      const v = children[i].verdict;
      if (v === 'FAIL') {
        years = 'FAIL';
        break;
      }
      if (v === 'UNKNOWN') years = 'UNKNOWN';
    }
    if (years === 'FAIL') continue;
    const end = start + n - 1;
    const inRun = node.inRun ? run(node.inRun, facts, end, start, end) : undefined;
    const runVerdict: Verdict = !inRun ? years : inRun.verdict === 'FAIL' ? 'FAIL' : inRun.verdict === 'UNKNOWN' || years === 'UNKNOWN' ? 'UNKNOWN' : 'PASS';
    if (runVerdict === 'PASS') {
      t.verdict = 'PASS';
      t.run = { from: start, to: end };
      if (inRun) t.inRun = inRun;
      return t;
    }
    if (runVerdict === 'UNKNOWN') unknownRun ??= { from: start, to: end, inRun };
    else failedRun ??= { from: start, to: end, inRun };
  }
  const shown = unknownRun ?? failedRun;
  if (unknownRun) t.verdict = 'UNKNOWN';
  if (shown) {
    t.run = { from: shown.from, to: shown.to };
    if (shown.inRun) t.inRun = shown.inRun;
  }
  return t;
}

function runRating(node: Node, facts: SubjectFacts, w: ResolvedWindow): TraceNode {
  const rule = node.rule as RuleOf<'ratingAtLeast'>;
  let best: RatingFact | undefined;
  for (const r of facts.ratings) {
    if (!inYears(r.year, w)) continue;
    // The latest year counts; two ratings for one year: the worse one (the database forbids it, but be safe).
    if (!best || r.year > best.year || (r.year === best.year && RATING_RANK[r.level] > RATING_RANK[best.level])) best = r;
  }
  const t: TraceNode = { op: 'ratingAtLeast', path: node.path, verdict: 'UNKNOWN', rule, window: w, threshold: rule.level, observed: null };
  if (!best) {
    t.reason = 'NO_DATA';
    t.records = NONE;
    return t;
  }
  t.verdict = RATING_RANK[best.level] <= RATING_RANK[rule.level] ? 'PASS' : 'FAIL';
  t.observed = best.level;
  t.observedYear = best.year;
  t.records = [best.id];
  return t;
}

function scanDisciplines(s: SubjectFacts, min: number, w: ResolvedWindow, into: string[]): void {
  for (const d of s.disciplines) if (DISCIPLINE_RANK[d.form] >= min && disciplineInWindow(d, w)) into.push(d.id);
}

function runNoDiscipline(node: Node, facts: SubjectFacts, w: ResolvedWindow): TraceNode {
  const rule = node.rule as RuleOf<'noDiscipline'>;
  const min = DISCIPLINE_RANK[rule.minForm];
  const records: string[] = [];
  if (rule.scope !== 'MEMBERS') scanDisciplines(facts, min, w, records);
  let membersKnown = true;
  if (rule.scope !== 'SELF') {
    if (facts.members) for (const m of facts.members) scanDisciplines(m, min, w, records);
    else membersKnown = false;
  }
  const verdict: Verdict = records.length > 0 ? 'FAIL' : membersKnown ? 'PASS' : 'UNKNOWN';
  const t: TraceNode = { op: 'noDiscipline', path: node.path, verdict, rule, window: w, records, observed: records.length };
  if (!membersKnown) t.reason = 'NO_MEMBERS';
  if (rule.scope !== 'SELF' && facts.members) t.total = facts.members.length;
  return t;
}

function runMembers(node: Node, facts: SubjectFacts, year: number, runFrom: number, runTo: number): TraceNode {
  const rule = node.rule as RuleOf<'members'>;
  const members = facts.members;
  const t: TraceNode = { op: 'members', path: node.path, verdict: 'UNKNOWN', threshold: node.threshold, cmp: rule.cmp, measure: rule.measure, observed: 0, total: 0 };
  if (!members || members.length === 0) {
    t.reason = 'NO_MEMBERS';
    return t;
  }
  const children = new Array<TraceNode>(members.length);
  const records: string[] = [];
  let uncertain: string[] | undefined;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    const c = run(node.children[0], m, year, runFrom, runTo);
    c.subjectId = m.subject.id;
    children[i] = c;
    if (c.verdict === 'PASS') records.push(m.subject.id);
    else if (c.verdict === 'UNKNOWN') (uncertain ??= []).push(m.subject.id);
  }
  const lo = records.length;
  const hi = lo + (uncertain?.length ?? 0);
  const total = members.length;
  // Shares compare in whole numbers: lo/total ≥ v% ⇔ 100·lo ≥ v·total (no rounding at 70 %).
  t.verdict = rule.measure === 'SHARE' ? compareInterval(100 * lo, 100 * hi, rule.cmp, node.threshold * total) : compareInterval(lo, hi, rule.cmp, node.threshold);
  t.observed = lo;
  t.total = total;
  t.records = records;
  if (uncertain) t.uncertain = uncertain;
  t.children = children;
  return t;
}

function runIncreasing(node: Node, facts: SubjectFacts, w: ResolvedWindow): TraceNode {
  const rule = node.rule as RuleOf<'increasing'>;
  const from = w.fromYear!;
  const values: { year: number; value: number | null; id: string | null }[] = [];
  for (let y = from; y <= w.toYear; y++) values.push({ year: y, value: null, id: null });
  for (const m of facts.metrics) {
    if (m.code !== rule.metric || m.year < from || m.year > w.toYear) continue;
    const slot = values[m.year - from];
    slot.value = m.value;
    slot.id = m.id;
  }
  const records: string[] = [];
  for (const v of values) if (v.id !== null) records.push(v.id);
  const t: TraceNode = { op: 'increasing', path: node.path, verdict: 'UNKNOWN', rule, window: w, values, records };
  if (values.length < 2) {
    t.reason = values.length === 0 ? 'EMPTY_WINDOW' : 'TOO_FEW_YEARS';
    return t;
  }
  // A strict rise over every year implies a strict rise between any two known years: a tie or a drop fails.
  let prev: { year: number; value: number | null } | undefined;
  let missing = false;
  for (const v of values) {
    if (v.value === null) {
      missing = true;
      continue;
    }
    if (prev && !(v.value > prev.value!)) {
      t.verdict = 'FAIL';
      t.observed = prev.year;
      t.observedYear = v.year;
      return t;
    }
    prev = v;
  }
  if (missing) t.reason = 'NO_DATA';
  else t.verdict = 'PASS';
  return t;
}

function runFlag(node: Node, facts: SubjectFacts, w: ResolvedWindow): TraceNode {
  const rule = node.rule as RuleOf<'flag'>;
  let best: FlagFact | undefined;
  for (const f of facts.flags) {
    if (f.code !== rule.code || (f.year !== null && !inYears(f.year, w))) continue;
    const y = f.year ?? -Infinity;
    const by = best ? (best.year ?? -Infinity) : -Infinity;
    // The latest year wins; a timeless record ranks below any dated one; on a tie, false wins.
    if (!best || y > by || (y === by && !f.value)) best = f;
  }
  const t: TraceNode = { op: 'flag', path: node.path, verdict: 'UNKNOWN', rule, window: w, observed: null };
  if (!best) {
    t.reason = 'NO_DATA';
    t.records = NONE;
    return t;
  }
  t.verdict = best.value ? 'PASS' : 'FAIL';
  t.observed = best.value;
  t.observedYear = best.year;
  t.records = [best.id];
  return t;
}

function runAttest(node: Node, facts: SubjectFacts): TraceNode {
  const rule = node.rule as RuleOf<'attest'>;
  const asOf = node.env.asOf;
  let best: AttestationFact | undefined;
  for (const a of facts.attestations) {
    if (a.criterionKey !== rule.key || a.attestedOn > asOf) continue;
    // The latest attestation stands; on the same day a FAIL wins.
    if (!best || a.attestedOn > best.attestedOn || (a.attestedOn === best.attestedOn && a.verdict === 'FAIL')) best = a;
  }
  if (!best) return { op: 'attest', path: node.path, verdict: 'UNKNOWN', rule, reason: 'NOT_ATTESTED', records: NONE };
  return { op: 'attest', path: node.path, verdict: best.verdict, rule, records: [best.id], observed: best.attestedBy, observedYear: null };
}

// ---------------------------------------------------------------------------------------------
// Sets: applicability and role-exclusive selection
// ---------------------------------------------------------------------------------------------

interface CompiledCriterion {
  criterion: Criterion;
  node: Node;
}

function heldOn(p: PositionFact, date: string): boolean {
  return (p.from === null || p.from <= date) && (p.to === null || p.to >= date);
}

class PreparedSet implements PreparedCriteriaSet {
  readonly asOf: string;
  private readonly env: Env;
  private readonly byKindAndGroup = new Map<string, CompiledCriterion[]>();
  private readonly hasRoleCriteria: boolean;
  private readonly leadershipRoles: Set<string>;
  private readonly fallback: RoleGroup | undefined;

  constructor(
    readonly set: CriteriaSet,
    options: EvaluationOptions,
  ) {
    this.env = new Env(options, set.parameters, set.period);
    this.asOf = options.asOf;
    const compiled = set.criteria.map((c, i) => ({ criterion: c, node: compile(c.rule, `criteria[${i}].rule`, this.env) }));
    const groups: (string | null)[] = [null, ...set.roleGroups.map((g) => g.code)];
    for (const kind of ['CA_NHAN', 'TAP_THE', 'HO_GIA_DINH'] as const) {
      for (const g of groups) {
        const list = compiled.filter((c) => c.criterion.appliesTo.includes(kind) && (c.criterion.roleGroup === undefined || c.criterion.roleGroup === g));
        this.byKindAndGroup.set(`${kind}|${g ?? ''}`, list);
      }
    }
    this.hasRoleCriteria = set.criteria.some((c) => c.roleGroup !== undefined);
    this.leadershipRoles = new Set(LEADERSHIP_ROLE_CODES);
    for (const g of set.roleGroups) if (g.leadership) for (const m of g.match) for (const r of m.roles) this.leadershipRoles.add(r);
    this.fallback = set.roleGroups.find((g) => g.fallback);
  }

  evaluate(facts: SubjectFacts): CriteriaSetResult {
    const kind = facts.subject.kind;
    let role: RoleSelection | undefined;
    if (kind === 'CA_NHAN' && this.hasRoleCriteria) role = this.selectRole(facts.positions);
    const list = this.byKindAndGroup.get(`${kind}|${role?.group ?? ''}`) ?? [];
    const criteria = new Array<CriterionResult>(list.length);
    const combineAll = this.set.combine !== 'ANY';
    let verdict: Verdict = combineAll ? 'PASS' : 'FAIL';
    for (let i = 0; i < list.length; i++) {
      const { criterion, node } = list[i];
      const trace = run(node, facts, this.env.asOfYear, 0, 0);
      criteria[i] = { key: criterion.key, title: criterion.title, roleGroup: criterion.roleGroup ?? null, verdict: trace.verdict, trace };
      const v = trace.verdict;
      if (combineAll) {
        if (v === 'FAIL') verdict = 'FAIL';
        else if (v === 'UNKNOWN' && verdict === 'PASS') verdict = 'UNKNOWN';
      } else if (v === 'PASS') verdict = 'PASS';
      else if (v === 'UNKNOWN' && verdict === 'FAIL') verdict = 'UNKNOWN';
    }
    // Not knowing (or not having) the role group is itself a condition: all-of, whatever `combine` says.
    if (role && role.verdict !== 'PASS') verdict = role.verdict === 'FAIL' || verdict === 'FAIL' ? 'FAIL' : 'UNKNOWN';
    const applicable = list.length > 0 || role !== undefined;
    if (!applicable) verdict = 'FAIL';
    const result: CriteriaSetResult = { setCode: this.set.code, subjectId: facts.subject.id, subjectKind: kind, asOf: this.asOf, verdict, applicable, criteria };
    if (role) result.role = role;
    return result;
  }

  /**
   * Exactly one group: the first in the set's order that a role held on the evaluation date matches.
   * A position without its organization kind only *might* match a group that requires one; if such a
   * group ranks above the matched one the choice is AMBIGUOUS. No group: the fallback (staff) group,
   * except for leaders, who are never judged by a non-leadership group.
   */
  selectRole(positions: readonly PositionFact[]): RoleSelection {
    const asOf = this.asOf;
    const held = positions.filter((p) => heldOn(p, asOf));
    const selection: RoleSelection = {
      status: 'NO_POSITION',
      verdict: 'UNKNOWN',
      group: null,
      groupTitle: null,
      positionIds: held.map((p) => p.id),
      roles: [...new Set(held.map((p) => p.roleCode))],
      decidedBy: null,
      setAside: [],
    };
    if (held.length === 0) return selection;

    let chosen: RoleGroup | undefined;
    let ambiguous = false;
    for (const g of this.set.roleGroups) {
      let definite: PositionFact | undefined;
      let possible = false;
      for (const p of held) {
        for (const m of g.match) {
          if (!m.roles.includes(p.roleCode)) continue;
          if (!m.organizationKinds) definite ??= p;
          else if (p.organizationKind === undefined || p.organizationKind === null) possible = true;
          else if (m.organizationKinds.includes(p.organizationKind)) definite ??= p;
        }
      }
      if (chosen) {
        if (definite) selection.setAside.push(g.code);
        continue;
      }
      if (definite) {
        chosen = g;
        selection.decidedBy = { positionId: definite.id, roleCode: definite.roleCode, organizationKind: definite.organizationKind ?? null };
      } else if (possible) ambiguous = true;
    }

    const leaderRole = held.find((p) => this.leadershipRoles.has(p.roleCode));
    if (ambiguous) {
      selection.status = 'AMBIGUOUS';
      return selection;
    }
    if (!chosen) {
      if (leaderRole) {
        selection.status = 'LEADER_NOT_COVERED';
        selection.decidedBy = { positionId: leaderRole.id, roleCode: leaderRole.roleCode, organizationKind: leaderRole.organizationKind ?? null };
        return selection;
      }
      if (!this.fallback) {
        selection.status = 'NO_MATCH';
        selection.verdict = 'FAIL';
        return selection;
      }
      chosen = this.fallback;
      selection.status = 'FALLBACK';
    } else {
      selection.status = 'MATCHED';
      if (!chosen.leadership && leaderRole) {
        // Matched only a non-leadership group while holding a leadership role: the staff rule must not judge a leader.
        selection.status = 'LEADER_NOT_COVERED';
        selection.decidedBy = { positionId: leaderRole.id, roleCode: leaderRole.roleCode, organizationKind: leaderRole.organizationKind ?? null };
        return selection;
      }
    }
    selection.verdict = 'PASS';
    selection.group = chosen.code;
    selection.groupTitle = chosen.title;
    return selection;
  }
}
