import type { Db } from '../../db';
import { countQuery, cursorQuery, encodeCursor, pageQuery, type CursorArgs, type PageArgs } from './list-query';
import type { ListSpec } from './list-spec';
import type { Scope } from './scope';

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
}

/** Runs the generic list queries of any resource; the spec says which table and how to filter. */
export async function findPage<T, F>(db: Db, spec: ListSpec<F>, args: PageArgs<F>, scope: Scope): Promise<Page<T>> {
  const query = pageQuery(spec, args, scope);
  const rows = await db.query<T & { __total: string }>(query.sql, query.params);
  if (rows.length > 0) {
    const total = Number(rows[0].__total);
    for (const row of rows) delete (row as { __total?: string }).__total;
    return { items: rows, total };
  }
  if (query.offset === 0) return { items: [], total: 0 };
  // Past the last page: the window count saw no rows, so count separately.
  const count = countQuery(spec, args.filter, scope);
  const [{ total }] = await db.query<{ total: string }>(count.sql, count.params);
  return { items: [], total: Number(total) };
}

export async function findConnection<T extends { id: string }, F>(
  db: Db,
  spec: ListSpec<F>,
  args: CursorArgs<F>,
  scope: Scope,
  withTotal: boolean,
): Promise<Connection<T>> {
  const query = cursorQuery(spec, args, scope);
  const rows = await db.query<T & { __sort: unknown }>(query.sql, query.params);
  const hasNextPage = rows.length > query.limit;
  const edges = rows.slice(0, query.limit).map((row) => {
    const { __sort, ...node } = row;
    return { cursor: encodeCursor(__sort instanceof Date ? __sort.toISOString() : __sort, row.id), node: node as unknown as T };
  });
  let totalCount: number | null = null;
  if (withTotal) {
    const count = countQuery(spec, args.filter, scope);
    const [{ total }] = await db.query<{ total: string }>(count.sql, count.params);
    totalCount = Number(total);
  }
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
