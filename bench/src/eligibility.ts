/**
 * Eligibility at national scale: a plan's criteria (seed 000, role-exclusive rules included) evaluated
 * for 100,000 people whose achievement records live in PostgreSQL, the way the API does it — facts
 * loaded in batches of 1,000 subjects with one statement per fact source, the set compiled once, every
 * trace kept. Reports subjects per second end to end and for the evaluator alone (bar: ≥ 10,000/s).
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDataSource, createDb, ensureDatabase, freePort, prepareDatabase, QueryStats, startEmbeddedPostgres, type EmbeddedDatabase } from '@exemplar/api/db';
import { FactsRepository, type SubjectRef } from '@exemplar/api/modules';
import { criteriaSetByCode, prepareCriteriaSet, type CriteriaSetResult, type Rule, type SubjectFacts } from '@exemplar/shared';

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = path.resolve(here, '../results');
const SUBJECTS = Number(process.env.BENCH_SUBJECTS ?? 100_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 1_000);
const SET_CODE = 'SEED-000-HA-GIANG';
const AS_OF = '2024-12-31';

function attestKeys(rules: readonly Rule[]): string[] {
  const keys: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if ((node as Rule).op === 'attest') keys.push((node as { key: string }).key);
      Object.values(node).forEach(walk);
    }
  };
  rules.forEach(walk);
  return [...new Set(keys)];
}

async function generate(db: ReturnType<typeof createDb>): Promise<void> {
  // Deterministic: every value is a function of the row number.
  await db.query(`INSERT INTO person (full_name, birth_year, gender, search_text)
    SELECT 'Người ' || i, 1960 + i % 40, CASE WHEN i % 2 = 0 THEN 'NU' ELSE 'NAM' END, 'nguoi ' || i
    FROM generate_series(1, $1::int) AS i`, [SUBJECTS]);
  await db.query(`INSERT INTO position (person_id, organization_id, role_code, from_date)
    SELECT p.id, o.id, CASE WHEN p.id % 50 = 0 THEN 'PHO_GIAM_DOC' WHEN p.id % 10 = 0 THEN 'TRUONG_PHONG' ELSE 'CAN_BO' END, '2019-01-01'
    FROM person p CROSS JOIN (SELECT id FROM organization WHERE code = 'HG.SO_LDTBXH') o`);
  await db.query(`INSERT INTO annual_rating (person_id, year, level)
    SELECT p.id, y, CASE WHEN p.id % 5 < 3 THEN 'HTXSNV' ELSE (ARRAY['HTXSNV', 'HTTNV', 'HTXSNV', 'HTNV'])[1 + (p.id + y) % 4] END
    FROM person p CROSS JOIN generate_series(2021, 2024) AS y`);
  await db.query(`INSERT INTO award_record (person_id, award_type_code, year, achievement_key, issuer_level, issuer_role, occasion)
    SELECT p.id, CASE WHEN p.id % 3 = 0 THEN 'CSTD_BO_TINH' ELSE 'BK_BO_TINH' END, 2021 + p.id % 4, 'A' || p.id, 'TINH', 'CHU_TICH_UBND_TINH',
           CASE WHEN p.id % 4 = 0 THEN 'CHI_THI_05_CT_TW' END
    FROM person p WHERE p.id % 2 = 0`);
  await db.query(`WITH i AS (
      INSERT INTO initiative (title, recognition_level, recognized_on, applied)
      SELECT 'Sáng kiến ' || p.id, CASE WHEN p.id % 4 = 0 THEN 'TINH' ELSE 'CO_SO' END, make_date((2021 + p.id % 4)::int, 6, 1), true
      FROM person p WHERE p.id % 3 <> 1
      RETURNING id, title)
    INSERT INTO initiative_author (initiative_id, person_id) SELECT i.id, substring(i.title FROM 11)::bigint FROM i`);
  await db.query(`INSERT INTO discipline (person_id, form, decided_on) SELECT p.id, 'KHIEN_TRACH', '2023-03-01' FROM person p WHERE p.id % 47 = 0`);
  // Half the people have every qualitative criterion of the set attested.
  await db.query(`INSERT INTO attestation (person_id, criterion_key, verdict, attested_by, attested_on)
    SELECT p.id, k.key, 'PASS', 'Hội đồng', '2024-12-01' FROM person p CROSS JOIN unnest($1::text[]) AS k (key) WHERE p.id % 2 = 0`,
    [attestKeys(criteriaSetByCode(SET_CODE)!.criteria.map((c) => c.rule))]);
  await db.query('ANALYZE');
}

async function main(): Promise<void> {
  let embedded: EmbeddedDatabase | null = null;
  let dir: string | null = null;
  let url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    dir = await mkdtemp(path.join(tmpdir(), 'exemplar-bench-elig-'));
    await chmod(dir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), persistent: false, unsafeFast: true });
    await ensureDatabase(embedded.serverUrl, 'bench');
    url = embedded.url('bench');
  }
  try {
    const prepared = await prepareDatabase(url);
    await prepared.dataSource.destroy();
    const dataSource = createDataSource({ url, poolSize: 10 });
    await dataSource.initialize();
    try {
      const db = createDb(dataSource);
      const [{ n }] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM person`);
      if (Number(n) < SUBJECTS) {
        const started = Date.now();
        await generate(db);
        console.log(`[bench] generated ${SUBJECTS.toLocaleString('en')} people and their records in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
      const ids = (await db.query<{ id: string }>(`SELECT id::text AS id FROM person ORDER BY id LIMIT $1`, [SUBJECTS])).map((r) => r.id);
      const set = criteriaSetByCode(SET_CODE)!;
      const compiled = prepareCriteriaSet(set, { asOf: AS_OF });

      // End to end: batches of facts from PostgreSQL, evaluated as they arrive.
      const stats = new QueryStats();
      const facts = new FactsRepository(createDb(dataSource, stats));
      const results: CriteriaSetResult[] = [];
      const kept: SubjectFacts[] = [];
      const t0 = performance.now();
      for (let i = 0; i < ids.length; i += BATCH) {
        const refs: SubjectRef[] = ids.slice(i, i + BATCH).map((id) => ({ kind: 'CA_NHAN', id }));
        const loaded = await facts.load(refs, AS_OF);
        for (const ref of refs) {
          const subject = loaded.get(`P${ref.id}`)!;
          kept.push(subject);
          results.push(compiled.evaluate(subject));
        }
      }
      const endToEndMs = performance.now() - t0;

      // The evaluator alone, over the same facts.
      const t1 = performance.now();
      const again: CriteriaSetResult[] = new Array(kept.length);
      for (let i = 0; i < kept.length; i++) again[i] = compiled.evaluate(kept[i]);
      const evaluatorMs = performance.now() - t1;

      const verdicts = results.reduce<Record<string, number>>((acc, r) => ((acc[r.verdict] = (acc[r.verdict] ?? 0) + 1), acc), {});
      const groups = results.reduce<Record<string, number>>((acc, r) => ((acc[r.role?.group ?? '-'] = (acc[r.role?.group ?? '-'] ?? 0) + 1), acc), {});
      const tracedRecords = results.reduce((sum, r) => sum + JSON.stringify(r.criteria.map((c) => c.trace)).length, 0);
      const summary = {
        date: new Date().toISOString(),
        cpu: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
        node: process.version,
        criteriaSet: SET_CODE,
        asOf: AS_OF,
        subjects: ids.length,
        batch: BATCH,
        sqlStatements: stats.statements,
        endToEnd: { ms: Math.round(endToEndMs), subjectsPerSecond: Math.round((ids.length / endToEndMs) * 1000) },
        evaluatorOnly: { ms: Math.round(evaluatorMs), subjectsPerSecond: Math.round((ids.length / evaluatorMs) * 1000) },
        tracesKept: results.length,
        traceJsonBytes: tracedRecords,
        verdicts,
        roleGroups: groups,
        bar: '≥ 10,000 subjects/s with traces kept (performance.md)',
      };
      const md = [
        '# Eligibility benchmark',
        '',
        `${summary.date} · ${summary.cpu} · Node ${summary.node} · set ${SET_CODE} as of ${AS_OF}`,
        '',
        '| what | subjects | time | subjects/s | bar |',
        '|---|---:|---:|---:|---|',
        `| end to end (facts from PostgreSQL in batches of ${BATCH}, ${stats.statements} SQL statements, evaluate, keep traces) | ${ids.length.toLocaleString('en')} | ${(endToEndMs / 1000).toFixed(2)} s | **${summary.endToEnd.subjectsPerSecond.toLocaleString('en')}** | ≥ 10,000 ${summary.endToEnd.subjectsPerSecond >= 10_000 ? '✅' : '❌'} |`,
        `| evaluator alone (same facts, traces kept) | ${ids.length.toLocaleString('en')} | ${(evaluatorMs / 1000).toFixed(2)} s | **${summary.evaluatorOnly.subjectsPerSecond.toLocaleString('en')}** | ≥ 10,000 ${summary.evaluatorOnly.subjectsPerSecond >= 10_000 ? '✅' : '❌'} |`,
        '',
        `Verdicts: ${Object.entries(verdicts).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}. Role groups: ${Object.entries(groups).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}. Traces kept: ${results.length.toLocaleString('en')} (${(tracedRecords / 1e6).toFixed(1)} MB as JSON).`,
        '',
        'Reproduce: `npx -y pnpm@10.34.9 --filter @exemplar/bench run bench:eligibility` (BENCH_SUBJECTS to change the count).',
        '',
      ].join('\n');
      await writeFile(path.join(resultsDir, 'eligibility.json'), `${JSON.stringify(summary, null, 2)}\n`);
      await writeFile(path.join(resultsDir, 'eligibility.md'), md);
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
