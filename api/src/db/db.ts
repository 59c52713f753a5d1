import { createHash } from 'node:crypto';
import pg, { type PoolClient } from 'pg';
import { enterJurisdiction, NAMES_A_JURISDICTION_TABLE } from './jurisdiction-sql';
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
}

async function records<T>(runner: QueryRunner, sql: string, params: readonly unknown[]): Promise<T[]> {
  const result = await runner.query(sql, params as unknown[], true);
  return result.records as T[];
}

interface PgPool {
  query(sql: string, params: unknown[]): Promise<{ rows: unknown[] }>;
  connect(): Promise<PoolClient>;
}

function poolOf(source: DataSource): PgPool {
  return (source.driver as unknown as { master: PgPool }).master;
}

export function createDb(source: DataSource, stats = new QueryStats()): Db {
  // Reads outside a transaction go straight to TypeORM's pg pool: one pooled round trip, no query
  // runner to create and release, no result re-wrapping (it shows on the large nested reads).
  const pool = poolOf(source);
  return {
    stats,
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      stats.statements++;
      return (await pool.query(sql, params as unknown[])).rows as T[];
    },
    transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      // The owner's work (the loader, the CLI): the audit trail records it as `system`.
      return source.transaction((manager) => work(transactionDb(manager, stats)));
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

/**
 * What a request's transaction runs as: the jurisdiction (all, none, or the roots
 * of its grants' subtrees) and who is acting (for the audit trail). Decided once the operation is
 * known, before the first statement.
 */
export interface RequestSession {
  jurisdiction: { kind: 'all' } | { kind: 'none' } | { kind: 'jurisdiction'; organizationRoots: readonly string[]; unitRoots: readonly string[] };
  actor?: AuditActor;
}

export interface RequestDb extends Db {
  readonly session: RequestSession;
  /** A statement's rows and its columns' names (known even when there are no rows). */
  columns<T>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[]; columns: string[] }>;

  /** Commits the request's transaction (if one was opened) and returns its connection to the pool. */
  finish(): Promise<void>;
}

const IDS = /^[0-9]{1,19}$/;

/**
 * A request's statement as a named prepared statement: each connection parses and plans a statement
 * text once and reuses the plan (jurisdiction conditions included), rather than planning it on every
 * request. Names derive from the text; connections are recycled (maxUses) so that what they keep
 * stays bounded.
 */
const statementNames = new Map<string, string>();
function prepared(sql: string, values: unknown[]): pg.QueryConfig {
  let name = statementNames.get(sql);
  if (!name) {
    name = `s${createHash('sha1').update(sql).digest('base64url').slice(0, 24)}`;
    if (statementNames.size < 20_000) statementNames.set(sql, name);
  }
  return { name, text: sql, values };
}

/** A statement PostgreSQL refused, shaped like TypeORM's QueryFailedError (callers read `driverError`). */
export class StatementFailed extends Error {
  readonly driverError: Error & { code?: string; constraint?: string };
  readonly code?: string;
  constructor(error: Error & { code?: string; constraint?: string }) {
    super(error.message);
    this.name = 'StatementFailed';
    this.driverError = error;
    this.code = error.code;
  }
}

/** Ids as a bigint[] literal, sorted and distinct (the key of a cached extent). */
function idArray(ids: readonly string[]): string {
  if (!ids.every((id) => IDS.test(id))) throw new Error('jurisdiction roots must be ids');
  const sorted = [...new Set(ids.map(BigInt))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `'{${sorted.join(',')}}'::bigint[]`;
}

/** The pool requests use: its connections log in as the owner but run as the app's role. */
export interface RequestPool {
  query(statement: string | pg.QueryConfig, params?: unknown[]): Promise<{ rows: unknown[] }>;
  connect(): Promise<PoolClient>;
  end(): Promise<void>;
}

/** Single statements on a request pool, outside any transaction (identifying the caller). */
export function createPoolDb(pool: RequestPool, stats = new QueryStats()): Db {
  const db: Db = {
    stats,
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      stats.statements++;
      return (await pool.query(sql, params as unknown[])).rows as T[];
    },
    transaction: () => Promise.reject(new Error('no transactions on a pool Db')),
  };
  return db;
}

/**
 * The connections requests run on: the data source's database and limits, with the app's role as
 * every session's role (`-c role=…`), so that nothing a request sends runs as the owner. `role: null`
 * keeps the owner (a test switch: row-level security off).
 */
export function createRequestPool(source: DataSource, role: string | null): RequestPool {
  const options = source.options as { url?: string; extra?: Record<string, unknown> };
  const pool = new pg.Pool({
    connectionString: options.url,
    ...(options.extra as pg.PoolConfig),
    maxUses: 20_000,
    ...(role ? { options: `-c role=${role}` } : {}),
  });
  // An idle connection dropped by the server (restart, kill) must not bring the process down; the
  // pool replaces it on the next request.
  pool.on('error', (error) => console.error(JSON.stringify({ level: 'warn', message: `idle database connection lost: ${error.message}` })));
  return pool;
}

/**
 * A request's statements run on one pooled connection, inside a transaction opened by its first
 * statement: a single round trip begins it, writes the jurisdiction and the actor as
 * transaction-local settings and switches to the app's role, so row-level security applies to every
 * statement after it. Write work commits as soon as it succeeds (locks are not held while the rest
 * of the response is built) and rolls back entirely when it fails; the next statement opens a fresh
 * transaction the same way. Transaction-local settings never reach the next user of the connection.
 */
