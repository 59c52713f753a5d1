import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

interface Org {
  id: string;
  code: string;
  name: string;
  version: number;
  parentId: string | null;
  unitId: string | null;
}

const FIELDS = 'id code name shortName kind sector parentId unitId validFrom validTo version isReference';

async function unitId(code: string, validOn = '2025-06-30'): Promise<string> {
  const res = await api.gql<{ allAdministrativeUnits: { id: string }[] }>(
    `query($code: String, $validOn: LocalDate) { allAdministrativeUnits(filter: { code: $code, validOn: $validOn }) { id } }`,
    { code, validOn },
  );
  return res.body.data!.allAdministrativeUnits[0].id;
}

async function create(vars: Record<string, unknown>) {
  return api.gql<{ createOrganization: Org }>(
    `mutation($code: String!, $name: String!, $kind: String!, $sector: String, $parentId: ID, $unitId: ID, $validFrom: LocalDate, $validTo: LocalDate, $shortName: String) {
      createOrganization(code: $code, name: $name, kind: $kind, sector: $sector, parentId: $parentId, unitId: $unitId, validFrom: $validFrom, validTo: $validTo, shortName: $shortName) { ${FIELDS} }
    }`,
    vars,
  );
}

async function update(vars: Record<string, unknown>) {
  return api.gql<{ updateOrganization: Org }>(
    `mutation($id: ID!, $version: Int, $name: String, $parentId: ID, $code: String) {
      updateOrganization(id: $id, version: $version, name: $name, parentId: $parentId, code: $code) { ${FIELDS} }
    }`,
    vars,
  );
}

async function countOrgs(): Promise<number> {
  const [{ n }] = await api.db.query<{ n: string }>('SELECT count(*) AS n FROM organization');
  return Number(n);
}

