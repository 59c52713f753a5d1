import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@exemplar/api/db';
import { Loaders, OrganizationService, type RequestContext, type Scope } from '@exemplar/api/modules';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

function contextFor(scope: Scope): RequestContext {
  return { requestId: 'test', db: createDb(api.dataSource), scope, loaders: new Loaders(), now: () => new Date(), memo: new Map() };
}

async function orgId(code: string): Promise<string> {
  const [row] = await api.db.query<{ id: string }>('SELECT id::text AS id FROM organization WHERE code = $1', [code]);
  if (!row) throw new Error(`no organization ${code}`);
  return row.id;
}

/**
 * The list machinery carries a scope into the SQL of every read path. Jurisdiction (who gets which
 * scope) comes with sign-in; here the scope is set by hand to Bắc Kạn's committee subtree.
 */
describe('a scope restricts organizations in the query itself', () => {
  it('lists, counts, fetches by id and follows relations only inside the scope', async () => {
    const bacKan = await orgId('BACKAN.UBND');
    const [{ n: insideCount }] = await api.db.query<{ n: string }>(
      'SELECT count(*) AS n FROM organization_closure WHERE ancestor_id = $1',
      [bacKan],
    );
    const outsider = (await api.db.query<{ id: string }>(
      `SELECT id::text AS id FROM organization WHERE id NOT IN (SELECT descendant_id FROM organization_closure WHERE ancestor_id = $1) ORDER BY id LIMIT 1`,
      [bacKan],
    ))[0].id;

    const scoped = new OrganizationService(contextFor({ kind: 'jurisdiction', organizationIds: [bacKan], unitIds: [] }));
    const page = await scoped.findPage({ perPage: 500 });
    expect(page.total).toBe(Number(insideCount));
    expect(page.items.every((o) => o.id !== outsider)).toBe(true);
    expect(await scoped.findById(outsider)).toBeNull();
    expect(await scoped.findById(bacKan)).not.toBeNull();

    const connection = await scoped.findConnection({ first: 500 }, true);
    expect(connection.totalCount).toBe(Number(insideCount));

    const unrestricted = new OrganizationService(contextFor({ kind: 'unrestricted' }));
    expect((await unrestricted.findPage({ perPage: 500 })).total).toBeGreaterThan(Number(insideCount));
    expect(await unrestricted.findById(outsider)).not.toBeNull();
  });

  it('a territorial scope admits organizations located anywhere in the subtree', async () => {
    const [{ id: bacKanProvince }] = await api.db.query<{ id: string }>(
      `SELECT id::text AS id FROM administrative_unit WHERE dataset = 'VN-2024' AND code = '06'`,
    );
    const scoped = new OrganizationService(contextFor({ kind: 'jurisdiction', organizationIds: [], unitIds: [bacKanProvince] }));
    const page = await scoped.findPage({ perPage: 500 });
    expect(page.total).toBeGreaterThan(0);
    const names = page.items.map((o) => o.name);
    expect(names).toContain('Ủy ban nhân dân huyện Ba Bể');
    expect(names.some((n) => /Lào Cai|Hà Giang|Nam Định/.test(n))).toBe(false);
  });

  it('an empty jurisdiction sees nothing', async () => {
    const scoped = new OrganizationService(contextFor({ kind: 'jurisdiction', organizationIds: [], unitIds: [] }));
    expect((await scoped.findPage({})).total).toBe(0);
  });
});