export function createRequestDb(pool: RequestPool, session: RequestSession, stats = new QueryStats()): RequestDb {
  let connecting: Promise<PoolClient> | null = null;
  /** The open transaction, or the step that opens it; null when none is open. */
  let begun: Promise<void> | null = null;
  // Write transactions of one request run one after another (GraphQL runs mutations in order; this
  // guards against work that would start two at once on the one connection).
  let writing: Promise<unknown> = Promise.resolve();

  /**
   * BEGIN and the settings in one message: who acts, and the jurisdiction — for a set of roots whose
   * extent the database has cached for the hierarchy's current generation, plain reads; otherwise its
   * function computes (and caches) it.
   */
  const prelude = (client: PoolClient): string => {
    const lit = (v: string) => client.escapeLiteral(v);
    const who = session.actor;
    const j = session.jurisdiction;
    const settings = [
      ['exemplar.actor', who?.actor ?? 'anonymous'],
      ['exemplar.on_behalf_of', who?.onBehalfOf ?? ''],
      ['exemplar.jurisdiction', who?.jurisdiction === undefined || who.jurisdiction === null ? '' : JSON.stringify(who.jurisdiction)],
      ['exemplar.request_id', who?.requestId ?? ''],
      // A jurisdiction's scope is set by the function that opens it (in the same statement).
      ...(j.kind === 'jurisdiction' ? [] : [['exemplar.scope', j.kind === 'all' ? 'all' : 'none']]),
    ]
      .map(([k, v]) => `set_config(${lit(k)}, ${lit(v)}, true)`)
      .join(', ');
    const enter = j.kind === 'jurisdiction' ? `, (${enterJurisdiction(idArray(j.organizationRoots), idArray(j.unitRoots))})` : '';
    return `BEGIN; SELECT ${settings}${enter};`;
  };

  const connection = (): Promise<PoolClient> => (connecting ??= pool.connect());
  // One statement at a time on the connection: DataLoaders of one level ask at once, and pg wants
  // each query sent after the previous one finished.
  let tail: Promise<unknown> = Promise.resolve();
  const send = <R>(client: PoolClient, statement: string | pg.QueryConfig): Promise<R> => {
    const next = tail.then(() => client.query(statement));
    tail = next.catch(() => undefined);
    return next as Promise<R>;
  };

  /** The connection, inside an open transaction. */
  const open = async (): Promise<PoolClient> => {
    const client = await connection();
    begun ??= send(client, prelude(client)).then(() => undefined);
    try {
      await begun;
    } catch (error) {
      begun = null;
      await send(client, 'ROLLBACK').catch(() => undefined);
      throw error;
    }
    return client;
  };

  /** Ends the open transaction; the next statement opens another. */
  const end = async (client: PoolClient, how: 'COMMIT' | 'ROLLBACK'): Promise<void> => {
    begun = null;
    await send(client, how);
  };

  let inWrite = false;
  const execute = async <T>(sql: string, params: readonly unknown[]): Promise<{ rows: T[]; fields: { name: string }[] }> => {
    stats.statements++;
    // Reference data needs no jurisdiction: one pooled round trip, outside the transaction. Whatever
    // a statement without a guarded table's name could reach, it reaches as the app's role with no
    // jurisdiction set — nothing, should it ever touch a guarded table.
    if (!inWrite && !NAMES_A_JURISDICTION_TABLE.test(sql)) {
      try {
        return (await pool.query(prepared(sql, params as unknown[]))) as unknown as { rows: T[]; fields: { name: string }[] };
      } catch (error) {
        throw error instanceof Error && 'severity' in error ? new StatementFailed(error) : error;
      }
    }
    const client = await open();
    try {
      return await send<{ rows: T[]; fields: { name: string }[] }>(client, prepared(sql, params as unknown[]));
    } catch (error) {
      // A failed read aborts the transaction; roll it back so the request's next statements still run
      // (write work rolls back as a whole, below).
      if (!inWrite && begun) await end(client, 'ROLLBACK').catch(() => undefined);
      throw error instanceof Error && 'severity' in error ? new StatementFailed(error) : error;
    }
  };
  const query = async <T>(sql: string, params: readonly unknown[] = []): Promise<T[]> => (await execute<T>(sql, params)).rows;

  const inner: Db = { stats, query, transaction: (work) => work(inner) };

  const db: RequestDb = {
    stats,
    session,
    query,
    async columns<T>(sql: string, params: readonly unknown[] = []) {
      const result = await execute<T>(sql, params);
      return { rows: result.rows, columns: result.fields.map((f) => f.name) };
    },
    transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      const run = async () => {
        const client = await open();
        inWrite = true;
        try {
          const result = await work(inner);
          await end(client, 'COMMIT');
          return result;
        } catch (error) {
          await end(client, 'ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          inWrite = false;
        }
      };
      const result = writing.then(run, run);
      writing = result.catch(() => undefined);
      return result;
    },
    async finish() {
      if (!connecting) return;
      const client = await connecting.catch(() => null);
      connecting = null;
      if (!client) return;
      try {
        if (begun) {
          await begun.catch(() => undefined);
          // Statements outside write work (a session row written at sign-in) are kept; an aborted
          // transaction turns this COMMIT into a rollback.
          await end(client, 'COMMIT');
        }
        client.release();
      } catch (error) {
        client.release(error as Error);
      }
    },
  };
  return db;
}
