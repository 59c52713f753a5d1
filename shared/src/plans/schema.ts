import { CRITERIA_ISSUE_MESSAGES } from '../criteria/schema';
import { SUBJECT_KINDS, type SubjectKind } from '../criteria/vocabulary';
import { ORGANIZATION_CODE_PATTERN } from '../organizations';
import { textProblem } from '../text';
import {
  CRITERIA_SCOPES,
  DELIVERIES,
  DOCUMENT_TYPES,
  FREQUENCIES,
  KPI_UNITS,
  LINK_RELATIONS,
  MILESTONE_KINDS,
  PLAN_FORMAT_VERSION,
  PLAN_STAGES,
  PLAN_STATUSES,
  QUOTA_BOUNDS,
  QUOTA_PER,
  QUOTA_PERIODS,
  RECIPIENT_PURPOSES,
  UNKNOWN_REASONS,
  type ActorRef,
  type ContentItem,
  type Council,
  type CriteriaSetRef,
  type DayRange,
  type DueExpression,
  type ExternalDocument,
  type Kpi,
  type Milestone,
  type OrganizationSelector,
  type OriginalText,
  type PartialDate,
  type PlanDocument,
  type PlanLink,
  type Provenance,
  type QuotaRule,
  type Recipient,
  type Responsibility,
  type Subject,
  type SubmissionWindow,
  type TextItem,
  type UnitRef,
  type UnknownPart,
  type WindowRule,
} from './plan';
import { sha256Hex } from './sha256';
import { daysInMonth, isValidIsoDate } from './windows';

/**
 * Runtime validation of the plan exchange format (plan.ts), in the style of the criteria validator
 * (criteria/schema.ts): one hand-written walk, unknown fields refused, every issue at its JSON path
 * (`quotaRules[1].count.value`, `submissionWindows[0].rule.days.from`) with a sentence in Vietnamese
 * and English. The criteria messages are reused; plan-specific codes are added below.
 *
 * The walk rebuilds the document with a fixed key order and without absent optional fields, so that
 * `canonicalPlanJson(parsePlanDocument(x))` is a pure function of the content.
 */

export const PLAN_ISSUE_MESSAGES = {
  ...CRITERIA_ISSUE_MESSAGES,
  UNKNOWN_KEY_REFERENCE: { vi: '{what} "{value}" không tồn tại trong kế hoạch', en: 'no {what} "{value}" in the plan' },
  DAYS_REVERSED: { vi: 'ngày bắt đầu ({from}) sau ngày kết thúc ({to})', en: 'day "from" ({from}) is after day "to" ({to})' },
  DATES_REVERSED: { vi: 'ngày bắt đầu ({from}) sau ngày kết thúc ({to})', en: '"from" ({from}) is after "to" ({to})' },
  DAY_WITHOUT_MONTH: { vi: 'có ngày nhưng không có tháng', en: 'a day is given without a month' },
  INVALID_DAY: { vi: 'ngày {day} không có trong tháng {month}/{year}', en: 'there is no day {day} in {month}/{year}' },
  EMPTY_SELECTOR: { vi: 'bộ chọn đơn vị cần ít nhất một điều kiện hoặc một mô tả', en: 'a selector needs at least one criterion or a description' },
  WINDOW_COARSER_THAN_QUOTA: { vi: 'chỉ tiêu theo {every} không thể dùng cửa sổ nộp lặp lại theo {window}', en: 'a quota counted every {every} cannot use a window that recurs every {window}' },
  HASH_MISMATCH: { vi: 'mã băm SHA-256 không khớp với văn bản (tính được {actual})', en: 'the SHA-256 does not match the text (computed {actual})' },
  TRUNCATED_UNKNOWN_MISSING: {
    vi: 'văn bản bị cắt cụt: cần liệt kê các phần bị mất trong unknownParts',
    en: 'the text is truncated: list the lost parts in unknownParts',
  },
  LIST_NOT_EMPTY: { vi: 'phần này được khai báo là không rõ (unknownParts) nên phải để trống', en: 'this part is declared unknown (unknownParts) and must be empty' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type PlanIssueCode = keyof typeof PLAN_ISSUE_MESSAGES;

export interface PlanIssue {
  path: string;
  code: PlanIssueCode;
  vi: string;
  en: string;
}

export type PlanParseResult = { ok: true; value: PlanDocument } | { ok: false; issues: PlanIssue[] };

export class PlanValidationError extends Error {
  readonly issues: PlanIssue[];
  constructor(issues: PlanIssue[]) {
    super(formatPlanIssues(issues, 'en'));
    this.name = 'PlanValidationError';
    this.issues = issues;
  }

  get messageVi(): string {
    return formatPlanIssues(this.issues, 'vi');
  }
}

export function formatPlanIssues(issues: readonly PlanIssue[], lang: 'vi' | 'en' = 'en'): string {
  return issues.map((i) => `${i.path || '(root)'}: ${i[lang]}`).join('\n');
}

export function planIssue(path: string, code: PlanIssueCode, params: Record<string, string | number> = {}): PlanIssue {
  const m = PLAN_ISSUE_MESSAGES[code];
  const fill = (t: string) => t.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  return { path, code, vi: fill(m.vi), en: fill(m.en) };
}

const MIN_YEAR = 1945;
const MAX_YEAR = 2100;
const MAX_TEXT = 20_000;
const MAX_ORIGINAL = 500_000;
const PLAN_CODE = /^[A-Z0-9_.-]{1,80}$/;
const KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,119}$/;
const CATALOGUE_CODE = /^[A-Z0-9_]{1,64}$/;
const SET_CODE = /^[A-Z0-9_.-]{1,80}$/;
const GSO_CODE = /^(\d{2}|\d{3}|\d{5})$/;
const SHA256 = /^[0-9a-f]{64}$/;

export function safeParsePlanDocument(json: unknown): PlanParseResult {
  const v = new PlanValidator();
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (e) {
      return { ok: false, issues: [planIssue('', 'INVALID_JSON', { detail: e instanceof Error ? e.message : String(e) })] };
    }
  }
  const value = v.plan(input);
  return v.issues.length || !value ? { ok: false, issues: v.issues } : { ok: true, value };
}

