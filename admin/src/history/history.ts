/**
 * The pure part of a record's history (the audit trail, `allAuditEntries`): who acted, what changed.
 * Rows come as JSON objects of the table's columns in snake_case (secrets and bulky columns left out).
 */

export type AuditAction = 'INSERT' | 'UPDATE' | 'DELETE';
export type Row = Record<string, unknown>;

export interface AuditEntry {
  id: string;
  occurredAt: string;
  actor: string;
  onBehalfOf?: string | null;
  requestId?: string | null;
  tableName: string;
  rowId: string | null;
  action: AuditAction | string;
  before: Row | null;
  after: Row | null;
  transactionId?: string;
}

export type ActorKind = 'user' | 'api_key' | 'anonymous' | 'system' | 'other';

export interface Actor {
  kind: ActorKind;
  id: string | null;
  /** The name the actor had when it acted (names may contain ':'). */
  name: string | null;
}

/** "user:3:Nguyễn Văn A" → { kind: 'user', id: '3', name: 'Nguyễn Văn A' }; "system", "anonymous"; anything else kept whole. */
export function parseActor(actor: string | null | undefined): Actor {
  const text = (actor ?? '').trim();
  if (text === 'system' || text === 'anonymous') return { kind: text, id: null, name: null };
  const match = /^(user|api_key):([^:]*):?(.*)$/.exec(text);
  if (match) return { kind: match[1] as 'user' | 'api_key', id: match[2] || null, name: match[3] || null };
  return { kind: 'other', id: null, name: text || null };
}

/**
 * The actor as read by a person: the kind's label (translated by the caller) and the name,
 * "Người dùng: Nguyễn Văn A", "Khóa API: Cổng thông tin", "Hệ thống (dữ liệu tham chiếu)".
 */
export function actorText(actor: string | null | undefined, kindLabel: (kind: ActorKind) => string): string {
  const parsed = parseActor(actor);
  if (parsed.kind === 'system' || parsed.kind === 'anonymous') return kindLabel(parsed.kind);
  if (parsed.kind === 'other') return parsed.name ?? kindLabel('other');
  const name = parsed.name ?? (parsed.id ? `#${parsed.id}` : '');
  return name ? `${kindLabel(parsed.kind)}: ${name}` : kindLabel(parsed.kind);
}

/** Columns every row carries that say nothing about what changed (shown only when nothing else did). */
export const BOOKKEEPING_COLUMNS = new Set(['id', 'version', 'created_at', 'updated_at', 'search_text']);

export interface FieldChange {
  column: string;
  before: unknown;
  after: unknown;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  return stableJson(a) === stableJson(b);
}

/** JSON with object keys sorted (jsonb does not keep the order keys were written in). */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/**
 * The columns that differ between the row before and after, in the row's column order: only the
 * changed keys. The version and timestamps are left out unless nothing else changed.
 */
export function changedFields(before: Row | null | undefined, after: Row | null | undefined): FieldChange[] {
  const b = before ?? {};
  const a = after ?? {};
  const columns = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const changes = columns.filter((column) => !same(b[column], a[column])).map((column) => ({ column, before: b[column] ?? null, after: a[column] ?? null }));
  const meaningful = changes.filter((c) => !BOOKKEEPING_COLUMNS.has(c.column));
  return meaningful.length ? meaningful : changes;
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as Row).length === 0);

/** A created (or deleted) row's main values: the filled columns, without the bookkeeping, at most `limit`. */
export function mainValues(row: Row | null | undefined, limit = 12): { column: string; value: unknown }[] {
  return Object.entries(row ?? {})
    .filter(([column, value]) => !BOOKKEEPING_COLUMNS.has(column) && !isEmpty(value))
    .slice(0, limit)
    .map(([column, value]) => ({ column, value }));
}

/** What an entry shows: the changes of an update, the values of a creation or of the row deleted. */
export function entryFields(entry: Pick<AuditEntry, 'action' | 'before' | 'after'>): { column: string; before: unknown; after: unknown }[] {
  if (entry.action === 'UPDATE') return changedFields(entry.before, entry.after);
  if (entry.action === 'INSERT') return mainValues(entry.after).map(({ column, value }) => ({ column, before: null, after: value }));
  return mainValues(entry.before).map(({ column, value }) => ({ column, before: value, after: null }));
}

/** A value shortened for a table cell: null as "—", objects as JSON, long text cut with "…". */
export function shortValue(value: unknown, max = 80): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? stableJson(value) : String(value);
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, Math.max(1, max - 1)).trimEnd()}…` : flat;
}

/** "full_name" → "fullName": the console's field name, to label a column with the resource's own labels. */
export function fieldName(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** The audited tables the console has a page for (a row of the log links to it). */
export const TABLE_RESOURCES: Record<string, string> = {
  organization: 'Organization',
  person: 'Person',
  household: 'Household',
  household_member: 'HouseholdMember',
  position: 'Position',
  award_record: 'AwardRecord',
  initiative: 'Initiative',
  initiative_author: 'InitiativeAuthor',
  annual_rating: 'AnnualRating',
  discipline: 'Discipline',
  cultural_title: 'CulturalTitle',
  subject_flag: 'SubjectFlag',
  yearly_metric: 'YearlyMetric',
  attestation: 'Attestation',
  award_type: 'AwardType',
  award_authority_rule: 'AwardAuthorityRule',
  field: 'ActivityField',
  criteria_set: 'CriteriaSet',
  plan: 'Plan',
  exemplar: 'Exemplar',
  nomination: 'Nomination',
  council: 'Council',
  council_member: 'CouncilMember',
  council_session: 'CouncilSession',
  award_decision: 'AwardDecision',
};

/** Resources whose show page the audit log links to. */
export const SHOWN_RESOURCES = new Set(['Organization', 'Person', 'Household', 'CriteriaSet', 'Plan', 'Exemplar', 'Nomination', 'Council', 'CouncilSession', 'AwardDecision', 'AwardType']);

/** Audited tables without a resource of their own (labelled by exemplar.history.tables.*). */
export const OTHER_TABLES = [
  'exemplar_activity',
  'council_session_item',
  'council_attendance',
  'council_conflict',
  'council_vote_cast',
  'award_decision_subject',
  'milestone_completion',
  'app_user',
  'role_grant',
  'api_key',
] as const;

export const AUDIT_ACTIONS: AuditAction[] = ['INSERT', 'UPDATE', 'DELETE'];

/** A day ("2025-07-01") as the first or last instant of that day in the browser's time zone, for the log's from/to filter. */
export function dayBound(day: string | null | undefined, end: boolean): string | null {
  if (!day) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = end ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59, 999) : new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toISOString();
}

/** The local day of an instant ("2025-06-30T17:00:00.000Z" in Hanoi → "2025-07-01"): what the date filter shows back. */
export function dayOf(instant: string | null | undefined): string {
  if (!instant) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(instant)) return instant;
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
