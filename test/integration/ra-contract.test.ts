import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { DataProvider } from 'ra-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
let provider: DataProvider;

beforeAll(async () => {
  api = await startTestServer();
  provider = await buildGraphQLProvider({ clientOptions: { uri: api.graphqlUrl, headers: { authorization: `Bearer ${api.token}` } } });
});
afterAll(async () => {
  await api?.close();
});

/** The real ra-data-graphql-simple, as the console uses it, against our schema. */
describe('react-admin contract: AdministrativeUnit', () => {
  it('getList pages, sorts, filters and counts', async () => {
    const { data, total } = await provider.getList('AdministrativeUnit', {
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'code', order: 'DESC' },
      filter: { level: 'province', validOn: '2025-06-30' },
    });
    expect(total).toBe(63);
    expect(data).toHaveLength(10);
    const codes = data.map((u) => u.code as string);
    expect(codes).toEqual([...codes].sort().reverse());
    const all = await provider.getList('AdministrativeUnit', { pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'DESC' }, filter: { level: 'province', validOn: '2025-06-30' } });
    expect(codes).toEqual(all.data.slice(10, 20).map((u) => u.code));
  });

  it('getList with the search box (q)', async () => {
    const { data } = await provider.getList('AdministrativeUnit', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: { q: 'ba be', allTime: true },
    });
    expect(data.map((u) => u.name)).toContain('Huyện Ba Bể');
  });

  it('getOne, getMany (more ids than a default page) and getManyReference', async () => {
    const provinces = await provider.getList('AdministrativeUnit', {
      pagination: { page: 1, perPage: 40 },
      sort: { field: 'code', order: 'ASC' },
      filter: { level: 'province', validOn: '2025-06-30' },
    });
    const ids = provinces.data.map((p) => p.id);
    const many = await provider.getMany('AdministrativeUnit', { ids });
    expect(many.data.map((u) => u.id).sort()).toEqual([...ids].sort());

    const one = await provider.getOne('AdministrativeUnit', { id: ids[0] });
    expect(one.data.code).toBe('01');

    const children = await provider.getManyReference('AdministrativeUnit', {
      target: 'parentId',
      id: ids[0],
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'code', order: 'ASC' },
      filter: {},
    });
    expect(children.total).toBe(30);
    expect(children.data.every((c) => c.parentId === ids[0])).toBe(true);
  });

  it('an unknown sort field surfaces as an error, not as data', async () => {
    await expect(
      provider.getList('AdministrativeUnit', { pagination: { page: 1, perPage: 5 }, sort: { field: 'nope', order: 'ASC' }, filter: {} }),
    ).rejects.toThrow(/Cannot sort by/);
  });
});

describe('react-admin contract: Organization', () => {
  it('create, update (with version), conflict, delete, deleteMany', async () => {
    const units = await provider.getList('AdministrativeUnit', { pagination: { page: 1, perPage: 1 }, sort: { field: 'code', order: 'ASC' }, filter: { code: '19' } });
    const created = await provider.create('Organization', {
      data: { code: 'RA.TEST', name: 'Sở Thử nghiệm', kind: 'SO', sector: 'NOI_VU', unitId: units.data[0].id },
    });
    expect(created.data.id).toBeTruthy();
    expect(created.data.version).toBe(1);

    const updated = await provider.update('Organization', {
      id: created.data.id,
      data: { ...created.data, name: 'Sở Thử nghiệm (sửa)' },
      previousData: created.data,
    });
    expect(updated.data.name).toBe('Sở Thử nghiệm (sửa)');
    expect(updated.data.version).toBe(2);

    await expect(
      provider.update('Organization', { id: created.data.id, data: { ...created.data, name: 'stale' }, previousData: created.data }),
    ).rejects.toThrow(/changed by someone else/);

    const second = await provider.create('Organization', { data: { code: 'RA.TEST2', name: 'Phòng Thử', kind: 'PHONG', parentId: created.data.id } });
    const refs = await provider.getManyReference('Organization', {
      target: 'parentId',
      id: created.data.id,
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'code', order: 'ASC' },
      filter: {},
    });
    expect(refs.data.map((o) => o.code)).toEqual(['RA.TEST2']);

    const removed = await provider.deleteMany('Organization', { ids: [second.data.id] });
    expect(removed.data).toEqual([second.data.id]);
    const deleted = await provider.delete('Organization', { id: created.data.id, previousData: updated.data });
    expect(deleted.data.id).toBe(created.data.id);
    const after = await provider.getList('Organization', { pagination: { page: 1, perPage: 10 }, sort: { field: 'code', order: 'ASC' }, filter: { q: 'RA.TEST' } });
    expect(after.total).toBe(0);
  });
});
