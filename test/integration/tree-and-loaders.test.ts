import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

interface Node {
  id: string;
  code: string;
  children: Node[];
}

describe('nested queries cost one SQL statement per list level', () => {
  it('the whole 2024 tree (provinces → districts → communes) in at most 3 statements, all 10,035 communes', async () => {
    const res = await api.gql<{ allAdministrativeUnits: Node[] }>(`{
      allAdministrativeUnits(filter: { level: "province", validOn: "2025-06-30" }, perPage: 100) {
        id code children { id code children { id code } }
      }
    }`);
    expect(res.body.errors).toBeUndefined();
    const provinces = res.body.data!.allAdministrativeUnits;
    const districts = provinces.flatMap((p) => p.children);
    const communes = districts.flatMap((d) => d.children);
    expect(provinces).toHaveLength(63);
    expect(districts).toHaveLength(696);
    expect(communes).toHaveLength(10035);
    expect(new Set(communes.map((c) => c.code)).size).toBe(10035);
    expect(res.statements).toBeLessThanOrEqual(3);
  });

  it('the statement count does not grow with the rows: 2 provinces cost what 63 cost', async () => {
    const query = (perPage: number) => `{
      allAdministrativeUnits(filter: { level: "province", validOn: "2025-06-30" }, perPage: ${perPage}) {
        id parent { id } ancestors { id } children { id parent { code } children { id ancestors { code } } }
      }
    }`;
    const small = await api.gql(query(2));
    const large = await api.gql(query(63));
    expect(small.body.errors).toBeUndefined();
    expect(large.body.errors).toBeUndefined();
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(7);
  });

  it('children(first: n) keeps the first n per parent with one statement for all parents', async () => {
    const res = await api.gql<{ allAdministrativeUnits: (Node & { children: Node[] })[] }>(`{
      allAdministrativeUnits(filter: { level: "province", validOn: "2025-06-30" }, perPage: 100) {
        code children(first: 2) { code }
      }
    }`);
    expect(res.body.errors).toBeUndefined();
    const provinces = res.body.data!.allAdministrativeUnits;
    for (const p of provinces) expect(p.children.length).toBeLessThanOrEqual(2);
    expect(provinces.filter((p) => p.children.length === 2)).toHaveLength(63);
    const hanoi = provinces.find((p) => p.code === '01')!;
    expect(hanoi.children.map((c) => c.code)).toEqual(['001', '002']);
    expect(res.statements).toBe(2);
  });

  it('a page and its total cost one statement together (react-admin asks both)', async () => {
    const res = await api.gql<{ allAdministrativeUnits: Node[]; _allAdministrativeUnitsMeta: { count: number } }>(
      `query($filter: AdministrativeUnitFilter) {
        allAdministrativeUnits(filter: $filter, perPage: 10, page: 1, sortField: "code") { id code }
        _allAdministrativeUnitsMeta(filter: $filter, perPage: 10, page: 1, sortField: "code") { count }
      }`,
      { filter: { level: 'province' } },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.allAdministrativeUnits).toHaveLength(10);
    expect(res.body.data!._allAdministrativeUnitsMeta.count).toBe(34);
    expect(res.statements).toBe(1);
  });

  it('a page past the end still reports the total', async () => {
    const res = await api.gql<{ allAdministrativeUnits: Node[]; _allAdministrativeUnitsMeta: { count: number } }>(`{
      allAdministrativeUnits(filter: { level: "province" }, perPage: 50, page: 3) { id }
      _allAdministrativeUnitsMeta(filter: { level: "province" }, perPage: 50, page: 3) { count }
    }`);
    expect(res.body.data!.allAdministrativeUnits).toEqual([]);
    expect(res.body.data!._allAdministrativeUnitsMeta.count).toBe(34);
  });
});

