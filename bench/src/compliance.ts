/**
 * Quota compliance at national scale: a national plan asking every commune committee for at least 10
 * models a year, ~10,000 commune committees of 2024 and ~3,300 of 2025 (each old one succeeded by a new
 * one on 1 July 2025), ~55,000 nominations. Measures `quotaCompliance` for 2024 and for 2025 (the
 * reform year: old communes reported under their successors) the way the API runs it — one statement
 * for the whole country — and reports the time, the rows and the SQL statements.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDataSource, createDb, ensureDatabase, freePort, prepareDatabase, QueryStats, startEmbeddedPostgres, type EmbeddedDatabase } from '@exemplar/api/db';
import { ComplianceService, Loaders, PlanService, UNRESTRICTED, type RequestContext } from '@exemplar/api/modules';
import { SEED_PLANS, type PlanDocument } from '@exemplar/shared';

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = path.resolve(here, '../results');
const PLAN_CODE = 'BENCH.NATIONAL-COMMUNES';

function context(db: ReturnType<typeof createDb>): RequestContext {
  return { requestId: 'bench', db, scope: UNRESTRICTED, loaders: new Loaders(), now: () => new Date('2025-10-01T03:00:00Z'), memo: new Map() };
}

function nationalPlan(): PlanDocument {
  const base = SEED_PLANS.find((p) => p.code === 'SEED-001-BA-BE')!;
  return {
    ...base,
    code: PLAN_CODE,
    title: 'Kế hoạch thử tải: mỗi xã ít nhất 10 mô hình mỗi năm',
    issuer: { text: 'Thủ tướng Chính phủ', organization: 'TW.THU_TUONG' },
    period: { from: 2024, to: 2025 },
    status: 'ISSUED',
    parentPlans: [],
    legalBases: [],
    criteriaSets: [],
    milestones: [],
    responsibilities: [],
    kpis: [],
    recipients: [],
    council: null,
    unknownParts: [],
    original: null,
    quotaRules: [
      {
        key: 'XA',
        text: 'Mỗi xã, phường, thị trấn giới thiệu ít nhất 10 mô hình mỗi năm.',
        nominators: { kinds: ['UBND'], unitLevel: 'commune', description: 'UBND cấp xã' },
        per: 'UNIT',
        count: { bound: 'MIN', value: 10 },
        every: 'YEAR',
        subjectKinds: [],
        receiver: { text: 'Hội đồng Thi đua - Khen thưởng', organization: null },
      },
    ],
  };
}

async function generate(db: ReturnType<typeof createDb>, planId: string, quotaId: string): Promise<void> {
  await db.query(`INSERT INTO organization (code, name, kind_code, sector_code, unit_id, valid_to, search_text)
    SELECT 'BENCH.XA24.' || u.code, 'UBND ' || u.name, 'UBND', 'TONG_HOP', u.id, '2025-06-30', lower(u.name)
    FROM administrative_unit u WHERE u.dataset = 'VN-2024' AND u.level_code = 'commune'`);
  await db.query(`INSERT INTO organization (code, name, kind_code, sector_code, unit_id, valid_from, search_text)
    SELECT 'BENCH.XA25.' || u.code, 'UBND ' || u.name, 'UBND', 'TONG_HOP', u.id, '2025-07-01', lower(u.name)
    FROM administrative_unit u WHERE u.dataset = 'VN-2025' AND u.level_code = 'commune'`);
  await db.query(`INSERT INTO organization_succession (predecessor_id, successor_id)
    SELECT DISTINCT ON (o.id) o.id, n.id FROM organization o
    JOIN administrative_unit_succession s ON s.predecessor_id = o.unit_id
    JOIN organization n ON n.unit_id = s.successor_id AND n.code LIKE 'BENCH.XA25.%'
    WHERE o.code LIKE 'BENCH.XA24.%' ORDER BY o.id, s.share, n.id`);
  await db.query(`INSERT INTO person (full_name, search_text) SELECT 'Người ' || i, 'nguoi ' || i FROM generate_series(1, 1000) AS i`);
  // 2024: commune i nominates i % 12 models (0–11); 2025: the old committee i % 4 before July, the new one 6.
  await db.query(`INSERT INTO nomination (plan_id, quota_item_id, nominating_organization_id, person_id, period_year, status, submitted_on, search_text)
    SELECT $1, $2, o.id, 1 + (o.id + k) % 1000, 2024, 'SUBMITTED', '2024-05-01', ''
    FROM organization o CROSS JOIN LATERAL generate_series(1, (o.id % 12)::int) AS k WHERE o.code LIKE 'BENCH.XA24.%'`, [planId, quotaId]);
  await db.query(`INSERT INTO nomination (plan_id, quota_item_id, nominating_organization_id, person_id, period_year, status, submitted_on, search_text)
    SELECT $1, $2, o.id, 1 + (o.id + k) % 1000, 2025, 'SUBMITTED', '2025-03-01', ''
    FROM organization o CROSS JOIN LATERAL generate_series(1, (o.id % 4)::int) AS k WHERE o.code LIKE 'BENCH.XA24.%'`, [planId, quotaId]);
  await db.query(`INSERT INTO nomination (plan_id, quota_item_id, nominating_organization_id, person_id, period_year, status, submitted_on, search_text)
    SELECT $1, $2, o.id, 1 + (o.id + k) % 1000, 2025, 'SUBMITTED', '2025-09-01', ''
    FROM organization o CROSS JOIN generate_series(1, 6) AS k WHERE o.code LIKE 'BENCH.XA25.%'`, [planId, quotaId]);
  await db.query('ANALYZE');
}

async function main(): Promise<void> {
  let embedded: EmbeddedDatabase | null = null;
  let dir: string | null = null;
  let url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    dir = await mkdtemp(path.join(tmpdir(), 'exemplar-bench-compliance-'));
    await chmod(dir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), persistent: false, unsafeFast: true });
    await ensureDatabase(embedded.serverUrl, 'bench');
    url = embedded.url('bench');
  }
  try {
    const prepared = await prepareDatabase(url);
    await prepared.dataSource.destroy();
    const dataSource = createDataSource({ url, poolSize: 4, timeouts: { statement: 120_000 } });
    await dataSource.initialize();
    try {
      const db = createDb(dataSource);
      let [plan] = await db.query<{ id: string }>(`SELECT id::text AS id FROM plan WHERE code = $1`, [PLAN_CODE]);
      if (!plan) {
        const started = Date.now();
        const result = await new PlanService(context(db)).import(nationalPlan());
        plan = { id: result.plan.id };
        const [{ id: quotaId }] = await db.query<{ id: string }>(`SELECT id::text AS id FROM plan_item WHERE plan_id = $1 AND key = 'XA'`, [plan.id]);
        await generate(db, plan.id, quotaId);
        console.log(`[bench] generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
      const [{ orgs, nominations }] = await db.query<{ orgs: number; nominations: number }>(
        `SELECT (SELECT count(*)::int FROM organization WHERE code LIKE 'BENCH.XA%') AS orgs, (SELECT count(*)::int FROM nomination) AS nominations`,
      );
      const runs: { year: number; ms: number; rows: number; statements: number; statuses: Record<string, number>; carried: number }[] = [];
      for (const year of [2024, 2025, 2024, 2025]) {
        const stats = new QueryStats();
        const ctx = context(createDb(dataSource, stats));
        const t0 = performance.now();
        const rows = await new ComplianceService(ctx).forPlan(plan.id, year, null, year === 2024 ? '2025-01-05' : '2025-10-01');
        const ms = performance.now() - t0;
        const statuses = rows.reduce<Record<string, number>>((acc, r) => ((acc[r.status] = (acc[r.status] ?? 0) + 1), acc), {});
        runs.push({ year, ms: Math.round(ms), rows: rows.length, statements: stats.statements, statuses, carried: rows.filter((r) => r.countedPredecessorIds.length > 0).length });
      }
      const warm = runs.slice(2);
      const summary = { date: new Date().toISOString(), cpu: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`, node: process.version, organizations: orgs, nominations, runs: warm };
      const md = [
        '# Quota compliance benchmark',
        '',
        `${summary.date} · ${summary.cpu} · Node ${summary.node}`,
        '',
        `A national plan asking every commune committee for ≥ 10 models a year: ${orgs.toLocaleString('en')} commune committees (2024 and 2025 states, old ones succeeded by new ones on 1 July 2025), ${nominations.toLocaleString('en')} nominations.`,
        '',
        '| year | time (warm) | SQL statements | rows | by status | rows counting merged communes |',
        '|---|---:|---:|---:|---|---:|',
        ...warm.map((r) => `| ${r.year} | ${r.ms} ms | ${r.statements} | ${r.rows.toLocaleString('en')} | ${Object.entries(r.statuses).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')} | ${r.carried.toLocaleString('en')} |`),
        '',
        'Reproduce: `npx -y pnpm@10.34.9 --filter @exemplar/bench run bench:compliance`.',
        '',
      ].join('\n');
      await writeFile(path.join(resultsDir, 'compliance.json'), `${JSON.stringify(summary, null, 2)}\n`);
      await writeFile(path.join(resultsDir, 'compliance.md'), md);
      console.log(md);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await embedded?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
