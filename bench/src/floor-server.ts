/**
 * The floor: the same questions answered by one hand-written SQL statement each, the JSON built by
 * PostgreSQL and passed through untouched, behind a bare node:http server and a pg Pool of the same
 * size as the API's. It accepts the very request the API gets (POST /graphql, same body), so both
 * servers are loaded identically; nothing answering GraphQL can be faster.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { requiredEnv, runServerChild } from './child';
import { normaliseQuery, QUERIES, type BenchQuery } from './queries';

const MAX_BODY = 1 << 20;

runServerChild(async () => {
  const pool = new pg.Pool({
    connectionString: requiredEnv('BENCH_DB_URL'),
    max: Number(requiredEnv('BENCH_POOL_SIZE')),
    application_name: 'exemplar-bench-floor',
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection closed by the server (PostgreSQL stopping) must not crash the process.
  pool.on('error', (error) => console.error(`floor pool: ${error.message}`));
  const byText = new Map<string, BenchQuery>(QUERIES.map((q) => [normaliseQuery(q.graphql), q]));

  const fail = (res: ServerResponse, status: number, message: string) => {
    const payload = JSON.stringify({ errors: [{ message }] });
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
    res.end(payload);
  };

  const answer = async (req: IncomingMessage, res: ServerResponse, raw: string) => {
    let body: { query?: unknown; variables?: unknown };
    try {
      body = JSON.parse(raw) as typeof body;
    } catch {
      return fail(res, 400, 'The request body is not valid JSON.');
    }
    const query = typeof body.query === 'string' ? byText.get(normaliseQuery(body.query)) : undefined;
    if (!query) return fail(res, 400, 'The floor server answers only the benchmark queries.');
    const variables = (body.variables && typeof body.variables === 'object' ? body.variables : {}) as Record<string, unknown>;
    const result = await pool.query<[string]>({ text: query.floorSql, values: query.floorParams(variables), rowMode: 'array' });
    const payload = `{"data":${result.rows[0][0]}}`;
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(payload),
      'x-sql-statements': '1',
    });
    res.end(payload);
  };

  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql') return fail(res, 404, 'Not found.');
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      answer(req, res, Buffer.concat(chunks).toString('utf8')).catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) fail(res, 500, 'Internal error.');
        else res.destroy();
      });
    });
  });
  const port = Number(requiredEnv('BENCH_PORT'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    port,
    async close() {
      server.close();
      server.closeAllConnections();
      await pool.end();
    },
  };
});
