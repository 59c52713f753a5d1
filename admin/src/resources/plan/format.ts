import { PLAN_ITEM_LISTS, type DueExpression, type PlanItemList, type QuotaCount, type WindowRule } from '@exemplar/shared';
import { formatLocalDate } from '../../fields/format';

/** react-admin's translate, or any function of the same shape (tests pass the real messages). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const BOUND_SIGN: Record<string, string> = { MIN: '≥', MAX: '≤', EXACT: '=' };

/** "≥ 10", "≤ 2", "= 3". */
export function countLabel(count: Partial<QuotaCount> | undefined): string {
  if (!count || count.value === undefined) return '—';
  return `${BOUND_SIGN[count.bound ?? ''] ?? ''} ${count.value}`.trim();
}

/** A due expression in words: "đầu Quý II/2023", "06 tháng đầu năm 2024", "hằng năm". */
export function formatDue(due: DueExpression | null | undefined, t: Translate): string {
  if (!due) return '—';
  switch (due.kind) {
    case 'DATE':
      return t('exemplar.plan.due.date', { date: formatLocalDate(due.date, 'vi') });
    case 'MONTH':
      return t('exemplar.plan.due.month', { month: due.month, year: due.year });
    case 'QUARTER': {
      const quarter = t('exemplar.plan.due.quarter', { quarter: t(`exemplar.plan.due.quarter_numeral.${due.quarter}`, { _: String(due.quarter) }), year: due.year });
      return due.part ? t(`exemplar.plan.due.part.${due.part}`, { quarter }) : quarter;
    }
    case 'HALF':
      return t(`exemplar.plan.due.half.${due.half}`, { year: due.year });
    case 'YEAR':
      return t('exemplar.plan.due.year', { year: due.year });
    case 'RECURRING':
      return t(`exemplar.plan.due.recurring.${due.every}`);
  }
}

/** A window rule in words: "ngày 20–25 tháng cuối mỗi quý". */
export function formatWindowRule(rule: WindowRule | null | undefined, t: Translate, locale = 'vi'): string {
  if (!rule) return '—';
  if (rule.every === 'FIXED') return t('exemplar.plan.window.fixed', { from: formatLocalDate(rule.from, locale), to: formatLocalDate(rule.to, locale) });
  const to = rule.days.to === 'LAST' ? t('exemplar.plan.window.last_day') : String(rule.days.to);
  const days = t('exemplar.plan.window.days', { from: rule.days.from, to });
  switch (rule.every) {
    case 'QUARTER':
      return t(rule.month === 'LAST' ? 'exemplar.plan.window.quarter_last' : 'exemplar.plan.window.quarter_month', { days, month: rule.month });
    case 'YEAR':
      return t('exemplar.plan.window.year', { days, month: rule.month });
    case 'MONTH':
      return t('exemplar.plan.window.month', { days });
  }
}

/** An inclusive date range: "01/04/2023 – 30/04/2023", or one date. */
export function formatRange(range: { from: string; to: string }, locale: string): string {
  const from = formatLocalDate(range.from, locale);
  return range.from === range.to ? from : `${from} – ${formatLocalDate(range.to, locale)}`;
}

/** A value of a revision's diff, short enough for a table cell. */
export function formatDiffValue(value: unknown, max = 240): string {
  if (value === undefined) return '∅';
  if (value === null) return 'null';
  const textValue = typeof value === 'string' ? value : JSON.stringify(value);
  return textValue.length > max ? `${textValue.slice(0, max - 1)}…` : textValue;
}

export interface DiffPath {
  /** The plan's part list the path is in (quotaRules), or null for the overview. */
  list: PlanItemList | null;
  /** The part's key (`quotaRules[BB-Q-XA]` → BB-Q-XA), or null. */
  key: string | null;
  /** The rest of the path inside the part or the document (`count.value`). */
  field: string;
}

/** `quotaRules[BB-Q-XA].count.value` → { list: quotaRules, key: BB-Q-XA, field: count.value }. */
export function parseDiffPath(path: string): DiffPath {
  const match = /^([A-Za-z]+)(?:\[([^\]]*)\])?(?:\.(.*))?$/.exec(path);
  if (match && (PLAN_ITEM_LISTS as readonly string[]).includes(match[1])) {
    return { list: match[1] as PlanItemList, key: match[2] ?? null, field: match[3] ?? '' };
  }
  return { list: null, key: null, field: path };
}

export interface DiffChange {
  path: string;
  kind: 'ADDED' | 'REMOVED' | 'CHANGED';
  before?: unknown;
  after?: unknown;
}

/** One line per change: "quotaRules[BB-Q-XA].count.value: 10 → 12". */
export function diffLine(change: DiffChange): string {
  switch (change.kind) {
    case 'ADDED':
      return `${change.path}: + ${formatDiffValue(change.after)}`;
    case 'REMOVED':
      return `${change.path}: − ${formatDiffValue(change.before)}`;
    default:
      return `${change.path}: ${formatDiffValue(change.before)} → ${formatDiffValue(change.after)}`;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The overview keys updatePlan merges, with only what the form changed: a key is sent when its value
 * differs from the document's (compared as JSON), so an unchanged save records nothing.
 */
export function changedKeys(document: Record<string, unknown>, edited: Record<string, unknown>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(edited)) {
    const before = document[key];
    const same = JSON.stringify(before ?? null) === JSON.stringify(value ?? null) || (isObject(before) && isObject(value) && sameObject(before, value));
    if (!same) changes[key] = value;
  }
  return changes;
}

function sameObject(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => JSON.stringify(a[k] ?? null) === JSON.stringify(b[k] ?? null));
}
