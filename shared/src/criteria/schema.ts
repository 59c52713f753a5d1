import { textProblem } from '../text';
import {
  COMPARATORS,
  CONFIDENCES,
  CRITERIA_FORMAT_VERSION,
  FILTER_FIELDS,
  MEMBER_SCOPES,
  RULE_OPS,
  SOURCES,
  WINDOW_KINDS,
  type CriteriaSet,
  type Criterion,
  type LocalizedText,
  type NumberValue,
  type ParameterDef,
  type RoleGroup,
  type RoleMatcher,
  type Rule,
  type Source,
  type Window,
} from './rule';
import { AWARD_LEVELS, DISCIPLINE_FORMS, RATING_LEVELS, SUBJECT_KINDS, type SubjectKind } from './vocabulary';

/**
 * Runtime validation of the criteria JSON form. Run it when a set is stored or loaded, never per
 * evaluation: `evaluate.ts` trusts what this returns.
 *
 * Why hand-written rather than zod: the language is a small closed grammar whose useful checks are
 * mostly contextual (a PARAM window must name a declared WINDOW parameter, RUN windows only inside a
 * run, everyYear needs a bounded window, filters depend on the source, role groups must exist, keys
 * must be unique), and its users are officials editing in the console who need each message in
 * Vietnamese and English at the exact JSON path. With zod every one of those would be a superRefine
 * plus a translation layer over zod's own issue codes; written out, it is one walk with one message
 * table, no dependency in the console bundle, and unknown fields are refused (a misspelt `windw`
 * must not silently become "any time").
 */

