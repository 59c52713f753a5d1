import type { Scope } from './scope';
import type { SqlParams } from './sql-params';

export type SqlType = 'text' | 'bigint' | 'integer' | 'date' | 'timestamptz';

export interface SortableField {
  /** A non-null SQL expression (wrap nullable columns in COALESCE so keyset cursors work). */
  sql: string;
  type: SqlType;
}

/**
 * Everything the generic list machinery needs to know about one resource: where its rows come from,
 * which fields may be sorted, how a filter becomes SQL conditions, and how a scope restricts it.
 */
export interface ListSpec<TFilter> {
  resource: string;
  /** `table alias` of the resource; the alias qualifies `id`. */
  from: string;
  alias: string;
  /** Select list producing the GraphQL object's fields (camelCase aliases). */
  select: string;
  sortable: Record<string, SortableField>;
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  maxPerPage: number;
  where(filter: TFilter, params: SqlParams): string[];
  scope(scope: Scope, params: SqlParams): string | null;
}
