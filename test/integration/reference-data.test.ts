import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '@exemplar/api/db';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

const TABLES = [
  'administrative_level',
  'administrative_unit_kind',
  'administrative_unit',
  'administrative_unit_closure',
  'administrative_unit_succession',
  'organization_kind',
  'sector',
  'organization',
  'organization_closure',
  'organization_succession',
  'award_type',
  'award_authority_rule',
  'field',
  'criteria_set',
  'criterion',
  'plan',
  'plan_revision',
];

/** Every row with its physical version (xmin): an UPDATE, even to equal values, changes it. */
async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await api.db.query<{ n: string; digest: string }>(
      `SELECT count(*) AS n, md5(string_agg(t.xmin::text || ':' || t::text, ',' ORDER BY t::text)) AS digest FROM ${table} t`,
    );
    out[table] = `${row.n}/${row.digest}`;
  }
  return out;
}

describe('reference data', () => {
  it('holds the catalogue: award types ranked, authority as dated data, fields', async () => {
    const res = await api.gql<{ allAwardTypes: { code: string; rank: number }[]; _allAwardTypesMeta: { count: number } }>(`{
      allAwardTypes(perPage: 100) { code rank }
      _allAwardTypesMeta(perPage: 100) { count }
    }`);
    expect(res.body.errors).toBeUndefined();
    const codes = res.body.data!.allAwardTypes.map((t) => t.code);
    for (const code of ['LAO_DONG_TIEN_TIEN', 'CSTD_CO_SO', 'CSTD_BO_TINH', 'TT_LAO_DONG_XUAT_SAC', 'BK_BO_TINH', 'BK_THU_TUONG', 'GIAY_KHEN']) {
      expect(codes).toContain(code);
    }
    const ranks = res.body.data!.allAwardTypes.map((t) => t.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const rank = (code: string) => res.body.data!.allAwardTypes.find((t) => t.code === code)!.rank;
    expect(rank('LAO_DONG_TIEN_TIEN')).toBeLessThan(rank('CSTD_CO_SO'));
    expect(rank('CSTD_CO_SO')).toBeLessThan(rank('CSTD_BO_TINH'));
    expect(rank('BK_BO_TINH')).toBeLessThan(rank('BK_THU_TUONG'));

    // District chairmen lost their powers with the districts on 1 July 2025.
    const [{ before, after }] = await api.db.query<{ before: string; after: string }>(
      `SELECT count(*) FILTER (WHERE validity @> '2025-06-30'::date) AS before, count(*) FILTER (WHERE validity @> '2025-07-01'::date) AS after
       FROM award_authority_rule WHERE authority_role = 'CHU_TICH_UBND_HUYEN'`,
    );
    expect(Number(before)).toBeGreaterThan(0);
    expect(Number(after)).toBe(0);
    const fields = await api.gql<{ _allActivityFieldsMeta: { count: number } }>(`{ _allActivityFieldsMeta { count } }`);
    expect(fields.body.data!._allActivityFieldsMeta.count).toBeGreaterThanOrEqual(12);
  });

  it('holds every official row of both states and the mapping', async () => {
    const rows = await api.db.query<{ dataset: string; level_code: string; n: string }>(
      `SELECT dataset, level_code, count(*) AS n FROM administrative_unit GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(rows.map((r) => `${r.dataset} ${r.level_code} ${r.n}`)).toEqual([
      'VN-2024 commune 10035',
      'VN-2024 district 696',
      'VN-2024 province 63',
      'VN-2025 commune 3321',
      'VN-2025 province 34',
    ]);
    const [{ n, partial }] = await api.db.query<{ n: string; partial: string }>(
      `SELECT count(*) AS n, count(*) FILTER (WHERE share = 'partial') AS partial FROM administrative_unit_succession`,
    );
    expect(Number(n)).toBe(10633);
    expect(Number(partial)).toBeGreaterThan(0);
    const [{ orphans }] = await api.db.query<{ orphans: string }>(
      `SELECT count(*) AS orphans FROM administrative_unit u
       WHERE u.level_code = 'commune' AND u.dataset = 'VN-2024'
         AND NOT EXISTS (SELECT 1 FROM administrative_unit_succession s WHERE s.predecessor_id = u.id)`,
    );
    expect(Number(orphans)).toBe(0);
  });

  it('keeps the closure table equal to the parent relation', async () => {
    const [{ bad }] = await api.db.query<{ bad: string }>(
      `WITH RECURSIVE anc AS (
         SELECT id AS descendant_id, id AS ancestor_id, 0 AS depth FROM administrative_unit
         UNION ALL
         SELECT a.descendant_id, u.parent_id, a.depth + 1 FROM anc a JOIN administrative_unit u ON u.id = a.ancestor_id WHERE u.parent_id IS NOT NULL
       )
       SELECT count(*) AS bad FROM (
         (SELECT ancestor_id, descendant_id, depth FROM anc EXCEPT SELECT ancestor_id, descendant_id, depth FROM administrative_unit_closure)
         UNION ALL
         (SELECT ancestor_id, descendant_id, depth FROM administrative_unit_closure EXCEPT SELECT ancestor_id, descendant_id, depth FROM anc)
       ) diff`,
    );
    expect(Number(bad)).toBe(0);
  });

  it('loads the issuers of the seed plans with their parents, units and successors', async () => {
    const res = await api.gql<{ allOrganizations: { name: string; kind: string; validTo: string | null; unit: { name: string; dataset: string } | null; parent: { name: string } | null; successors: { name: string }[] }[] }>(`{
      allOrganizations(filter: { q: "ubnd huyen ba be" }) { name kind validTo unit { name dataset } parent { name } successors { name } }
    }`);
    expect(res.body.errors).toBeUndefined();
    const [babe] = res.body.data!.allOrganizations;
    expect(babe.kind).toBe('UBND');
    expect(babe.validTo).toBe('2025-06-30');
    expect(babe.unit).toEqual({ name: 'Huyện Ba Bể', dataset: 'VN-2024' });
    expect(babe.parent?.name).toBe('Ủy ban nhân dân tỉnh Bắc Kạn');
    const province = await api.gql<{ allOrganizations: { successors: { name: string; unit: { name: string } }[] }[] }>(`{
      allOrganizations(filter: { q: "uy ban nhan dan tinh bac kan" }) { successors { name unit { name } } }
    }`);
    expect(province.body.data!.allOrganizations[0].successors).toEqual([
      { name: 'Ủy ban nhân dân tỉnh Thái Nguyên', unit: { name: 'Tỉnh Thái Nguyên' } },
    ]);
  });

  it('importing again changes nothing, and a second start skips the files', async () => {
    const before = await snapshot();
    const forced = await loadReferenceData(api.db, { force: true });
    expect(Object.values(forced.written).every((n) => n === 0)).toBe(true);
    const again = await loadReferenceData(api.db);
    expect(again.skipped).toEqual(['vn-admin-units', 'organizations', 'catalogue', 'criteria-sets', 'seed-plans']);
    expect(await snapshot()).toEqual(before);
  });

  it('concurrent imports do one logical import', async () => {
    const before = await snapshot();
    await Promise.all([1, 2, 3].map(() => loadReferenceData(api.db, { force: true })));
    expect(await snapshot()).toEqual(before);
  });
});