export const CRITERIA_ISSUE_MESSAGES = {
  INVALID_JSON: { vi: 'không phải JSON hợp lệ ({detail})', en: 'not valid JSON ({detail})' },
  EXPECTED_OBJECT: { vi: 'cần một đối tượng', en: 'expected an object' },
  EXPECTED_ARRAY: { vi: 'cần một danh sách', en: 'expected a list' },
  EXPECTED_STRING: { vi: 'cần một chuỗi ký tự', en: 'expected a string' },
  EXPECTED_BOOLEAN: { vi: 'cần giá trị true hoặc false', en: 'expected true or false' },
  EXPECTED_NUMBER: { vi: 'cần một số', en: 'expected a number' },
  EXPECTED_COUNT: { vi: 'cần một số nguyên không âm', en: 'expected a whole number, 0 or more' },
  EXPECTED_YEAR: { vi: 'cần một năm (từ 1945 đến 2100)', en: 'expected a year' },
  EXPECTED_DATE: { vi: 'cần một ngày dạng YYYY-MM-DD', en: 'expected a date YYYY-MM-DD' },
  MISSING_PLAN_PERIOD: {
    vi: 'PLAN_PERIOD cần thời kỳ của kế hoạch (planPeriod khi đánh giá, hoặc period của bộ tiêu chí)',
    en: "PLAN_PERIOD needs the plan period (options.planPeriod or the set's period)",
  },
  EXPECTED_NUMBER_OR_PARAM: { vi: 'cần một số hoặc {"param": tên tham số}', en: 'expected a number or {"param": name}' },
  REQUIRED: { vi: 'thiếu trường bắt buộc', en: 'is required' },
  UNKNOWN_FIELD: { vi: 'trường không được hỗ trợ ở đây', en: 'unknown field' },
  FILTER_NOT_FOR_SOURCE: {
    vi: '"{field}" không phải là điều kiện lọc của nguồn {source} (được dùng: {allowed})',
    en: '"{field}" is not a filter of {source} records (allowed: {allowed})',
  },
  UNKNOWN_OP: { vi: 'phép toán "{value}" không tồn tại (dùng một trong: {allowed})', en: 'unknown operator "{value}" (expected one of: {allowed})' },
  NOT_ONE_OF: { vi: 'giá trị "{value}" không hợp lệ (dùng một trong: {allowed})', en: 'expected one of {allowed}; got "{value}"' },
  INVALID_CODE: { vi: 'mã "{value}" không đúng định dạng ({expected})', en: 'code "{value}" is malformed ({expected})' },
  INVALID_TEXT: { vi: 'chứa ký tự không được phép (ký tự NUL hoặc mã hóa hỏng)', en: 'contains characters that are not allowed (NUL or ill-formed text)' },
  TEXT_TOO_LONG: { vi: 'dài quá {max} ký tự', en: 'is longer than {max} characters' },
  EMPTY: { vi: 'không được để trống', en: 'must not be empty' },
  OUT_OF_RANGE: { vi: 'cần một số từ {min} đến {max} (nhận được {value})', en: 'expected a number from {min} to {max}; got {value}' },
  YEARS_REVERSED: { vi: 'năm bắt đầu ({from}) sau năm kết thúc ({to})', en: '"from" ({from}) is after "to" ({to})' },
  DUPLICATE: { vi: '{what} "{value}" bị trùng (đã có tại {first})', en: 'duplicate {what} "{value}" (first at {first})' },
  UNKNOWN_PARAMETER: {
    vi: 'tham số "{name}" chưa được khai báo trong parameters (và không có giá trị mặc định)',
    en: 'unknown parameter "{name}" (declare it in parameters or give a default)',
  },
  PARAMETER_KIND: { vi: 'tham số "{name}" thuộc loại {actual}, ở đây cần loại {expected}', en: 'parameter "{name}" is a {actual} parameter; a {expected} one is needed here' },
  UNKNOWN_ROLE_GROUP: { vi: 'nhóm chức vụ "{value}" chưa được khai báo trong roleGroups', en: 'unknown role group "{value}" (declare it in roleGroups)' },
  RUN_WINDOW_OUTSIDE_RUN: { vi: 'khoảng thời gian {kind} chỉ dùng được bên trong consecutive.inRun', en: 'a {kind} window is only allowed inside consecutive.inRun' },
  UNBOUNDED_WINDOW: {
    vi: 'cần một khoảng thời gian có giới hạn (YEARS, PLAN_PERIOD, ROLLING, THIS_YEAR hoặc tham số tương ứng), không dùng {kind}',
    en: 'needs a bounded window (YEARS, PLAN_PERIOD, ROLLING, THIS_YEAR or a parameter resolving to one), not {kind}',
  },
  TOO_DEEP: { vi: 'quy tắc lồng nhau quá {max} cấp', en: 'rules nest deeper than {max} levels' },
  TOO_MANY_NODES: { vi: 'bộ tiêu chí có quá {max} nút quy tắc', en: 'the set has more than {max} rule nodes' },
  ROLE_GROUP_KIND: { vi: 'tiêu chí theo chức vụ chỉ áp dụng cho cá nhân (CA_NHAN)', en: 'a role-exclusive criterion applies to individuals (CA_NHAN) only' },
  SEVERAL_FALLBACKS: { vi: 'chỉ một nhóm chức vụ được là nhóm mặc định (đã có "{first}")', en: 'only one role group can be the fallback (already "{first}")' },
  FALLBACK_LEADERSHIP: { vi: 'nhóm mặc định là nhóm nhân viên, không thể là nhóm lãnh đạo', en: 'the fallback group is the staff group and cannot be a leadership group' },
  CONFLICT: { vi: 'mâu thuẫn với "{other}"', en: 'conflicts with "{other}"' },
  UNSUPPORTED_VERSION: { vi: 'phiên bản định dạng {value} không được hỗ trợ (cần {expected})', en: 'unsupported format version {value} (expected {expected})' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type CriteriaIssueCode = keyof typeof CRITERIA_ISSUE_MESSAGES;

/** One problem found in the JSON: where (a JSON path such as `criteria[3].rule.of[1].window.from`), what, and the sentence in each language. */
export interface CriteriaIssue {
  path: string;
  code: CriteriaIssueCode;
  vi: string;
  en: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: CriteriaIssue[] };

export class CriteriaValidationError extends Error {
  readonly issues: CriteriaIssue[];
  constructor(issues: CriteriaIssue[]) {
    super(formatIssues(issues, 'en'));
    this.name = 'CriteriaValidationError';
    this.issues = issues;
  }

  /** The same message in Vietnamese. */
  get messageVi(): string {
    return formatIssues(this.issues, 'vi');
  }
}

/** `path: message` lines, e.g. `criteria[3].rule.of[1].window.from: expected a year`. */
export function formatIssues(issues: readonly CriteriaIssue[], lang: 'vi' | 'en' = 'en'): string {
  return issues.map((i) => `${i.path || '(root)'}: ${i[lang]}`).join('\n');
}

export const MAX_RULE_DEPTH = 24;
export const MAX_RULE_NODES = 5_000;
export const MIN_YEAR = 1945;
export const MAX_YEAR = 2100;
const MAX_TEXT = 10_000;
const MAX_TITLE = 500;

const SET_CODE = /^[A-Z0-9_.-]{1,80}$/;
const CATALOGUE_CODE = /^[A-Z0-9_]{1,64}$/;
const ROLE_CODE = /^[A-Z_]{1,40}$/;
const KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,119}$/;
const PARAM_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

// ---------------------------------------------------------------------------------------------
// Public entry points
// ---------------------------------------------------------------------------------------------

export function safeParseCriteriaSet(json: unknown): ParseResult<CriteriaSet> {
  const v = new Validator();
  const input = v.json(json);
  const value = input === INVALID ? undefined : v.criteriaSet(input);
  return v.issues.length || !value ? { ok: false, issues: v.issues } : { ok: true, value };
}

/** Validates a criteria set and returns it normalised (defaults filled), or throws CriteriaValidationError. */
export function parseCriteriaSet(json: unknown): CriteriaSet {
  const result = safeParseCriteriaSet(json);
  if (!result.ok) throw new CriteriaValidationError(result.issues);
  return result.value;
}

export interface RuleParseOptions {
  /** The parameters of the set the rule belongs to; without them a PARAM window needs an inline default. */
  parameters?: readonly ParameterDef[];
  /** Path prefix for messages (e.g. `criteria[2].rule`). */
  path?: string;
}

export function safeParseRule(json: unknown, options: RuleParseOptions = {}): ParseResult<Rule> {
  const v = new Validator();
  if (options.parameters) for (const p of options.parameters) v.params.set(p.name, p);
  const input = v.json(json);
  const value = input === INVALID ? undefined : v.rule(input, options.path ?? '', { inRun: false, depth: 0 });
  return v.issues.length || !value ? { ok: false, issues: v.issues } : { ok: true, value };
}

export function parseRule(json: unknown, options?: RuleParseOptions): Rule {
  const result = safeParseRule(json, options);
  if (!result.ok) throw new CriteriaValidationError(result.issues);
  return result.value;
}

/** Validates one window (evaluation options use it for parameter overrides). */
export function safeParseWindow(json: unknown, path = ''): ParseResult<Window> {
  const v = new Validator();
  const value = v.window(json, path, { inRun: false, depth: 0 });
  return v.issues.length || !value ? { ok: false, issues: v.issues } : { ok: true, value };
}

export function issue(path: string, code: CriteriaIssueCode, params: Record<string, string | number> = {}): CriteriaIssue {
  const m = CRITERIA_ISSUE_MESSAGES[code];
  return { path, code, vi: fill(m.vi, params), en: fill(m.en, params) };
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

const INVALID = Symbol('invalid');
type Obj = Record<string, unknown>;

interface RuleScope {
  inRun: boolean;
  depth: number;
}

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);
const idx = (path: string, i: number) => `${path}[${i}]`;

class Validator {
  readonly issues: CriteriaIssue[] = [];
  readonly params = new Map<string, ParameterDef>();
  private nodes = 0;

  add(path: string, code: CriteriaIssueCode, params?: Record<string, string | number>): undefined {
    this.issues.push(issue(path, code, params));
    return undefined;
  }

  json(input: unknown): unknown {
    if (typeof input !== 'string') return input;
    try {
      return JSON.parse(input);
    } catch (e) {
      this.add('', 'INVALID_JSON', { detail: e instanceof Error ? e.message : String(e) });
      return INVALID;
    }
  }

  /** The object at `path` with only `allowed` fields (others reported), or undefined. */
  object(value: unknown, path: string, allowed: readonly string[]): Obj | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.add(path, 'EXPECTED_OBJECT');
    for (const key of Object.keys(value)) if (!allowed.includes(key)) this.add(at(path, key), 'UNKNOWN_FIELD');
    return value as Obj;
  }

  array(value: unknown, path: string, { nonEmpty = false } = {}): unknown[] | undefined {
    if (!Array.isArray(value)) return this.add(path, 'EXPECTED_ARRAY');
    if (nonEmpty && value.length === 0) return this.add(path, 'EMPTY');
    return value;
  }

  required(o: Obj, key: string, path: string): boolean {
    if (o[key] === undefined) {
      this.add(at(path, key), 'REQUIRED');
      return false;
    }
    return true;
  }

  text(value: unknown, path: string, max = MAX_TEXT): string | undefined {
    if (typeof value !== 'string') return this.add(path, 'EXPECTED_STRING');
    if (value.trim() === '') return this.add(path, 'EMPTY');
    const problem = textProblem(value, max);
    if (problem === 'TOO_LONG') return this.add(path, 'TEXT_TOO_LONG', { max });
    if (problem) return this.add(path, 'INVALID_TEXT');
    return value.normalize('NFC');
  }

  code(value: unknown, path: string, pattern: RegExp, expected: string): string | undefined {
    if (typeof value !== 'string') return this.add(path, 'EXPECTED_STRING');
    if (!pattern.test(value)) return this.add(path, 'INVALID_CODE', { value: value.slice(0, 80), expected });
    return value;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[], code: CriteriaIssueCode = 'NOT_ONE_OF'): T | undefined {
    if (typeof value !== 'string') return this.add(path, 'EXPECTED_STRING');
    if (!allowed.includes(value as T)) return this.add(path, code, { value: value.slice(0, 80), allowed: allowed.join(', ') });
    return value as T;
  }

  list<T>(value: unknown, path: string, item: (v: unknown, p: string) => T | undefined): T[] | undefined {
    const arr = this.array(value, path, { nonEmpty: true });
    if (!arr) return undefined;
    const out: T[] = [];
    let ok = true;
    arr.forEach((v, i) => {
      const parsed = item(v, idx(path, i));
      if (parsed === undefined) ok = false;
      else out.push(parsed);
    });
    return ok ? out : undefined;
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (typeof value !== 'boolean') return this.add(path, 'EXPECTED_BOOLEAN');
    return value;
  }

  number(value: unknown, path: string): number | undefined {
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.add(path, 'EXPECTED_NUMBER');
    return value;
  }

  count(value: unknown, path: string, max = 1_000_000): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return this.add(path, 'EXPECTED_COUNT');
    if (value > max) return this.add(path, 'OUT_OF_RANGE', { min: 0, max, value });
    return value;
  }

  year(value: unknown, path: string): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) return this.add(path, 'EXPECTED_YEAR');
    return value;
  }

  localized(value: unknown, path: string): LocalizedText | undefined {
    const o = this.object(value, path, ['vi', 'en']);
    if (!o) return undefined;
    if (!this.required(o, 'vi', path)) return undefined;
    const vi = this.text(o.vi, at(path, 'vi'), MAX_TITLE);
    const en = o.en === undefined ? undefined : this.text(o.en, at(path, 'en'), MAX_TITLE);
    if (vi === undefined || (o.en !== undefined && en === undefined)) return undefined;
    return en === undefined ? { vi } : { vi, en };
  }

  // -- windows ---------------------------------------------------------------------------------

  window(value: unknown, path: string, scope: RuleScope): Window | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.add(path, 'EXPECTED_OBJECT');
    const kind = this.oneOf((value as Obj).kind, at(path, 'kind'), WINDOW_KINDS);
    if (!kind) return undefined;
    switch (kind) {
      case 'ANY':
      case 'THIS_YEAR':
        return this.object(value, path, ['kind']) && { kind };
      case 'PLAN_PERIOD': {
        const o = this.object(value, path, ['kind', 'completedYears']);
        if (!o) return undefined;
        const completed = this.completedYears(o, path);
        if (completed === null) return undefined;
        return completed ? { kind, completedYears: true } : { kind };
      }
      case 'RUN':
      case 'BEFORE_RUN':
        if (!this.object(value, path, ['kind'])) return undefined;
        if (!scope.inRun) return this.add(at(path, 'kind'), 'RUN_WINDOW_OUTSIDE_RUN', { kind });
        return { kind };
      case 'YEARS': {
        const o = this.object(value, path, ['kind', 'from', 'to', 'completedYears']);
        if (!o || !this.required(o, 'from', path) || !this.required(o, 'to', path)) return undefined;
        const from = this.year(o.from, at(path, 'from'));
        const to = o.to === 'EVAL_YEAR' ? 'EVAL_YEAR' : this.year(o.to, at(path, 'to'));
        const completed = this.completedYears(o, path);
        if (from === undefined || to === undefined || completed === null) return undefined;
        if (typeof to === 'number' && from > to) return this.add(path, 'YEARS_REVERSED', { from, to });
        return completed ? { kind, from, to, completedYears: true } : { kind, from, to };
      }
      case 'ROLLING': {
        const o = this.object(value, path, ['kind', 'years', 'lag', 'completedYears']);
        if (!o || !this.required(o, 'years', path)) return undefined;
        const years = this.count(o.years, at(path, 'years'), 100);
        if (years === 0) return this.add(at(path, 'years'), 'OUT_OF_RANGE', { min: 1, max: 100, value: 0 });
        const lag = o.lag === undefined ? undefined : this.count(o.lag, at(path, 'lag'), 100);
        const completed = this.completedYears(o, path);
        if (years === undefined || (o.lag !== undefined && lag === undefined) || completed === null) return undefined;
        const w: Window = lag === undefined || lag === 0 ? { kind, years } : { kind, years, lag };
        if (completed) w.completedYears = true;
        return w;
      }
      case 'PARAM': {
        const o = this.object(value, path, ['kind', 'name', 'default']);
        if (!o || !this.required(o, 'name', path)) return undefined;
        const name = this.code(o.name, at(path, 'name'), PARAM_NAME, 'a letter, then letters, digits or _');
        if (name === undefined) return undefined;
        let def: Window | undefined;
        if (o.default !== undefined) {
          def = this.window(o.default, at(path, 'default'), scope);
          if (!def) return undefined;
          if (def.kind === 'PARAM') return this.add(at(path, 'default.kind'), 'NOT_ONE_OF', { value: 'PARAM', allowed: 'ANY, YEARS, PLAN_PERIOD, ROLLING, THIS_YEAR' });
        }
        const declared = this.params.get(name);
        if (declared && declared.kind !== 'WINDOW') return this.add(at(path, 'name'), 'PARAMETER_KIND', { name, actual: declared.kind, expected: 'WINDOW' });
        if (!declared && !def) return this.add(at(path, 'name'), 'UNKNOWN_PARAMETER', { name });
        return def ? { kind, name, default: def } : { kind, name };
      }
    }
  }

  /** `completedYears`: true, false/absent, or null when invalid. */
  completedYears(o: Obj, path: string): boolean | null {
    if (o.completedYears === undefined) return false;
    const b = this.boolean(o.completedYears, at(path, 'completedYears'));
    return b === undefined ? null : b;
  }

  /** The window must end up bounded (everyYear, consecutive, increasing iterate its years). */
  bounded(window: Window, path: string): boolean {
    const w = this.effective(window);
    if (w.kind === 'ANY' || w.kind === 'BEFORE_RUN') {
      this.add(at(path, 'kind'), 'UNBOUNDED_WINDOW', { kind: window.kind === 'PARAM' ? `${w.kind} (parameter "${window.name}")` : w.kind });
      return false;
    }
    return true;
  }

  /** A PARAM window as the set's default resolves it (evaluation options may still override). */
  effective(window: Window): Window {
    if (window.kind !== 'PARAM') return window;
    const declared = this.params.get(window.name);
    return declared?.kind === 'WINDOW' ? declared.default : (window.default ?? window);
  }

  numberValue(value: unknown, path: string, { max = 1_000_000, integer = true } = {}): NumberValue | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const o = this.object(value, path, ['param']);
      if (!o || !this.required(o, 'param', path)) return undefined;
      const name = this.code(o.param, at(path, 'param'), PARAM_NAME, 'a letter, then letters, digits or _');
      if (name === undefined) return undefined;
      const declared = this.params.get(name);
      if (!declared) return this.add(at(path, 'param'), 'UNKNOWN_PARAMETER', { name });
      if (declared.kind !== 'NUMBER') return this.add(at(path, 'param'), 'PARAMETER_KIND', { name, actual: declared.kind, expected: 'NUMBER' });
      if (declared.default > max || (declared.max !== undefined && declared.max > max)) {
        return this.add(at(path, 'param'), 'OUT_OF_RANGE', { min: 0, max, value: declared.max ?? declared.default });
      }
      return { param: name };
    }
    if (typeof value !== 'number') return this.add(path, 'EXPECTED_NUMBER_OR_PARAM');
    if (integer) return this.count(value, path, max);
    const n = this.number(value, path);
    if (n !== undefined && (n < 0 || n > max)) return this.add(path, 'OUT_OF_RANGE', { min: 0, max, value: n });
    return n;
  }

  // -- rules -----------------------------------------------------------------------------------

  rule(value: unknown, path: string, scope: RuleScope): Rule | undefined {
    if (scope.depth > MAX_RULE_DEPTH) return this.add(path, 'TOO_DEEP', { max: MAX_RULE_DEPTH });
    if (++this.nodes > MAX_RULE_NODES) {
      if (this.nodes === MAX_RULE_NODES + 1) this.add(path, 'TOO_MANY_NODES', { max: MAX_RULE_NODES });
      return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.add(path, 'EXPECTED_OBJECT');
    const op = this.oneOf((value as Obj).op, at(path, 'op'), RULE_OPS, 'UNKNOWN_OP');
    if (!op) return undefined;
    const inner: RuleScope = { inRun: scope.inRun, depth: scope.depth + 1 };
    switch (op) {
      case 'all':
      case 'any': {
        const o = this.object(value, path, ['op', 'of']);
        if (!o || !this.required(o, 'of', path)) return undefined;
        const of = this.list(o.of, at(path, 'of'), (v, p) => this.rule(v, p, inner));
        return of && { op, of };
      }
      case 'not': {
        const o = this.object(value, path, ['op', 'rule']);
        if (!o || !this.required(o, 'rule', path)) return undefined;
        const rule = this.rule(o.rule, at(path, 'rule'), inner);
        return rule && { op, rule };
      }
      case 'count':
        return this.countRule(value, path, scope);
      case 'everyYear': {
        const o = this.object(value, path, ['op', 'window', 'condition']);
        if (!o || !this.required(o, 'window', path) || !this.required(o, 'condition', path)) return undefined;
        const window = this.window(o.window, at(path, 'window'), scope);
        const boundedOk = window ? this.bounded(window, at(path, 'window')) : false;
        const condition = this.rule(o.condition, at(path, 'condition'), inner);
        return window && boundedOk && condition ? { op, window, condition } : undefined;
      }
      case 'consecutive': {
        const o = this.object(value, path, ['op', 'years', 'window', 'condition', 'inRun']);
        if (!o || !this.required(o, 'years', path) || !this.required(o, 'window', path) || !this.required(o, 'condition', path)) return undefined;
        const years = this.count(o.years, at(path, 'years'), 100);
        if (years === 0) return this.add(at(path, 'years'), 'OUT_OF_RANGE', { min: 1, max: 100, value: 0 });
        const window = this.window(o.window, at(path, 'window'), scope);
        const boundedOk = window ? this.bounded(window, at(path, 'window')) : false;
        const condition = this.rule(o.condition, at(path, 'condition'), inner);
        const inRun = o.inRun === undefined ? undefined : this.rule(o.inRun, at(path, 'inRun'), { inRun: true, depth: scope.depth + 1 });
        if (years === undefined || !window || !boundedOk || !condition || (o.inRun !== undefined && !inRun)) return undefined;
        return inRun ? { op, years, window, condition, inRun } : { op, years, window, condition };
      }
      case 'ratingAtLeast': {
        const o = this.object(value, path, ['op', 'level', 'window']);
        if (!o || !this.required(o, 'level', path)) return undefined;
        const level = this.oneOf(o.level, at(path, 'level'), RATING_LEVELS);
        const window = o.window === undefined ? undefined : this.window(o.window, at(path, 'window'), scope);
        if (!level || (o.window !== undefined && !window)) return undefined;
        return window ? { op, level, window } : { op, level };
      }
      case 'noDiscipline': {
        const o = this.object(value, path, ['op', 'scope', 'minForm', 'window']);
        if (!o || !this.required(o, 'scope', path) || !this.required(o, 'minForm', path) || !this.required(o, 'window', path)) return undefined;
        const memberScope = this.oneOf(o.scope, at(path, 'scope'), MEMBER_SCOPES);
        const minForm = this.oneOf(o.minForm, at(path, 'minForm'), DISCIPLINE_FORMS);
        const window = this.window(o.window, at(path, 'window'), scope);
        return memberScope && minForm && window ? { op, scope: memberScope, minForm, window } : undefined;
      }
      case 'members': {
        const o = this.object(value, path, ['op', 'measure', 'cmp', 'value', 'condition']);
        if (!o || !['measure', 'cmp', 'value', 'condition'].every((k) => this.required(o, k, path))) return undefined;
        const measure = this.oneOf(o.measure, at(path, 'measure'), ['SHARE', 'COUNT'] as const);
        const cmp = this.oneOf(o.cmp, at(path, 'cmp'), COMPARATORS);
        const v = this.numberValue(o.value, at(path, 'value'), measure === 'SHARE' ? { max: 100, integer: false } : {});
        const condition = this.rule(o.condition, at(path, 'condition'), inner);
        return measure && cmp && v !== undefined && condition ? { op, measure, cmp, value: v, condition } : undefined;
      }
      case 'increasing': {
        const o = this.object(value, path, ['op', 'metric', 'window']);
        if (!o || !this.required(o, 'metric', path) || !this.required(o, 'window', path)) return undefined;
        const metric = this.code(o.metric, at(path, 'metric'), CATALOGUE_CODE, 'A-Z, 0-9, _');
        const window = this.window(o.window, at(path, 'window'), scope);
        const boundedOk = window ? this.bounded(window, at(path, 'window')) : false;
        return metric && window && boundedOk ? { op, metric, window } : undefined;
      }
      case 'flag': {
        const o = this.object(value, path, ['op', 'code', 'window']);
        if (!o || !this.required(o, 'code', path)) return undefined;
        const code = this.code(o.code, at(path, 'code'), CATALOGUE_CODE, 'A-Z, 0-9, _');
        const window = o.window === undefined ? undefined : this.window(o.window, at(path, 'window'), scope);
        if (!code || (o.window !== undefined && !window)) return undefined;
        return window ? { op, code, window } : { op, code };
      }
      case 'attest': {
        const o = this.object(value, path, ['op', 'key', 'text']);
        if (!o || !this.required(o, 'key', path) || !this.required(o, 'text', path)) return undefined;
        const key = this.code(o.key, at(path, 'key'), KEY, 'letters, digits, _ . -, at most 120');
        const text = this.text(o.text, at(path, 'text'));
        return key && text ? { op, key, text } : undefined;
      }
      case 'unknown': {
        const o = this.object(value, path, ['op', 'note']);
        if (!o || !this.required(o, 'note', path)) return undefined;
        const note = this.text(o.note, at(path, 'note'));
        return note ? { op, note } : undefined;
      }
    }
  }

  countRule(value: unknown, path: string, scope: RuleScope): Rule | undefined {
    const o = this.object(value, path, ['op', 'source', 'where', 'window', 'cmp', 'value']);
    if (!o || !['source', 'window', 'cmp', 'value'].every((k) => this.required(o, k, path))) return undefined;
    const source = this.oneOf(o.source, at(path, 'source'), SOURCES);
    const window = this.window(o.window, at(path, 'window'), scope);
    const cmp = this.oneOf(o.cmp, at(path, 'cmp'), COMPARATORS);
    const v = this.numberValue(o.value, at(path, 'value'));
    const where = source && o.where !== undefined ? this.filter(source, o.where, at(path, 'where')) : undefined;
    if (!source || !window || !cmp || v === undefined || (o.where !== undefined && !where)) return undefined;
    const rule = { op: 'count', source, window, cmp, value: v } as Rule & { where?: unknown };
    if (where) rule.where = where;
    return rule;
  }

  filter(source: Source, value: unknown, path: string): object | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.add(path, 'EXPECTED_OBJECT');
    const allowed = FILTER_FIELDS[source] as readonly string[];
    const out: Obj = {};
    let ok = true;
    for (const [key, v] of Object.entries(value as Obj)) {
      const p = at(path, key);
      if (!allowed.includes(key)) {
        this.add(p, 'FILTER_NOT_FOR_SOURCE', { field: key, source, allowed: allowed.join(', ') });
        ok = false;
        continue;
      }
      const parsed = this.filterField(source, key, v, p);
      if (parsed === undefined) ok = false;
      else out[key] = parsed;
    }
    if (!ok) return undefined;
    if (out.recognized === false && (out.minRecognitionLevel || out.recognitionLevels)) {
      return this.add(at(path, 'recognized'), 'CONFLICT', { other: out.minRecognitionLevel ? 'minRecognitionLevel' : 'recognitionLevels' });
    }
    if (typeof out.min === 'number' && typeof out.max === 'number' && out.min > out.max) return this.add(at(path, 'min'), 'CONFLICT', { other: 'max' });
    return out;
  }

  filterField(source: Source, key: string, v: unknown, p: string): unknown {
    const levels: readonly string[] = source === 'RATING' ? RATING_LEVELS : AWARD_LEVELS;
    const catalogue = (x: unknown, q: string) => this.code(x, q, CATALOGUE_CODE, 'A-Z, 0-9, _');
    switch (key) {
      case 'awardTypes':
      case 'codes':
      case 'issuerRoles':
        return this.list(v, p, catalogue);
      case 'keys':
        return this.list(v, p, (x, q) => this.code(x, q, KEY, 'letters, digits, _ . -, at most 120'));
      case 'issuerLevels':
      case 'recognitionLevels':
        return this.list(v, p, (x, q) => this.oneOf(x, q, AWARD_LEVELS));
      case 'levels':
        return this.list(v, p, (x, q) => this.oneOf(x, q, levels));
      case 'minRecognitionLevel':
        return this.oneOf(v, p, AWARD_LEVELS);
      case 'minLevel':
        return this.oneOf(v, p, levels);
      case 'minForm':
        return this.oneOf(v, p, DISCIPLINE_FORMS);
      case 'forms':
        return this.list(v, p, (x, q) => this.oneOf(x, q, DISCIPLINE_FORMS));
      case 'recognized':
      case 'applied':
      case 'value':
        return this.boolean(v, p);
      case 'occasion':
        return this.text(v, p, 500);
      case 'min':
      case 'max':
        return this.number(v, p);
      case 'verdict':
        return this.oneOf(v, p, ['PASS', 'FAIL'] as const);
    }
    return undefined;
  }

  // -- sets ------------------------------------------------------------------------------------

  criteriaSet(value: unknown): CriteriaSet | undefined {
    const o = this.object(value, '', ['version', 'code', 'title', 'description', 'source', 'period', 'field', 'parameters', 'roleGroups', 'criteria', 'combine']);
    if (!o) return undefined;
    if (o.version !== undefined && o.version !== CRITERIA_FORMAT_VERSION) {
      this.add('version', 'UNSUPPORTED_VERSION', { value: String(o.version), expected: CRITERIA_FORMAT_VERSION });
    }
    const okCode = this.required(o, 'code', '') ? this.code(o.code, 'code', SET_CODE, 'A-Z, 0-9, _ . -, at most 80') : undefined;
    const title = this.required(o, 'title', '') ? this.localized(o.title, 'title') : undefined;
    const description = o.description === undefined ? undefined : this.localized(o.description, 'description');
    const source = o.source === undefined ? undefined : this.text(o.source, 'source', 2000);
    const field = o.field === undefined ? undefined : this.code(o.field, 'field', CATALOGUE_CODE, 'A-Z, 0-9, _');
    const combine = o.combine === undefined ? 'ALL' : this.oneOf(o.combine, 'combine', ['ALL', 'ANY'] as const);

    let period: CriteriaSet['period'];
    if (o.period !== undefined) {
      const p = this.object(o.period, 'period', ['from', 'to']);
      if (p && this.required(p, 'from', 'period') && this.required(p, 'to', 'period')) {
        const from = this.year(p.from, 'period.from');
        const to = this.year(p.to, 'period.to');
        if (from !== undefined && to !== undefined) {
          if (from > to) this.add('period', 'YEARS_REVERSED', { from, to });
          else period = { from, to };
        }
      }
    }

    const parameters: ParameterDef[] = [];
    if (o.parameters !== undefined) {
      const arr = this.array(o.parameters, 'parameters');
      const seen = new Map<string, string>();
      arr?.forEach((pv, i) => {
        const p = this.parameter(pv, idx('parameters', i));
        if (!p) return;
        const first = seen.get(p.name);
        if (first) this.add(at(idx('parameters', i), 'name'), 'DUPLICATE', { what: 'parameter', value: p.name, first });
        else {
          seen.set(p.name, idx('parameters', i));
          parameters.push(p);
          this.params.set(p.name, p);
        }
      });
    }

    const roleGroups: RoleGroup[] = [];
    if (o.roleGroups !== undefined) {
      const arr = this.array(o.roleGroups, 'roleGroups');
      const seen = new Map<string, string>();
      let fallback: string | undefined;
      arr?.forEach((gv, i) => {
        const p = idx('roleGroups', i);
        const g = this.roleGroup(gv, p);
        if (!g) return;
        const first = seen.get(g.code);
        if (first) return this.add(at(p, 'code'), 'DUPLICATE', { what: 'role group', value: g.code, first });
        seen.set(g.code, p);
        if (g.fallback) {
          if (fallback) return this.add(at(p, 'fallback'), 'SEVERAL_FALLBACKS', { first: fallback });
          if (g.leadership) return this.add(at(p, 'fallback'), 'FALLBACK_LEADERSHIP');
          fallback = g.code;
        }
        roleGroups.push(g);
      });
    }

    const criteria: Criterion[] = [];
    if (this.required(o, 'criteria', '')) {
      const arr = this.array(o.criteria, 'criteria', { nonEmpty: true });
      const keys = new Map<string, string>();
      const attestKeys = new Map<string, string>();
      const groups = new Set(roleGroups.map((g) => g.code));
      arr?.forEach((cv, i) => {
        const p = idx('criteria', i);
        const c = this.criterion(cv, p, groups);
        if (!c) return;
        const first = keys.get(c.key);
        if (first) return this.add(at(p, 'key'), 'DUPLICATE', { what: 'criterion key', value: c.key, first });
        keys.set(c.key, p);
        this.collectAttestKeys(c.rule, at(p, 'rule'), attestKeys);
        criteria.push(c);
      });
    }

    if (this.issues.length || !okCode || !title || !combine) return undefined;
    const set: CriteriaSet = { version: CRITERIA_FORMAT_VERSION, code: okCode, title, parameters, roleGroups, criteria, combine };
    if (description) set.description = description;
    if (source) set.source = source;
    if (period) set.period = period;
    if (field) set.field = field;
    return set;
  }

  /** Attest keys are what attestations reference: unique within the set. */
  collectAttestKeys(rule: Rule, path: string, seen: Map<string, string>): void {
    switch (rule.op) {
      case 'attest': {
        const first = seen.get(rule.key);
        if (first) this.add(at(path, 'key'), 'DUPLICATE', { what: 'attest key', value: rule.key, first });
        else seen.set(rule.key, path);
        return;
      }
      case 'all':
      case 'any':
        rule.of.forEach((r, i) => this.collectAttestKeys(r, idx(at(path, 'of'), i), seen));
        return;
      case 'not':
        return this.collectAttestKeys(rule.rule, at(path, 'rule'), seen);
      case 'everyYear':
      case 'members':
        return this.collectAttestKeys(rule.condition, at(path, 'condition'), seen);
      case 'consecutive':
        this.collectAttestKeys(rule.condition, at(path, 'condition'), seen);
        if (rule.inRun) this.collectAttestKeys(rule.inRun, at(path, 'inRun'), seen);
        return;
      default:
        return;
    }
  }

  parameter(value: unknown, path: string): ParameterDef | undefined {
    const o = this.object(value, path, ['name', 'kind', 'default', 'min', 'max', 'title', 'note']);
    if (!o || !['name', 'kind', 'default', 'title'].every((k) => this.required(o, k, path))) return undefined;
    const name = this.code(o.name, at(path, 'name'), PARAM_NAME, 'a letter, then letters, digits or _');
    const kind = this.oneOf(o.kind, at(path, 'kind'), ['WINDOW', 'NUMBER'] as const);
    const title = this.localized(o.title, at(path, 'title'));
    const note = o.note === undefined ? undefined : this.text(o.note, at(path, 'note'), 2000);
    if (!name || !kind || !title) return undefined;
    if (kind === 'WINDOW') {
      if (o.min !== undefined) this.add(at(path, 'min'), 'UNKNOWN_FIELD');
      if (o.max !== undefined) this.add(at(path, 'max'), 'UNKNOWN_FIELD');
      const def = this.window(o.default, at(path, 'default'), { inRun: false, depth: 0 });
      if (!def) return undefined;
      if (def.kind === 'PARAM') return this.add(at(path, 'default.kind'), 'NOT_ONE_OF', { value: 'PARAM', allowed: 'ANY, YEARS, PLAN_PERIOD, ROLLING, THIS_YEAR' });
      return note ? { name, kind, default: def, title, note } : { name, kind, default: def, title };
    }
    const def = this.number(o.default, at(path, 'default'));
    const min = o.min === undefined ? undefined : this.number(o.min, at(path, 'min'));
    const max = o.max === undefined ? undefined : this.number(o.max, at(path, 'max'));
    if (def === undefined) return undefined;
    if ((min !== undefined && def < min) || (max !== undefined && def > max)) {
      return this.add(at(path, 'default'), 'OUT_OF_RANGE', { min: min ?? '-∞', max: max ?? '∞', value: def });
    }
    const p: ParameterDef = { name, kind, default: def, title };
    if (min !== undefined) p.min = min;
    if (max !== undefined) p.max = max;
    if (note) p.note = note;
    return p;
  }

  roleGroup(value: unknown, path: string): RoleGroup | undefined {
    const o = this.object(value, path, ['code', 'title', 'match', 'leadership', 'fallback']);
    if (!o || !['code', 'title', 'match'].every((k) => this.required(o, k, path))) return undefined;
    const code = this.code(o.code, at(path, 'code'), CATALOGUE_CODE, 'A-Z, 0-9, _');
    const title = this.localized(o.title, at(path, 'title'));
    const match = this.list(o.match, at(path, 'match'), (mv, mp) => this.roleMatcher(mv, mp));
    const leadership = o.leadership === undefined ? undefined : this.boolean(o.leadership, at(path, 'leadership'));
    const fallback = o.fallback === undefined ? undefined : this.boolean(o.fallback, at(path, 'fallback'));
    if (!code || !title || !match) return undefined;
    const g: RoleGroup = { code, title, match };
    if (leadership) g.leadership = true;
    if (fallback) g.fallback = true;
    return g;
  }

  roleMatcher(value: unknown, path: string): RoleMatcher | undefined {
    const o = this.object(value, path, ['roles', 'organizationKinds']);
    if (!o || !this.required(o, 'roles', path)) return undefined;
    const roles = this.list(o.roles, at(path, 'roles'), (x, q) => this.code(x, q, ROLE_CODE, 'A-Z and _, at most 40'));
    const kinds = o.organizationKinds === undefined ? undefined : this.list(o.organizationKinds, at(path, 'organizationKinds'), (x, q) => this.code(x, q, CATALOGUE_CODE, 'A-Z, 0-9, _'));
    if (!roles || (o.organizationKinds !== undefined && !kinds)) return undefined;
    return kinds ? { roles, organizationKinds: kinds } : { roles };
  }

  criterion(value: unknown, path: string, groups: Set<string>): Criterion | undefined {
    const o = this.object(value, path, ['key', 'title', 'sourceText', 'source', 'confidence', 'note', 'appliesTo', 'roleGroup', 'field', 'rule']);
    if (!o || !['key', 'title', 'sourceText', 'confidence', 'appliesTo', 'rule'].every((k) => this.required(o, k, path))) return undefined;
    const key = this.code(o.key, at(path, 'key'), KEY, 'letters, digits, _ . -, at most 120');
    const title = this.localized(o.title, at(path, 'title'));
    const sourceText = this.text(o.sourceText, at(path, 'sourceText'));
    const source = o.source === undefined ? undefined : this.text(o.source, at(path, 'source'), 2000);
    const confidence = this.oneOf(o.confidence, at(path, 'confidence'), CONFIDENCES);
    const note = o.note === undefined ? undefined : this.text(o.note, at(path, 'note'), 4000);
    const appliesTo = this.list(o.appliesTo, at(path, 'appliesTo'), (x, q) => this.oneOf(x, q, SUBJECT_KINDS));
    const field = o.field === undefined ? undefined : this.code(o.field, at(path, 'field'), CATALOGUE_CODE, 'A-Z, 0-9, _');
    let roleGroup: string | undefined;
    if (o.roleGroup !== undefined) {
      roleGroup = this.code(o.roleGroup, at(path, 'roleGroup'), CATALOGUE_CODE, 'A-Z, 0-9, _');
      if (roleGroup && !groups.has(roleGroup)) roleGroup = this.add(at(path, 'roleGroup'), 'UNKNOWN_ROLE_GROUP', { value: roleGroup });
      else if (roleGroup && appliesTo && appliesTo.some((k: SubjectKind) => k !== 'CA_NHAN')) this.add(at(path, 'appliesTo'), 'ROLE_GROUP_KIND');
    }
    const rule = this.rule(o.rule, at(path, 'rule'), { inRun: false, depth: 0 });
    if (!key || !title || !sourceText || !confidence || !appliesTo || !rule) return undefined;
    if ((o.source !== undefined && !source) || (o.note !== undefined && !note) || (o.field !== undefined && !field) || (o.roleGroup !== undefined && !roleGroup)) return undefined;
    const c: Criterion = { key, title, sourceText, confidence, appliesTo, rule };
    if (source) c.source = source;
    if (note) c.note = note;
    if (roleGroup) c.roleGroup = roleGroup;
    if (field) c.field = field;
    // Keep a stable key order in the stored JSON: key, title, sourceText, source, confidence, note, appliesTo, roleGroup, field, rule.
    return {
      key: c.key,
      title: c.title,
      sourceText: c.sourceText,
      ...(c.source ? { source: c.source } : {}),
      confidence: c.confidence,
      ...(c.note ? { note: c.note } : {}),
      appliesTo: c.appliesTo,
      ...(c.roleGroup ? { roleGroup: c.roleGroup } : {}),
      ...(c.field ? { field: c.field } : {}),
      rule: c.rule,
    };
  }
}
