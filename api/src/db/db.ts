import type { DataSource, EntityManager } from 'typeorm';

/** Counts the SQL statements one request sends: tests assert on it, the benchmark reports it. */
export class QueryStats {
  statements = 0;
}

/**
 * The only door to SQL for repositories: values travel as parameters, every statement is counted,
 * and a transaction hands out a Db bound to its connection.
 */
export interface Db {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  readonly stats: QueryStats;
}

export function createDb(source: DataSource | EntityManager, stats = new QueryStats()): Db {
  const manager = 'manager' in source ? source.manager : source;
  return {
    stats,
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      stats.statements++;
      return (await manager.query(sql, params as unknown[])) as T[];
    },
    async transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      if (manager.queryRunner?.isTransactionActive) return work(this);
      return manager.transaction((txManager) => work(createDb(txManager, stats)));
    },
  };
}
