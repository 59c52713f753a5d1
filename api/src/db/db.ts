import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** Counts the SQL statements one request sends: tests assert on it, the benchmark reports it. */
export class QueryStats {
  statements = 0;
}

/**
 * The only door to SQL for repositories: values travel as parameters, every statement is counted,
 * and a transaction hands out a Db bound to its connection. Rows come back as they are, for every
 * statement kind (TypeORM's `manager.query` wraps UPDATE/DELETE results in `[rows, count]`).
 */
/** Who a write transaction acts for: written by the audit triggers (transaction-local settings). */
export interface AuditActor {
  actor: string;
  onBehalfOf?: string | null;
  /** The grants the actor acted under, as JSON. */
  jurisdiction?: unknown;
  requestId?: string | null;
}

export interface Db {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  readonly stats: QueryStats;
  /** Set once the request knows who is calling; every write transaction opens by recording it. */
  actor?: AuditActor;
}

async function records<T>(runner: QueryRunner, sql: string, params: readonly unknown[]): Promise<T[]> {
  const result = await runner.query(sql, params as unknown[], true);
  return result.records as T[];
}

interface PgPool {
  query(sql: string, params: unknown[]): Promise<{ rows: unknown[] }>;
}

export function createDb(source: DataSource, stats = new QueryStats()): Db {
  // Reads outside a transaction go straight to TypeORM's pg pool: one pooled round trip, no query
  // runner to create and release, no result re-wrapping (it shows on the large nested reads).
  const pool = (source.driver as unknown as { master: PgPool }).master;
  return {
    stats,
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      stats.statements++;
      return (await pool.query(sql, params as unknown[])).rows as T[];
    },
    transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      return source.transaction(async (manager) => {
        const tx = transactionDb(manager, stats);
        const who = this.actor;
        if (who) {
          // Local to this transaction: nothing leaks to the next user of the pooled connection.
          await tx.query(
            `SELECT set_config('exemplar.actor', $1, true), set_config('exemplar.on_behalf_of', $2, true),
                    set_config('exemplar.jurisdiction', $3, true), set_config('exemplar.request_id', $4, true)`,
            [who.actor, who.onBehalfOf ?? '', who.jurisdiction === undefined ? '' : JSON.stringify(who.jurisdiction), who.requestId ?? ''],
          );
        }
        return work(tx);
      });
    },
  };
}

function transactionDb(manager: EntityManager, stats: QueryStats): Db {
  const runner = manager.queryRunner!;
  const db: Db = {
    stats,
    query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      stats.statements++;
      return records<T>(runner, sql, params);
    },
    // Nested work joins the open transaction.
    transaction: (work) => work(db),
  };
  return db;
}