describe('subtrees and relations', () => {
  it('ancestorId returns the whole subtree of a province in the 2024 state', async () => {
    const res = await api.gql<{ allAdministrativeUnits: { id: string }[]; _allAdministrativeUnitsMeta: { count: number }; levels: { level: string }[] }>(`{
      province: allAdministrativeUnits(filter: { code: "06", validOn: "2025-06-30" }) { id }
    }`);
    const bacKanId = (res.body.data as unknown as { province: { id: string }[] }).province[0].id;
    const subtree = await api.gql<{ _allAdministrativeUnitsMeta: { count: number }; districts: { id: string }[] }>(
      `query($id: ID!) {
        _allAdministrativeUnitsMeta(filter: { ancestorId: $id }) { count }
        districts: allAdministrativeUnits(filter: { ancestorId: $id, level: "district" }, perPage: 100) { id }
      }`,
      { id: bacKanId },
    );
    expect(subtree.body.errors).toBeUndefined();
    const [{ n }] = await api.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM administrative_unit WHERE dataset = 'VN-2024' AND (parent_id = $1
         OR parent_id IN (SELECT id FROM administrative_unit WHERE parent_id = $1))`,
      [bacKanId],
    );
    expect(subtree.body.data!._allAdministrativeUnitsMeta.count).toBe(Number(n));
    expect(subtree.body.data!.districts).toHaveLength(8);
  });

  it('a commune knows its ancestors (province first), parent and direct successors with their share', async () => {
    const res = await api.gql<{
      allAdministrativeUnits: { ancestors: { level: string; name: string }[]; parent: { name: string }; successorLinks: { share: string; note: string | null }[]; successors: { name: string; validFrom: string }[] }[];
    }>(`{
      allAdministrativeUnits(filter: { code: "00112", validOn: "2025-06-30" }) {
        ancestors { level name } parent { name }
        successorLinks { share note } successors { name validFrom }
      }
    }`);
    expect(res.body.errors).toBeUndefined();
    const [unit] = res.body.data!.allAdministrativeUnits;
    expect(unit.ancestors.map((a) => a.level)).toEqual(['province', 'district']);
    expect(unit.ancestors[0].name).toBe('Thành phố Hà Nội');
    expect(unit.parent.name).toBe(unit.ancestors[1].name);
    expect(unit.successorLinks.some((l) => l.share === 'partial')).toBe(true);
    expect(unit.successors.map((s) => s.name)).toContain('Phường Tây Hồ');
    expect(unit.successors.every((s) => s.validFrom === '2025-07-01')).toBe(true);
  });

  it('a new province lists the old provinces it took over', async () => {
    const res = await api.gql<{ allAdministrativeUnits: { name: string; predecessors: { name: string }[] }[] }>(`{
      allAdministrativeUnits(filter: { q: "thai nguyen", level: "province" }) { name predecessors { name } }
    }`);
    const [unit] = res.body.data!.allAdministrativeUnits;
    expect(unit.name).toBe('Tỉnh Thái Nguyên');
    expect(unit.predecessors.map((p) => p.name).sort()).toEqual(['Tỉnh Bắc Kạn', 'Tỉnh Thái Nguyên']);
  });
});

describe('cursor connections for downstream apps', () => {
  it('walks every province of the 2024 state in pages without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: Awaited<ReturnType<typeof api.gql<{ administrativeUnits: { nodes: { code: string }[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } }>>> =
        await api.gql(
          `query($after: String) {
            administrativeUnits(first: 10, after: $after, sortField: "name", filter: { level: "province", validOn: "2025-06-30" }) {
              nodes { code } totalCount pageInfo { hasNextPage endCursor }
            }
          }`,
          { after },
        );
      expect(res.body.errors).toBeUndefined();
      const conn = res.body.data!.administrativeUnits;
      expect(conn.totalCount).toBe(63);
      seen.push(...conn.nodes.map((n) => n.code));
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 20);
    expect(pages).toBe(7);
    expect(seen).toHaveLength(63);
    expect(new Set(seen).size).toBe(63);
  });

  it('refuses a forged cursor with a stable code', async () => {
    const res = await api.gql(`{ administrativeUnits(first: 5, after: "not-a-cursor") { nodes { id } } }`);
    expect(res.body.errors?.[0].extensions?.code).toBe('INVALID_CURSOR');
  });
});
