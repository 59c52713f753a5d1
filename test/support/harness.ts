import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { Client } from 'pg';
import { inject } from 'vitest';
import { createDataSource as makeDataSource, createDb, type Db } from '@exemplar/api/db';

type DataSource = ReturnType<typeof makeDataSource>;
import { createApp, listen } from '@exemplar/api/server';

const TEMPLATE_DB = 'exemplar_template';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[] };
  headers: Headers;
  /** SQL statements the request sent (x-sql-statements). */
  statements: number;
}

export interface TestServer {
  url: string;
  graphqlUrl: string;
  databaseUrl: string;
  dataSource: DataSource;
  /** Direct SQL on the test's own database (for arranging and asserting; not through the API). */
  db: Db;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** POST any body (for malformed-request tests). */
  post(body: string, headers?: Record<string, string>): Promise<Response>;
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
  options: { adminDir?: string | null; poolSize?: number; timeouts?: { connect?: number; statement?: number; lock?: number }; clock?: () => Date } = {},
): Promise<TestServer> {
  const databaseUrl = await cloneDatabase();
  const dataSource = makeDataSource({ url: databaseUrl, poolSize: options.poolSize ?? 5, timeouts: options.timeouts });
  await dataSource.initialize();
  const { app, stop } = await createApp({
    dataSource,
    exposeQueryStats: true,
    clock: options.clock,
    adminDir: options.adminDir === undefined ? null : options.adminDir,
    // EXEMPLAR_TEST_LOG=1 prints the server's log (masked internal errors included) while debugging a test.
    log: process.env.EXEMPLAR_TEST_LOG ? undefined : () => undefined,
  });
  const server: Server = await listen(app, 0);
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const graphqlUrl = `${url}/graphql`;

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  return {
    url,
    graphqlUrl,
    databaseUrl,
    dataSource,
    db: createDb(dataSource),
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
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await stop();
      await dataSource.destroy();
    },
  };
}
