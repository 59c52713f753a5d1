import { AppError } from '../errors';
import type { ListSpec } from './list-spec';
import type { Scope } from './scope';
import { SqlParams } from './sql-params';

export interface PageArgs<TFilter> {
  page?: number | null;
  perPage?: number | null;
  sortField?: string | null;
  sortOrder?: string | null;
  filter?: TFilter | null;
}

export interface CursorArgs<TFilter> {
  first?: number | null;
  after?: string | null;
  sortField?: string | null;
  sortOrder?: string | null;
  filter?: TFilter | null;
}

export const DEFAULT_PER_PAGE = 25;

interface ResolvedSort {
  field: string;
  sql: string;
  type: string;
  order: 'ASC' | 'DESC';
}

export function resolveSort<F>(spec: ListSpec<F>, field?: string | null, order?: string | null): ResolvedSort {
  const name = field ?? spec.defaultSort.field;
  const sortable = Object.prototype.hasOwnProperty.call(spec.sortable, name) ? spec.sortable[name] : undefined;
  if (!sortable) {
    throw new AppError('INVALID_SORT_FIELD', { field: String(name).slice(0, 64), allowed: Object.keys(spec.sortable).join(', ') }, 'sortField');
  }
  const direction = order == null ? (field == null ? spec.defaultSort.order : 'ASC') : String(order).toUpperCase();
  if (direction !== 'ASC' && direction !== 'DESC') {
    throw new AppError('INVALID_SORT_ORDER', { order: String(order).slice(0, 16) }, 'sortOrder');
  }
  return { field: name, sql: sortable.sql, type: sortable.type, order: direction };
}

function pageSize(requested: number | null | undefined, max: number, field: string): number {
  const size = requested ?? DEFAULT_PER_PAGE;
  if (!Number.isInteger(size) || size < 0) throw new AppError('INVALID_PAGE', {}, field);
  if (size > max) throw new AppError('PAGE_SIZE_TOO_LARGE', { max, requested: size }, field);
  return size;
}

/** The WHERE of a list: its filter's conditions and the scope's. */
export function whereClause<F>(spec: ListSpec<F>, filter: F | null | undefined, scope: Scope, params: SqlParams): string {
  const conditions = spec.where((filter ?? {}) as F, params);
  const scoped = spec.scope(scope, params);
  if (scoped) conditions.push(scoped);
  return conditions.length ? `WHERE ${conditions.map((c) => `(${c})`).join(' AND ')}` : '';
}

export interface SqlQuery {
  sql: string;
  params: unknown[];
}

/**
 * One statement for a react-admin page and its total: the window count runs over the same filtered
 * set, so the filter is evaluated once. `id` is always the last sort key so pages are stable.
 */
export function pageQuery<F>(spec: ListSpec<F>, args: PageArgs<F>, scope: Scope): SqlQuery & { limit: number; offset: number } {
  const params = new SqlParams();
  // react-admin's getMany sends only `filter.ids`: answer all of them, not a default page.
  const ids = (args.filter as { ids?: unknown } | null | undefined)?.ids;
  const limit = pageSize(args.perPage ?? (Array.isArray(ids) ? ids.length : null), spec.maxPerPage, 'perPage');
  const page = args.page ?? 0;
  if (!Number.isInteger(page) || page < 0) throw new AppError('INVALID_PAGE', {}, 'page');
  const offset = page * limit;
  if (!Number.isSafeInteger(offset)) throw new AppError('INVALID_PAGE', {}, 'page');
  const sort = resolveSort(spec, args.sortField, args.sortOrder);
  const where = whereClause(spec, args.filter, scope, params);
  const sql = `SELECT ${spec.select}, count(*) OVER () AS "__total"
    FROM ${spec.from} ${where}
    ORDER BY ${sort.sql} ${sort.order}, ${spec.alias}.id ${sort.order}
    LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`;
  return { sql, params: params.values, limit, offset };
}

export function countQuery<F>(spec: ListSpec<F>, filter: F | null | undefined, scope: Scope): SqlQuery {
  const params = new SqlParams();
  const where = whereClause(spec, filter, scope, params);
  return { sql: `SELECT count(*) AS "total" FROM ${spec.from} ${where}`, params: params.values };
}

/** Cursors are opaque to clients: the sort value and id of the last row, base64url JSON. */
export function encodeCursor(value: unknown, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

function decodeCursor(cursor: string): [unknown, string] {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(decoded) && decoded.length === 2 && typeof decoded[1] === 'string' && /^\d{1,19}$/.test(decoded[1])) {
      return decoded as [unknown, string];
    }
  } catch {
    // fall through
  }
  throw new AppError('INVALID_CURSOR', {}, 'after');
}

/**
 * Keyset pagination for downstream apps: stable under inserts, no OFFSET scans. Fetches one row more
 * than asked to know whether another page follows.
 */
export function cursorQuery<F>(spec: ListSpec<F>, args: CursorArgs<F>, scope: Scope): SqlQuery & { limit: number; sortField: string } {
  const params = new SqlParams();
  const limit = pageSize(args.first, spec.maxPerPage, 'first');
  const sort = resolveSort(spec, args.sortField, args.sortOrder);
  let where = whereClause(spec, args.filter, scope, params);
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    const op = sort.order === 'ASC' ? '>' : '<';
    const keyset = `(${sort.sql}, ${spec.alias}.id) ${op} (${params.add(value, sort.type)}, ${params.add(id, 'bigint')})`;
    where = where ? `${where} AND ${keyset}` : `WHERE ${keyset}`;
  }
  const sql = `SELECT ${spec.select}, ${sort.sql} AS "__sort"
    FROM ${spec.from} ${where}
    ORDER BY ${sort.sql} ${sort.order}, ${spec.alias}.id ${sort.order}
    LIMIT ${params.add(limit + 1)}`;
  return { sql, params: params.values, limit, sortField: sort.field };
}
