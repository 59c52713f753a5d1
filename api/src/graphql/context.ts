import DataLoader from 'dataloader';
import type { Db } from '../db';
import type { Scope } from './list/scope';
import type { Principal } from '../modules/identity/identity.type';

/**
 * DataLoaders of one request, created on first use and keyed by name (plus arguments, where a
 * relation takes some). Never shared across requests.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      // setImmediate rather than the default next tick: a level of a large tree resolves across many
      // promise hops, and every load issued before the event loop turns belongs in one batch.
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 100_000, batchScheduleFn: (dispatch) => setImmediate(dispatch) });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

export interface RequestContext {
  requestId: string;
  db: Db;
  scope: Scope;
  loaders: Loaders;
  /** Who is calling (a signed-in user or an API key), or null. */
  principal?: Principal | null;
  /** Now, for domain rules that depend on it (submission windows); a test server sets its own clock. */
  now(): Date;
  /** Results shared by fields of one request that ask the same question (a list and its count). */
  memo: Map<string, Promise<unknown>>;
}

export function memoize<T>(ctx: RequestContext, key: string, work: () => Promise<T>): Promise<T> {
  let pending = ctx.memo.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = work();
    ctx.memo.set(key, pending);
  }
  return pending;
}

/**
 * Groups rows by their `__key` column into the order DataLoader asks for. Rows keep the column
 * (GraphQL never selects it); copying ten thousand rows to drop it would cost more than it saves.
 */
export function groupByKey<T>(keys: readonly string[], rows: (T & { __key: string })[]): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(row.__key)?.push(row);
  return keys.map((k) => groups.get(k)!);
}

export function indexById<T extends { id: string }>(keys: readonly string[], rows: T[]): (T | null)[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => byId.get(k) ?? null);
}