/** Validates a plan document and returns it normalised (fixed key order, NFC texts), or throws PlanValidationError. */
export function parsePlanDocument(json: unknown): PlanDocument {
  const r = safeParsePlanDocument(json);
  if (!r.ok) throw new PlanValidationError(r.issues);
  return r.value;
}

// ---------------------------------------------------------------------------------------------
// Canonical JSON
// ---------------------------------------------------------------------------------------------

/**
 * The order of keys in exported JSON: every field name of the format, in the order a reader expects
 * (identity first, the original text last). A key not listed (none in a valid document) sorts after
 * these, alphabetically.
 */
export const PLAN_KEY_ORDER: readonly string[] = [
  'version', 'code', 'key', 'kind', 'relation', 'scope', 'number', 'value', 'pattern', 'title', 'titleEn', 'documentType', 'field', 'issuer', 'signer', 'name',
  'place', 'issueDate', 'year', 'month', 'half', 'quarter', 'part', 'day', 'date', 'effectiveDate', 'period', 'every', 'from', 'to', 'status', 'planCode', 'document',
  'parentPlans', 'legalBases', 'objectives', 'requirements', 'contentItems', 'subjects', 'criteriaSets', 'quotaRules', 'submissionWindows', 'milestones',
  'responsibilities', 'kpis', 'recipients', 'council', 'unknownParts', 'label', 'section', 'line', 'text', 'description', 'kinds', 'stages', 'responsibleText',
  'timingText', 'selector', 'organizations', 'within', 'sectors', 'excludeSectors', 'units', 'gsoCode', 'validOn', 'unitLevel', 'subjectKinds', 'roleGroups',
  'nominators', 'per', 'count', 'bound', 'item', 'receiver', 'windowKeys', 'purpose', 'attachments', 'rule', 'days', 'actor', 'due', 'dueText', 'lead', 'with',
  'duties', 'frequency', 'frequencyText', 'standing', 'indicator', 'population', 'target', 'unit', 'organization', 'delivery', 'path', 'reason', 'note', 'notes',
  'original', 'sourceFile', 'sha256', 'truncated', 'derivedFrom',
];
const RANK = new Map(PLAN_KEY_ORDER.map((k, i) => [k, i]));

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
  keys.sort((a, b) => (RANK.get(a) ?? 1e6) - (RANK.get(b) ?? 1e6) || (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = ordered((value as Record<string, unknown>)[k]);
  return out;
}

/** The export form: keys in PLAN_KEY_ORDER, undefined fields dropped, 2-space indent, trailing newline. */
export function canonicalPlanJson(plan: PlanDocument): string {
  return `${JSON.stringify(ordered(plan), null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

type Obj = Record<string, unknown>;
const at = (path: string, key: string) => (path ? `${path}.${key}` : key);
const idx = (path: string, i: number) => `${path}[${i}]`;

class PlanValidator {
  readonly issues: PlanIssue[] = [];

  add(path: string, code: PlanIssueCode, params?: Record<string, string | number>): undefined {
    this.issues.push(planIssue(path, code, params));
    return undefined;
  }

  object(value: unknown, path: string, allowed: readonly string[], required: readonly string[] = []): Obj | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.add(path, 'EXPECTED_OBJECT');
    for (const key of Object.keys(value)) if (!allowed.includes(key)) this.add(at(path, key), 'UNKNOWN_FIELD');
    let ok = true;
    for (const key of required) {
      if ((value as Obj)[key] === undefined) {
        this.add(at(path, key), 'REQUIRED');
        ok = false;
      }
    }
    return ok ? (value as Obj) : undefined;
  }

  text(value: unknown, path: string, max = MAX_TEXT): string | undefined {
    if (typeof value !== 'string') return this.add(path, 'EXPECTED_STRING');
    if (value.trim() === '') return this.add(path, 'EMPTY');
    const problem = textProblem(value, max);
    if (problem === 'TOO_LONG') return this.add(path, 'TEXT_TOO_LONG', { max });
    if (problem) return this.add(path, 'INVALID_TEXT');
    return value.normalize('NFC');
  }

  /** An optional text: absent → undefined (ok), present → validated (null on failure). */
  optText(o: Obj, key: string, path: string, max = MAX_TEXT): string | undefined | null {
    if (o[key] === undefined) return undefined;
    return this.text(o[key], at(path, key), max) ?? null;
  }

  /** A required field whose value may be null. */
  nullable<T>(o: Obj, key: string, path: string, parse: (v: unknown, p: string) => T | undefined): T | null | undefined {
    if (o[key] === null) return null;
    return parse(o[key], at(path, key));
  }

  code(value: unknown, path: string, pattern: RegExp, expected: string): string | undefined {
    if (typeof value !== 'string') return this.add(path, 'EXPECTED_STRING');
    if (!pattern.test(value)) return this.add(path, 'INVALID_CODE', { value: value.slice(0, 80), expected });
    return value;
  }

  org(value: unknown, path: string): string | undefined {
    return this.code(value, path, ORGANIZATION_CODE_PATTERN, 'A-Z, 0-9, _ . -, at most 64');
  }

  key(value: unknown, path: string): string | undefined {
    return this.code(value, path, KEY, 'letters, digits, _ . -, at most 120');
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (typeof value !== 'string') return this.add(path, 'EXPECTED_STRING');
    if (!allowed.includes(value as T)) return this.add(path, 'NOT_ONE_OF', { value: value.slice(0, 80), allowed: allowed.join(', ') });
    return value as T;
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (typeof value !== 'boolean') return this.add(path, 'EXPECTED_BOOLEAN');
    return value;
  }

  int(value: unknown, path: string, min: number, max: number): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value)) return this.add(path, 'EXPECTED_COUNT');
    if (value < min || value > max) return this.add(path, 'OUT_OF_RANGE', { min, max, value });
    return value;
  }

  year(value: unknown, path: string): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) return this.add(path, 'EXPECTED_YEAR');
    return value;
  }

  date(value: unknown, path: string): string | undefined {
    if (typeof value !== 'string' || !isValidIsoDate(value)) return this.add(path, 'EXPECTED_DATE');
    return value;
  }

  /** A list (possibly empty unless nonEmpty); undefined when the value is not a list or any item failed. */
  list<T>(value: unknown, path: string, item: (v: unknown, p: string) => T | undefined, nonEmpty = false): T[] | undefined {
    if (!Array.isArray(value)) return this.add(path, 'EXPECTED_ARRAY');
    if (nonEmpty && value.length === 0) return this.add(path, 'EMPTY');
    const out: T[] = [];
    let ok = true;
    value.forEach((v, i) => {
      const parsed = item(v, idx(path, i));
      if (parsed === undefined) ok = false;
      else out.push(parsed);
    });
    return ok ? out : undefined;
  }

  /** A list of keyed items: keys unique in the list. */
  items<T extends { key: string }>(o: Obj, name: string, item: (v: unknown, p: string) => T | undefined): T[] | undefined {
    if (o[name] === undefined) return this.add(name, 'REQUIRED');
    const list = this.list(o[name], name, item);
    if (!list) return undefined;
    const seen = new Map<string, string>();
    let ok = true;
    list.forEach((it, i) => {
      const first = seen.get(it.key);
      if (first) {
        this.add(at(idx(name, i), 'key'), 'DUPLICATE', { what: 'key', value: it.key, first });
        ok = false;
      } else seen.set(it.key, idx(name, i));
    });
    return ok ? list : undefined;
  }

  codes(value: unknown, path: string): string[] | undefined {
    return this.list(value, path, (x, p) => this.code(x, p, CATALOGUE_CODE, 'A-Z, 0-9, _'), true);
  }

  subjectKinds(value: unknown, path: string, nonEmpty: boolean): SubjectKind[] | undefined {
    return this.list(value, path, (x, p) => this.oneOf(x, p, SUBJECT_KINDS), nonEmpty);
  }

  // -- small shapes ----------------------------------------------------------------------------

  partialDate(value: unknown, path: string): PartialDate | undefined {
    const o = this.object(value, path, ['year', 'month', 'day'], ['year']);
    if (!o) return undefined;
    const year = this.year(o.year, at(path, 'year'));
    const month = o.month === null || o.month === undefined ? null : this.int(o.month, at(path, 'month'), 1, 12);
    const day = o.day === null || o.day === undefined ? null : this.int(o.day, at(path, 'day'), 1, 31);
    if (year === undefined || month === undefined || day === undefined) return undefined;
    if (day !== null && month === null) return this.add(at(path, 'day'), 'DAY_WITHOUT_MONTH');
    if (day !== null && month !== null && day > daysInMonth(year, month)) return this.add(at(path, 'day'), 'INVALID_DAY', { day, month, year });
    return { year, month, day };
  }

  actor(value: unknown, path: string): ActorRef | undefined {
    const o = this.object(value, path, ['text', 'organization'], ['text']);
    if (!o) return undefined;
    const text = this.text(o.text, at(path, 'text'));
    const organization = o.organization === undefined || o.organization === null ? null : this.org(o.organization, at(path, 'organization'));
    if (text === undefined || organization === undefined) return undefined;
    return { text, organization };
  }

  unit(value: unknown, path: string): UnitRef | undefined {
    const o = this.object(value, path, ['gsoCode', 'validOn'], ['gsoCode', 'validOn']);
    if (!o) return undefined;
    const gsoCode = this.code(o.gsoCode, at(path, 'gsoCode'), GSO_CODE, '2, 3 or 5 digits');
    const validOn = this.date(o.validOn, at(path, 'validOn'));
    return gsoCode && validOn ? { gsoCode, validOn } : undefined;
  }

  selector(value: unknown, path: string): OrganizationSelector | undefined {
    const fields = ['organizations', 'within', 'kinds', 'sectors', 'excludeSectors', 'units', 'unitLevel', 'description'];
    const o = this.object(value, path, fields);
    if (!o) return undefined;
    const s: OrganizationSelector = {};
    let ok = true;
    const put = <K extends keyof OrganizationSelector>(k: K, v: OrganizationSelector[K] | undefined) => {
      if (o[k] === undefined) return;
      if (v === undefined) ok = false;
      else s[k] = v;
    };
    put('organizations', o.organizations === undefined ? undefined : this.list(o.organizations, at(path, 'organizations'), (x, p) => this.org(x, p), true));
    put('within', o.within === undefined ? undefined : this.org(o.within, at(path, 'within')));
    put('kinds', o.kinds === undefined ? undefined : this.codes(o.kinds, at(path, 'kinds')));
    put('sectors', o.sectors === undefined ? undefined : this.codes(o.sectors, at(path, 'sectors')));
    put('excludeSectors', o.excludeSectors === undefined ? undefined : this.codes(o.excludeSectors, at(path, 'excludeSectors')));
    put('units', o.units === undefined ? undefined : this.list(o.units, at(path, 'units'), (x, p) => this.unit(x, p), true));
    put('unitLevel', o.unitLevel === undefined ? undefined : this.oneOf(o.unitLevel, at(path, 'unitLevel'), ['province', 'district', 'commune'] as const));
    put('description', o.description === undefined ? undefined : this.text(o.description, at(path, 'description')));
    if (!ok) return undefined;
    if (Object.keys(s).length === 0) return this.add(path, 'EMPTY_SELECTOR');
    return s;
  }

  // -- items -----------------------------------------------------------------------------------

  link(value: unknown, path: string): PlanLink | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.add(path, 'EXPECTED_OBJECT');
    const kind = this.oneOf((value as Obj).kind, at(path, 'kind'), ['INTERNAL', 'EXTERNAL'] as const);
    if (!kind) return undefined;
    const o = this.object(value, path, ['key', 'relation', 'kind', kind === 'INTERNAL' ? 'planCode' : 'document', 'text'], ['key', 'relation', kind === 'INTERNAL' ? 'planCode' : 'document']);
    if (!o) return undefined;
    const key = this.key(o.key, at(path, 'key'));
    const relation = this.oneOf(o.relation, at(path, 'relation'), LINK_RELATIONS);
    const text = this.optText(o, 'text', path);
    if (kind === 'INTERNAL') {
      const planCode = this.code(o.planCode, at(path, 'planCode'), PLAN_CODE, 'A-Z, 0-9, _ . -, at most 80');
      if (!key || !relation || !planCode || text === null) return undefined;
      return { key, relation, kind, planCode, ...(text ? { text } : {}) };
    }
    const document = this.external(o.document, at(path, 'document'));
    if (!key || !relation || !document || text === null) return undefined;
    return { key, relation, kind, document, ...(text ? { text } : {}) };
  }

  external(value: unknown, path: string): ExternalDocument | undefined {
    const o = this.object(value, path, ['documentType', 'number', 'date', 'issuer', 'title'], ['documentType', 'number', 'date', 'issuer', 'title']);
    if (!o) return undefined;
    const documentType = this.oneOf(o.documentType, at(path, 'documentType'), DOCUMENT_TYPES);
    const number = this.nullable(o, 'number', path, (v, p) => this.text(v, p, 100));
    const date = this.nullable(o, 'date', path, (v, p) => this.partialDate(v, p));
    const issuer = this.actor(o.issuer, at(path, 'issuer'));
    const title = this.nullable(o, 'title', path, (v, p) => this.text(v, p, 2000));
    if (!documentType || number === undefined || date === undefined || !issuer || title === undefined) return undefined;
    return { documentType, number, date, issuer, title };
  }

  textItem(value: unknown, path: string): TextItem | undefined {
    const o = this.object(value, path, ['key', 'label', 'text'], ['key', 'text']);
    if (!o) return undefined;
    const key = this.key(o.key, at(path, 'key'));
    const label = this.optText(o, 'label', path, 20);
    const text = this.text(o.text, at(path, 'text'));
    if (!key || label === null || !text) return undefined;
    return { key, ...(label ? { label } : {}), text };
  }

  contentItem(value: unknown, path: string): ContentItem | undefined {
    const o = this.object(value, path, ['key', 'label', 'section', 'text', 'stages', 'responsibleText', 'timingText', 'frequency'], ['key', 'text', 'stages']);
    if (!o) return undefined;
    const key = this.key(o.key, at(path, 'key'));
    const label = this.optText(o, 'label', path, 20);
    const section = this.optText(o, 'section', path, 40);
    const text = this.text(o.text, at(path, 'text'));
    const stages = this.list(o.stages, at(path, 'stages'), (x, p) => this.oneOf(x, p, PLAN_STAGES), true);
    const responsibleText = this.optText(o, 'responsibleText', path);
    const timingText = this.optText(o, 'timingText', path);
    const frequency = o.frequency === undefined ? undefined : (this.oneOf(o.frequency, at(path, 'frequency'), FREQUENCIES) ?? null);
    if (!key || label === null || section === null || !text || !stages || responsibleText === null || timingText === null || frequency === null) return undefined;
    return {
      key,
      ...(label ? { label } : {}),
      ...(section ? { section } : {}),
      text,
      stages,
      ...(responsibleText ? { responsibleText } : {}),
      ...(timingText ? { timingText } : {}),
      ...(frequency ? { frequency } : {}),
    };
  }

  subject(value: unknown, path: string): Subject | undefined {
    const o = this.object(value, path, ['key', 'kinds', 'description', 'selector'], ['key', 'kinds', 'description']);
    if (!o) return undefined;
    const key = this.key(o.key, at(path, 'key'));
    const kinds = this.subjectKinds(o.kinds, at(path, 'kinds'), true);
    const description = this.text(o.description, at(path, 'description'));
    const selector = o.selector === undefined ? undefined : (this.selector(o.selector, at(path, 'selector')) ?? null);
    if (!key || !kinds || !description || selector === null) return undefined;
    return { key, kinds, description, ...(selector ? { selector } : {}) };
  }

  criteriaSetRef(value: unknown, path: string): CriteriaSetRef | undefined {
    const o = this.object(value, path, ['key', 'code', 'scope', 'subjectKinds', 'field', 'roleGroups', 'note', 'derivedFrom'], ['key', 'code', 'scope']);
    if (!o) return undefined;
    const key = this.key(o.key, at(path, 'key'));
    const code = this.code(o.code, at(path, 'code'), SET_CODE, 'A-Z, 0-9, _ . -, at most 80');
    const scope = this.oneOf(o.scope, at(path, 'scope'), CRITERIA_SCOPES);
    const subjectKinds = o.subjectKinds === undefined ? undefined : (this.subjectKinds(o.subjectKinds, at(path, 'subjectKinds'), true) ?? null);
    const field = o.field === undefined ? undefined : (this.code(o.field, at(path, 'field'), CATALOGUE_CODE, 'A-Z, 0-9, _') ?? null);
    const roleGroups = o.roleGroups === undefined ? undefined : (this.codes(o.roleGroups, at(path, 'roleGroups')) ?? null);
    const note = this.optText(o, 'note', path);
    const derivedFrom = this.optProvenance(o, path);
    if (!key || !code || !scope || subjectKinds === null || field === null || roleGroups === null || note === null || derivedFrom === null) return undefined;
    if (scope === 'FIELD' && !field) return this.add(at(path, 'field'), 'REQUIRED');
    if (scope === 'SUBJECT_KIND' && !subjectKinds) return this.add(at(path, 'subjectKinds'), 'REQUIRED');
    if (scope === 'ROLE' && !roleGroups) return this.add(at(path, 'roleGroups'), 'REQUIRED');
    return {
      key,
      code,
      scope,
      ...(subjectKinds ? { subjectKinds } : {}),
      ...(field ? { field } : {}),
      ...(roleGroups ? { roleGroups } : {}),
      ...(note ? { note } : {}),
      ...(derivedFrom ? { derivedFrom } : {}),
    };
  }

  quotaRule(value: unknown, path: string): QuotaRule | undefined {
    const fields = ['key', 'text', 'nominators', 'per', 'count', 'every', 'subjectKinds', 'item', 'receiver', 'windowKeys', 'purpose', 'attachments', 'note', 'derivedFrom'];
    const o = this.object(value, path, fields, ['key', 'text', 'nominators', 'per', 'count', 'every', 'subjectKinds', 'receiver']);
    if (!o) return undefined;
    const key = this.key(o.key, at(path, 'key'));
    const text = this.text(o.text, at(path, 'text'));
    const nominators = this.selector(o.nominators, at(path, 'nominators'));
    const per = this.oneOf(o.per, at(path, 'per'), QUOTA_PER);
    let count: QuotaRule['count'] | undefined;
    const c = this.object(o.count, at(path, 'count'), ['bound', 'value'], ['bound', 'value']);
    if (c) {
      const bound = this.oneOf(c.bound, at(path, 'count.bound'), QUOTA_BOUNDS);
      const v = this.int(c.value, at(path, 'count.value'), bound === 'MAX' ? 0 : 1, 100_000);
      if (bound && v !== undefined) count = { bound, value: v };
    }
    const every = this.oneOf(o.every, at(path, 'every'), QUOTA_PERIODS);
    const subjectKinds = this.subjectKinds(o.subjectKinds, at(path, 'subjectKinds'), false);
    const item = this.optText(o, 'item', path);
    const receiver = this.actor(o.receiver, at(path, 'receiver'));
    const windowKeys = o.windowKeys === undefined ? undefined : (this.list(o.windowKeys, at(path, 'windowKeys'), (x, p) => this.key(x, p), true) ?? null);
    const purpose = this.optText(o, 'purpose', path);
    const attachments = o.attachments === undefined ? undefined : (this.list(o.attachments, at(path, 'attachments'), (x, p) => this.text(x, p), true) ?? null);
    const note = this.optText(o, 'note', path);
    const derivedFrom = this.optProvenance(o, path);
    if (!key || !text || !nominators || !per || !count || !every || !subjectKinds || !receiver) return undefined;
    if (item === null || windowKeys === null || purpose === null || attachments === null || note === null || derivedFrom === null) return undefined;
    return {
      key,
      text,
      nominators,
      per,
      count,
      every,
      subjectKinds,
      ...(item ? { item } : {}),
      receiver,
      ...(windowKeys ? { windowKeys } : {}),
      ...(purpose ? { purpose } : {}),
      ...(attachments ? { attachments } : {}),
      ...(note ? { note } : {}),
      ...(derivedFrom ? { derivedFrom } : {}),
    };
  }

  /** An item's `derivedFrom` (absent: undefined; invalid: null, with an issue). */
  optProvenance(o: Obj, path: string): Provenance | undefined | null {
    if (o.derivedFrom === undefined) return undefined;
    const p = this.object(o.derivedFrom, at(path, 'derivedFrom'), ['planCode', 'key'], ['planCode', 'key']);
    if (!p) return null;
    const planCode = this.code(p.planCode, at(path, 'derivedFrom.planCode'), PLAN_CODE, 'A-Z, 0-9, _ . -, at most 80');
    const key = this.key(p.key, at(path, 'derivedFrom.key'));
    return planCode && key ? { planCode, key } : null;
  }

  days(value: unknown, path: string): DayRange | undefined {
    const o = this.object(value, path, ['from', 'to'], ['from', 'to']);
    if (!o) return undefined;
    const from = this.int(o.from, at(path, 'from'), 1, 31);
    const to = o.to === 'LAST' ? 'LAST' : this.int(o.to, at(path, 'to'), 1, 31);
    if (from === undefined || to === undefined) return undefined;
    if (typeof to === 'number' && from > to) return this.add(path, 'DAYS_REVERSED', { from, to });
    return { from, to };
  }

  windowRule(value: unknown, path: string): WindowRule | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.add(path, 'EXPECTED_OBJECT');
    const every = this.oneOf((value as Obj).every, at(path, 'every'), ['QUARTER', 'YEAR', 'MONTH', 'FIXED'] as const);
    if (!every) return undefined;
    switch (every) {
      case 'QUARTER': {
        const o = this.object(value, path, ['every', 'month', 'days'], ['month', 'days']);
        if (!o) return undefined;
        const month = o.month === 'LAST' ? 'LAST' : (this.int(o.month, at(path, 'month'), 1, 3) as 1 | 2 | 3 | undefined);
        const days = this.days(o.days, at(path, 'days'));
        return month && days ? { every, month, days } : undefined;
      }
      case 'YEAR': {
        const o = this.object(value, path, ['every', 'month', 'days'], ['month', 'days']);
        if (!o) return undefined;
        const month = this.int(o.month, at(path, 'month'), 1, 12);
        const days = this.days(o.days, at(path, 'days'));
        return month && days ? { every, month, days } : undefined;
      }
      case 'MONTH': {
        const o = this.object(value, path, ['every', 'days'], ['days']);
        const days = o && this.days(o.days, at(path, 'days'));
        return days ? { every, days } : undefined;
      }
      case 'FIXED': {
        const o = this.object(value, path, ['every', 'from', 'to'], ['from', 'to']);
        if (!o) return undefined;
        const from = this.date(o.from, at(path, 'from'));
        const to = this.date(o.to, at(path, 'to'));
        if (!from || !to) return undefined;
        if (from > to) return this.add(path, 'DATES_REVERSED', { from, to });
        return { every, from, to };
      }
    }
  }

  submissionWindow(value: unknown, path: string): SubmissionWindow | undefined {
    const o = this.object(value, path, ['key', 'text', 'rule', 'derivedFrom'], ['key', 'text', 'rule']);
    if (!o) return undefined;
    const key = this.key(o.key, at(path, 'key'));
    const text = this.text(o.text, at(path, 'text'));
    const rule = this.windowRule(o.rule, at(path, 'rule'));
    const derivedFrom = this.optProvenance(o, path);
    if (!key || !text || !rule || derivedFrom === null) return undefined;
    return { key, text, rule, ...(derivedFrom ? { derivedFrom } : {}) };
  }

  due(value: unknown, path: string): DueExpression | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.add(path, 'EXPECTED_OBJECT');
    const kind = this.oneOf((value as Obj).kind, at(path, 'kind'), ['DATE', 'MONTH', 'QUARTER', 'HALF', 'YEAR', 'RECURRING'] as const);
    const y = (o: Obj) => this.year(o.year, at(path, 'year'));
    switch (kind) {
      case undefined:
        return undefined;
      case 'DATE': {
        const o = this.object(value, path, ['kind', 'date'], ['date']);
        const date = o && this.date(o.date, at(path, 'date'));
        return date ? { kind, date } : undefined;
      }
      case 'MONTH': {
        const o = this.object(value, path, ['kind', 'year', 'month'], ['year', 'month']);
        if (!o) return undefined;
        const year = y(o);
        const month = this.int(o.month, at(path, 'month'), 1, 12);
        return year && month ? { kind, year, month } : undefined;
      }
      case 'QUARTER': {
        const o = this.object(value, path, ['kind', 'year', 'quarter', 'part'], ['year', 'quarter']);
        if (!o) return undefined;
        const year = y(o);
        const quarter = this.int(o.quarter, at(path, 'quarter'), 1, 4) as 1 | 2 | 3 | 4 | undefined;
        const part = o.part === undefined ? undefined : (this.oneOf(o.part, at(path, 'part'), ['EARLY', 'MID', 'LATE'] as const) ?? null);
        if (!year || !quarter || part === null) return undefined;
        return part ? { kind, year, quarter, part } : { kind, year, quarter };
      }
      case 'HALF': {
        const o = this.object(value, path, ['kind', 'year', 'half'], ['year', 'half']);
        if (!o) return undefined;
        const year = y(o);
        const half = this.int(o.half, at(path, 'half'), 1, 2) as 1 | 2 | undefined;
        return year && half ? { kind, year, half } : undefined;
      }
      case 'YEAR': {
        const o = this.object(value, path, ['kind', 'year'], ['year']);
        const year = o && y(o);
        return year ? { kind, year } : undefined;
      }
      case 'RECURRING': {
        const o = this.object(value, path, ['kind', 'every'], ['every']);
        const every = o && this.oneOf(o.every, at(path, 'every'), ['YEAR', 'QUARTER', 'MONTH', 'PERIODIC'] as const);
        return every ? { kind, every } : undefined;
      }
    }
  }

  milestone(value: unknown, path: string): Milestone | undefined {
    const o = this.object(value, path, ['key', 'kind', 'text', 'actor', 'due', 'dueText', 'stages', 'note'], ['key', 'kind', 'text', 'actor', 'due']);
    if (!o) return undefined;
    const key = this.key(o.key, at(path, 'key'));
    const kind = this.oneOf(o.kind, at(path, 'kind'), MILESTONE_KINDS);
    const text = this.text(o.text, at(path, 'text'));
    const actor = this.actor(o.actor, at(path, 'actor'));
    const due = this.due(o.due, at(path, 'due'));
    const dueText = this.optText(o, 'dueText', path);
    const stages = o.stages === undefined ? undefined : (this.list(o.stages, at(path, 'stages'), (x, p) => this.oneOf(x, p, PLAN_STAGES), true) ?? null);
    const note = this.optText(o, 'note', path);
    if (!key || !kind || !text || !actor || !due || dueText === null || stages === null || note === null) return undefined;
    return { key, kind, text, actor, due, ...(dueText ? { dueText } : {}), ...(stages ? { stages } : {}), ...(note ? { note } : {}) };
  }

  responsibility(value: unknown, path: string): Responsibility | undefined {
    const o = this.object(value, path, ['key', 'lead', 'with', 'duties', 'frequency', 'frequencyText', 'standing'], ['key', 'lead', 'with', 'duties']);
    if (!o) return undefined;
    const key = this.key(o.key, at(path, 'key'));
    const lead = this.actor(o.lead, at(path, 'lead'));
    const withs = this.list(o.with, at(path, 'with'), (x, p) => this.actor(x, p));
    const duties = this.list(o.duties, at(path, 'duties'), (x, p) => this.text(x, p), true);
    const frequency = o.frequency === undefined ? undefined : (this.oneOf(o.frequency, at(path, 'frequency'), FREQUENCIES) ?? null);
    const frequencyText = this.optText(o, 'frequencyText', path);
    const standing = o.standing === undefined ? undefined : (this.boolean(o.standing, at(path, 'standing')) ?? null);
    if (!key || !lead || !withs || !duties || frequency === null || frequencyText === null || standing === null) return undefined;
    return { key, lead, with: withs, duties, ...(frequency ? { frequency } : {}), ...(frequencyText ? { frequencyText } : {}), ...(standing ? { standing } : {}) };
  }

  kpi(value: unknown, path: string): Kpi | undefined {
    const o = this.object(value, path, ['key', 'text', 'indicator', 'population', 'target', 'unit'], ['key', 'text', 'indicator', 'target', 'unit']);
    if (!o) return undefined;
    const key = this.key(o.key, at(path, 'key'));
    const text = this.text(o.text, at(path, 'text'));
    const indicator = this.code(o.indicator, at(path, 'indicator'), CATALOGUE_CODE, 'A-Z, 0-9, _');
    const population = o.population === undefined ? undefined : (this.selector(o.population, at(path, 'population')) ?? null);
    const unit = this.oneOf(o.unit, at(path, 'unit'), KPI_UNITS);
    const target = this.int(o.target, at(path, 'target'), 0, unit === 'PERCENT' ? 100 : 1_000_000);
    if (!key || !text || !indicator || population === null || !unit || target === undefined) return undefined;
    return { key, text, indicator, ...(population ? { population } : {}), target, unit };
  }

  recipient(value: unknown, path: string): Recipient | undefined {
    const o = this.object(value, path, ['key', 'line', 'organization', 'delivery', 'purpose'], ['key', 'line', 'delivery', 'purpose']);
    if (!o) return undefined;
    const key = this.key(o.key, at(path, 'key'));
    const line = this.text(o.line, at(path, 'line'), 500);
    const organization = o.organization === undefined || o.organization === null ? null : this.org(o.organization, at(path, 'organization'));
    const delivery = this.oneOf(o.delivery, at(path, 'delivery'), DELIVERIES);
    const purpose = this.oneOf(o.purpose, at(path, 'purpose'), RECIPIENT_PURPOSES);
    if (!key || !line || organization === undefined || !delivery || !purpose) return undefined;
    return { key, line, organization, delivery, purpose };
  }

  council(value: unknown, path: string): Council | undefined {
    const o = this.object(value, path, ['name', 'organization', 'standing'], ['name', 'standing']);
    if (!o) return undefined;
    const name = this.text(o.name, at(path, 'name'), 500);
    const organization = o.organization === undefined || o.organization === null ? null : this.org(o.organization, at(path, 'organization'));
    const standing = this.nullable(o, 'standing', path, (v, p) => this.actor(v, p));
    if (!name || organization === undefined || standing === undefined) return undefined;
    return { name, organization, standing };
  }

  unknownPart(value: unknown, path: string): UnknownPart | undefined {
    const o = this.object(value, path, ['path', 'reason', 'note'], ['path', 'reason']);
    if (!o) return undefined;
    const p = this.text(o.path, at(path, 'path'), 200);
    const reason = this.oneOf(o.reason, at(path, 'reason'), UNKNOWN_REASONS);
    const note = this.optText(o, 'note', path);
    if (!p || !reason || note === null) return undefined;
    return { path: p, reason, ...(note ? { note } : {}) };
  }

  original(value: unknown, path: string): OriginalText | undefined {
    const o = this.object(value, path, ['sourceFile', 'sha256', 'truncated', 'text'], ['sourceFile', 'sha256', 'truncated', 'text']);
    if (!o) return undefined;
    const sourceFile = this.nullable(o, 'sourceFile', path, (v, p) => this.text(v, p, 200));
    const sha256 = this.code(o.sha256, at(path, 'sha256'), SHA256, '64 lower-case hex digits');
    const truncated = this.boolean(o.truncated, at(path, 'truncated'));
    // The original is kept byte for byte (its hash is over these bytes): checked, not normalised.
    let text: string | undefined;
    if (typeof o.text !== 'string') this.add(at(path, 'text'), 'EXPECTED_STRING');
    else if (textProblem(o.text, MAX_ORIGINAL)) this.add(at(path, 'text'), textProblem(o.text, MAX_ORIGINAL) === 'TOO_LONG' ? 'TEXT_TOO_LONG' : 'INVALID_TEXT', { max: MAX_ORIGINAL });
    else text = o.text;
    if (sourceFile === undefined || !sha256 || truncated === undefined || text === undefined) return undefined;
    const actual = sha256Hex(text);
    if (actual !== sha256) return this.add(at(path, 'sha256'), 'HASH_MISMATCH', { actual });
    return { sourceFile, sha256, truncated, text };
  }

  // -- the plan --------------------------------------------------------------------------------

  plan(value: unknown): PlanDocument | undefined {
    const fields = [
      'version', 'code', 'number', 'title', 'titleEn', 'documentType', 'field', 'issuer', 'signer', 'place', 'issueDate', 'effectiveDate', 'period', 'status',
      'parentPlans', 'legalBases', 'objectives', 'requirements', 'contentItems', 'subjects', 'criteriaSets', 'quotaRules', 'submissionWindows', 'milestones',
      'responsibilities', 'kpis', 'recipients', 'council', 'unknownParts', 'notes', 'original',
    ];
    const required = fields.filter((f) => f !== 'titleEn' && f !== 'notes');
    const o = this.object(value, '', fields, required);
    if (!o) return undefined;
    if (o.version !== PLAN_FORMAT_VERSION) this.add('version', 'UNSUPPORTED_VERSION', { value: String(o.version), expected: PLAN_FORMAT_VERSION });
    const code = this.code(o.code, 'code', PLAN_CODE, 'A-Z, 0-9, _ . -, at most 80');

    let number: PlanDocument['number'] | undefined;
    const n = this.object(o.number, 'number', ['value', 'pattern'], ['value', 'pattern']);
    if (n) {
      const nv = this.nullable(n, 'value', 'number', (v, p) => this.text(v, p, 100));
      const pattern = this.nullable(n, 'pattern', 'number', (v, p) => this.text(v, p, 100));
      if (nv !== undefined && pattern !== undefined) number = { value: nv, pattern };
    }
    const title = this.text(o.title, 'title', 2000);
    const titleEn = this.optText(o, 'titleEn', '', 2000);
    const documentType = this.oneOf(o.documentType, 'documentType', DOCUMENT_TYPES);
    const field = this.nullable(o, 'field', '', (v, p) => this.text(v, p, 200));
    const issuer = this.actor(o.issuer, 'issuer');
    let signer: PlanDocument['signer'] | undefined;
    const s = this.object(o.signer, 'signer', ['title', 'name'], ['title', 'name']);
    if (s) {
      const st = this.nullable(s, 'title', 'signer', (v, p) => this.text(v, p, 200));
      const sn = this.nullable(s, 'name', 'signer', (v, p) => this.text(v, p, 200));
      if (st !== undefined && sn !== undefined) signer = { title: st, name: sn };
    }
    const place = this.nullable(o, 'place', '', (v, p) => this.text(v, p, 200));
    const issueDate = this.nullable(o, 'issueDate', '', (v, p) => this.partialDate(v, p));
    const effectiveDate = this.nullable(o, 'effectiveDate', '', (v, p) => this.date(v, p));
    let period: PlanDocument['period'] | undefined;
    const pr = this.object(o.period, 'period', ['from', 'to'], ['from', 'to']);
    if (pr) {
      const from = this.year(pr.from, 'period.from');
      const to = this.year(pr.to, 'period.to');
      if (from !== undefined && to !== undefined) {
        if (from > to) this.add('period', 'YEARS_REVERSED', { from, to });
        else period = { from, to };
      }
    }
    const status = this.oneOf(o.status, 'status', PLAN_STATUSES);

    const parentPlans = this.items(o, 'parentPlans', (v, p) => this.link(v, p));
    const legalBases = this.items(o, 'legalBases', (v, p) => this.link(v, p));
    const objectives = this.items(o, 'objectives', (v, p) => this.textItem(v, p));
    const requirements = this.items(o, 'requirements', (v, p) => this.textItem(v, p));
    const contentItems = this.items(o, 'contentItems', (v, p) => this.contentItem(v, p));
    const subjects = this.items(o, 'subjects', (v, p) => this.subject(v, p));
    const criteriaSets = this.items(o, 'criteriaSets', (v, p) => this.criteriaSetRef(v, p));
    const quotaRules = this.items(o, 'quotaRules', (v, p) => this.quotaRule(v, p));
    const submissionWindows = this.items(o, 'submissionWindows', (v, p) => this.submissionWindow(v, p));
    const milestones = this.items(o, 'milestones', (v, p) => this.milestone(v, p));
    const responsibilities = this.items(o, 'responsibilities', (v, p) => this.responsibility(v, p));
    const kpis = this.items(o, 'kpis', (v, p) => this.kpi(v, p));
    const recipients = this.items(o, 'recipients', (v, p) => this.recipient(v, p));
    const council = this.nullable(o, 'council', '', (v, p) => this.council(v, p));
    const unknownParts = o.unknownParts === undefined ? undefined : this.list(o.unknownParts, 'unknownParts', (v, p) => this.unknownPart(v, p));
    const notes = this.optText(o, 'notes', '');
    const original = this.nullable(o, 'original', '', (v, p) => this.original(v, p));

    // Cross-checks: references between items, unknown parts.
    if (quotaRules && submissionWindows) {
      const windows = new Map(submissionWindows.map((w) => [w.key, w]));
      quotaRules.forEach((q, i) =>
        q.windowKeys?.forEach((k, j) => {
          const w = windows.get(k);
          if (!w) this.add(`quotaRules[${i}].windowKeys[${j}]`, 'UNKNOWN_KEY_REFERENCE', { what: 'submission window', value: k });
          else if (w.rule.every !== 'FIXED' && granularity(w.rule.every) > granularity(q.every)) {
            this.add(`quotaRules[${i}].windowKeys[${j}]`, 'WINDOW_COARSER_THAN_QUOTA', { every: q.every, window: w.rule.every });
          }
        }),
      );
    }
    if (unknownParts) {
      const lists: Record<string, unknown[] | undefined> = { quotaRules, submissionWindows, milestones, responsibilities, kpis, recipients, objectives, requirements, contentItems, subjects };
      unknownParts.forEach((u, i) => {
        const list = lists[u.path];
        if (u.reason === 'TRUNCATED' && list && list.length > 0) this.add(`unknownParts[${i}].path`, 'LIST_NOT_EMPTY');
      });
      if (original?.truncated && !unknownParts.some((u) => u.reason === 'TRUNCATED')) this.add('unknownParts', 'TRUNCATED_UNKNOWN_MISSING');
    }

    if (this.issues.length) return undefined;
    return {
      version: PLAN_FORMAT_VERSION,
      code: code!,
      number: number!,
      title: title!,
      ...(titleEn ? { titleEn } : {}),
      documentType: documentType!,
      field: field!,
      issuer: issuer!,
      signer: signer!,
      place: place!,
      issueDate: issueDate!,
      effectiveDate: effectiveDate!,
      period: period!,
      status: status!,
      parentPlans: parentPlans!,
      legalBases: legalBases!,
      objectives: objectives!,
      requirements: requirements!,
      contentItems: contentItems!,
      subjects: subjects!,
      criteriaSets: criteriaSets!,
      quotaRules: quotaRules!,
      submissionWindows: submissionWindows!,
      milestones: milestones!,
      responsibilities: responsibilities!,
      kpis: kpis!,
      recipients: recipients!,
      council: council!,
      unknownParts: unknownParts!,
      ...(notes ? { notes } : {}),
      original: original!,
    };
  }
}

/** A window recurring every MONTH (1) is finer than every QUARTER (2), YEAR (3), PLAN (4). */
function granularity(every: 'MONTH' | 'QUARTER' | 'YEAR' | 'PLAN'): number {
  return { MONTH: 1, QUARTER: 2, YEAR: 3, PLAN: 4 }[every];
}