describe('organizations: create, update, delete', () => {
  it('creates a school under a commune committee, stores NFC text and a folded search key', async () => {
    const unit = await unitId('01906', '2025-07-01');
    const res = await create({
      code: 'test.school-1',
      name: 'Trường Tiểu học Chợ Rã'.normalize('NFD'),
      kind: 'TRUONG_HOC',
      sector: 'GIAO_DUC',
      unitId: unit,
      validFrom: '2025-07-01',
    });
    expect(res.body.errors).toBeUndefined();
    const org = res.body.data!.createOrganization;
    expect(org.code).toBe('TEST.SCHOOL-1');
    expect(org.name).toBe('Trường Tiểu học Chợ Rã'.normalize('NFC'));
    expect(org.version).toBe(1);
    const found = await api.gql<{ allOrganizations: { id: string }[] }>(`{ allOrganizations(filter: { q: "truong tieu hoc cho ra" }) { id } }`);
    expect(found.body.data!.allOrganizations.map((o) => o.id)).toEqual([org.id]);
    const inUnit = await api.gql<{ allOrganizations: { id: string }[] }>(`query($u: ID) { allOrganizations(filter: { unitAncestorId: $u }) { id } }`, { u: unit });
    expect(inUnit.body.data!.allOrganizations.map((o) => o.id)).toContain(org.id);
  });

  it('refuses bad input with the field named, writing nothing', async () => {
    const before = await countOrgs();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ code: 'bad code!', name: 'X', kind: 'SO' }, 'INVALID_CODE', 'code'],
      [{ code: 'OK1', name: '   ', kind: 'SO' }, 'REQUIRED', 'name'],
      [{ code: 'OK2', name: 'X', kind: 'NOT_A_KIND' }, 'INVALID_VALUE', 'kind'],
      [{ code: 'OK3', name: 'X', kind: 'SO', sector: 'NOPE' }, 'INVALID_VALUE', 'sector'],
      [{ code: 'OK4', name: 'X', kind: 'SO', validFrom: '2025-01-02', validTo: '2025-01-01' }, 'INVALID_DATE_RANGE', 'validTo'],
      [{ code: 'OK5', name: 'X', kind: 'SO', parentId: '999999999' }, 'NOT_FOUND', ''],
      [{ code: 'OK6', name: 'X', kind: 'SO', unitId: 'abc' }, 'INVALID_ID', 'unitId'],
      [{ code: 'OK7', name: 'x'.repeat(501), kind: 'SO' }, 'TEXT_TOO_LONG', 'name'],
      [{ code: 'BACKAN.BABE.UBND', name: 'Duplicate', kind: 'UBND' }, 'DUPLICATE_CODE', 'code'],
    ];
    for (const [vars, code, field] of cases) {
      const res = await create(vars);
      expect(res.body.errors?.[0].extensions?.code, JSON.stringify(vars)).toBe(code);
      if (field) expect(res.body.errors?.[0].extensions?.field).toBe(field);
      const messages = res.body.errors?.[0].extensions?.messages as { vi: string; en: string };
      expect(messages.vi.length).toBeGreaterThan(0);
      expect(messages.en.length).toBeGreaterThan(0);
    }
    expect(await countOrgs()).toBe(before);
  });

  it('updates with the version read; a stale version gets CONFLICT and changes nothing', async () => {
    const created = (await create({ code: 'TEST.VERSIONED', name: 'Phòng Thử nghiệm', kind: 'PHONG' })).body.data!.createOrganization;
    const first = await update({ id: created.id, version: 1, name: 'Phòng Thử nghiệm A' });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.updateOrganization.version).toBe(2);
    const stale = await update({ id: created.id, version: 1, name: 'Phòng Thử nghiệm B' });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [row] = await api.db.query<{ name: string; version: number }>('SELECT name, version FROM organization WHERE id = $1', [created.id]);
    expect(row).toEqual({ name: 'Phòng Thử nghiệm A', version: 2 });
  });

  it('concurrent editors of one version: exactly one wins', async () => {
    const created = (await create({ code: 'TEST.RACE', name: 'Race', kind: 'PHONG' })).body.data!.createOrganization;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => update({ id: created.id, version: 1, name: `Editor ${i}` })),
    );
    const winners = results.filter((r) => !r.body.errors);
    const conflicts = results.filter((r) => r.body.errors?.[0].extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(9);
    const [row] = await api.db.query<{ name: string; version: number }>('SELECT name, version FROM organization WHERE id = $1', [created.id]);
    expect(row.version).toBe(2);
    expect(row.name).toBe(winners[0].body.data!.updateOrganization.name);
  });

  it('moves a subtree and keeps the closure right; refuses a cycle', async () => {
    const a = (await create({ code: 'TEST.A', name: 'A', kind: 'SO' })).body.data!.createOrganization;
    const b = (await create({ code: 'TEST.B', name: 'B', kind: 'PHONG', parentId: a.id })).body.data!.createOrganization;
    const c = (await create({ code: 'TEST.C', name: 'C', kind: 'PHONG', parentId: b.id })).body.data!.createOrganization;
    const under = async (id: string) =>
      (await api.gql<{ allOrganizations: { code: string }[] }>(`query($id: ID) { allOrganizations(filter: { ancestorId: $id }) { code } }`, { id })).body.data!.allOrganizations.map((o) => o.code).sort();
    expect(await under(a.id)).toEqual(['TEST.B', 'TEST.C']);

    const cycle = await update({ id: a.id, parentId: c.id });
    expect(cycle.body.errors?.[0].extensions?.code).toBe('PARENT_CYCLE');
    const self = await update({ id: a.id, parentId: a.id });
    expect(self.body.errors?.[0].extensions?.code).toBe('PARENT_CYCLE');

    const moved = await update({ id: c.id, parentId: a.id });
    expect(moved.body.errors).toBeUndefined();
    const ancestors = await api.gql<{ Organization: { ancestors: { code: string }[] } }>(`query($id: ID!) { Organization(id: $id) { ancestors { code } } }`, { id: c.id });
    expect(ancestors.body.data!.Organization.ancestors.map((o) => o.code)).toEqual(['TEST.A']);
    expect(await under(b.id)).toEqual([]);
  });

  it('the database itself refuses a cycle, whatever path writes it', async () => {
    const p = (await create({ code: 'TEST.P', name: 'P', kind: 'SO' })).body.data!.createOrganization;
    const q = (await create({ code: 'TEST.Q', name: 'Q', kind: 'PHONG', parentId: p.id })).body.data!.createOrganization;
    await expect(api.db.query('UPDATE organization SET parent_id = $1 WHERE id = $2', [q.id, p.id])).rejects.toThrow(/parent cycle/);
  });

  it('deletes a leaf; refuses to delete an organization that still has children', async () => {
    const parent = (await create({ code: 'TEST.DEL.P', name: 'P', kind: 'SO' })).body.data!.createOrganization;
    const child = (await create({ code: 'TEST.DEL.C', name: 'C', kind: 'PHONG', parentId: parent.id })).body.data!.createOrganization;
    const refused = await api.gql(`mutation($id: ID!) { deleteOrganization(id: $id) { id } }`, { id: parent.id });
    expect(refused.body.errors?.[0].extensions?.code).toBe('HAS_CHILDREN');
    const deleted = await api.gql<{ deleteOrganization: { id: string } }>(`mutation($id: ID!) { deleteOrganization(id: $id) { id } }`, { id: child.id });
    expect(deleted.body.data!.deleteOrganization.id).toBe(child.id);
    const gone = await api.gql(`mutation($id: ID!) { deleteOrganization(id: $id) { id } }`, { id: child.id });
    expect(gone.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('protected fields cannot be written through the mutations', async () => {
    const res = await api.gql(`mutation { createOrganization(code: "TEST.PROT", name: "X", kind: "SO", isReference: true, version: 7) { id } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('organizations: relations and filters', () => {
  it('seed issuers form a tree inside the territorial one', async () => {
    const res = await api.gql<{ allOrganizations: { code: string; parent: { code: string } | null; children: { code: string }[]; unit: { code: string } | null }[] }>(`{
      allOrganizations(filter: { kind: "UBND" }, perPage: 100) { code parent { code } children { code } unit { code } }
    }`);
    expect(res.body.errors).toBeUndefined();
    const committees = res.body.data!.allOrganizations;
    expect(committees.length).toBeGreaterThan(3);
    expect(committees.every((c) => c.unit !== null)).toBe(true);
    expect(res.statements).toBeLessThanOrEqual(4);
  });

  it('filters by sector and by validity on a date', async () => {
    const police = await api.gql<{ allOrganizations: { sector: string }[] }>(`{ allOrganizations(filter: { sector: "CONG_AN" }) { sector } }`);
    expect(police.body.data!.allOrganizations.length).toBeGreaterThan(0);
    const later = await api.gql<{ _allOrganizationsMeta: { count: number } }>(`{ _allOrganizationsMeta(filter: { validOn: "2025-07-01" }) { count } }`);
    const before = await api.gql<{ _allOrganizationsMeta: { count: number } }>(`{ _allOrganizationsMeta(filter: { validOn: "2025-06-30" }) { count } }`);
    expect(later.body.data!._allOrganizationsMeta.count).toBeGreaterThan(0);
    expect(before.body.data!._allOrganizationsMeta.count).toBeGreaterThan(0);
    expect(later.body.data!._allOrganizationsMeta.count).not.toBe(before.body.data!._allOrganizationsMeta.count);
  });
});
