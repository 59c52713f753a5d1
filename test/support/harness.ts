import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { Client } from 'pg';
import { inject } from 'vitest';
import { createDataSource as makeDataSource, createDb, type Db } from '@exemplar/api/db';

type DataSource = ReturnType<typeof makeDataSource>;
import { createApp, listen } from '@exemplar/api/server';
import { IdentityRepository, newToken, sha256 } from '@exemplar/api/modules';
import type { AppOptions } from '@exemplar/api/server';
type AccessOptions = NonNullable<AppOptions['access']>;

const TEMPLATE_DB = 'exemplar_template';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[] };
  headers: Headers;
  /** SQL statements the request sent (x-sql-statements). */
  statements: number;
}

/** A role granted on an organization subtree and/or a territorial subtree (ids). */
export interface TestGrant {
  role: 'NATIONAL_ADMIN' | 'ADMIN' | 'REVIEWER' | 'ANALYST' | 'API_CLIENT';
  organizationId?: string | null;
  unitId?: string | null;
}

/** Someone calling the API: a signed-in user (Bearer token) or nobody. */
export interface Caller {
  token: string | null;
  userId: string | null;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  post(body: string, headers?: Record<string, string>): Promise<Response>;
}

export interface TestServer extends Caller {
  url: string;
  graphqlUrl: string;
  databaseUrl: string;
  dataSource: DataSource;
  /** Direct SQL on the test's own database (for arranging and asserting; not through the API). */
  db: Db;
  /** `gql` and `post` call as a national administrator signed in for the test; these call as nobody. */
  anonymous: Caller;
  /** A new user with these grants, signed in (a session made directly, without hashing a password). */
  signedIn(grants: TestGrant[], name?: string): Promise<Caller>;
  close(): Promise<void>;
}

/** A fresh database cloned from the migrated, loaded template; created per test file. */
export async function cloneDatabase(): Promise<string> {
  const serverUrl = inject('pgServerUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
        break;
      } catch (error) {
        // Two files cloning at the same instant: the template is briefly "in use".
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  return `${serverUrl}/${name}`;
}

/** The real server (Express + Apollo) on a real PostgreSQL, listening on a free loopback port. */
export async function startTestServer(
  options: {
    adminDir?: string | null;
    poolSize?: number;
    timeouts?: { connect?: number; statement?: number; lock?: number };
    clock?: () => Date;
    access?: AccessOptions;
  } = {},
): Promise<TestServer> {
  const databaseUrl = await cloneDatabase();
  const dataSource = makeDataSource({ url: databaseUrl, poolSize: options.poolSize ?? 5, timeouts: options.timeouts });
  await dataSource.initialize();
  const { app, stop } = await createApp({
    dataSource,
    exposeQueryStats: true,
    clock: options.clock,
    access: options.access,
    adminDir: options.adminDir === undefined ? null : options.adminDir,
    // EXEMPLAR_TEST_LOG=1 prints the server's log (masked internal errors included) while debugging a test.
    log: process.env.EXEMPLAR_TEST_LOG ? undefined : () => undefined,
  });
  const server: Server = await listen(app, 0);
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const graphqlUrl = `${url}/graphql`;

  const db = createDb(dataSource);
  let users = 0;
  const caller = (token: string | null, userId: string | null): Caller => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body,
      });
    return {
      token,
      userId,
      post,
      async gql<T>(query: string, variables?: Record<string, unknown>) {
        const response = await post(JSON.stringify({ query, variables }));
        const text = await response.text();
        let body: GraphQLResponse<T>['body'];
        try {
          body = JSON.parse(text);
        } catch {
          throw new Error(`Non-JSON response (${response.status}): ${text.slice(0, 300)}`);
        }
        return {
          status: response.status,
          body,
          headers: response.headers,
          statements: Number(response.headers.get('x-sql-statements') ?? NaN),
        };
      },
    };
  };
  const signedIn = async (grants: TestGrant[], name?: string): Promise<Caller> => {
    const repo = new IdentityRepository(db);
    const n = ++users;
    const user = await repo.insertUser({ username: `test-${n}`, displayName: name ?? `Test user ${n}`, passwordHash: 'scrypt$test-session-only' });
    for (const g of grants) {
      await repo.insertGrant({ userId: user.id, role: g.role, organizationId: g.organizationId ?? null, unitId: g.unitId ?? null, grantedBy: null });
    }
    const token = newToken();
    await repo.insertSession(user.id, sha256(token), 8);
    return caller(token, user.id);
  };
  const national = await signedIn([{ role: 'NATIONAL_ADMIN' }], 'Quản trị quốc gia (test)');

  return {
    url,
    graphqlUrl,
    databaseUrl,
    dataSource,
    db,
    ...national,
    anonymous: caller(null, null),
    signedIn,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await stop();
      await dataSource.destroy();
    },
  };
}
