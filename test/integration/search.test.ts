import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

async function search(q: string, extra = ''): Promise<string[]> {
  const res = await api.gql<{ allAdministrativeUnits: { name: string }[] }>(
    `query($q: String) { allAdministrativeUnits(filter: { q: $q ${extra} }, perPage: 100) { name } }`,
    { q },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.allAdministrativeUnits.map((u) => u.name);
}

describe('search ignores diacritics and Unicode normal forms', () => {
  it.each([
    ['ba be', 'allTime: true', 'Huyện Ba Bể'],
    ['Ba Bể', 'allTime: true', 'Huyện Ba Bể'],
    ['dong thap', '', 'Tỉnh Đồng Tháp'],
    ['ĐỒNG THÁP', '', 'Tỉnh Đồng Tháp'],
    ['Hà Nội'.normalize('NFD'), '', 'Thành phố Hà Nội'],
    ['thai nguyen', '', 'Tỉnh Thái Nguyên'],
    ['bac kan', 'validOn: "2025-06-30"', 'Tỉnh Bắc Kạn'],
    ['ha giang', 'validOn: "2025-06-30"', 'Tỉnh Hà Giang'],
    ['lao cai', '', 'Tỉnh Lào Cai'],
    ['nam dinh', 'validOn: "2025-06-30"', 'Tỉnh Nam Định'],
    ['lam dong', '', 'Tỉnh Lâm Đồng'],
  ])('%j (%s) finds %s', async (q, extra, expected) => {
    expect(await search(q, extra)).toContain(expected);
  });

  it('a province that no longer exists is not found today, and is on 2025-06-30', async () => {
    expect(await search('bac kan')).not.toContain('Tỉnh Bắc Kạn');
    expect(await search('bac kan', 'validOn: "2025-06-30"')).toContain('Tỉnh Bắc Kạn');
  });

  it('matches every word typed, in any order, at the start of a word', async () => {
    expect(await search('be ba', 'allTime: true')).toContain('Huyện Ba Bể');
    expect(await search('nguyen thai')).toContain('Tỉnh Thái Nguyên');
    expect(await search('guyen')).not.toContain('Tỉnh Thái Nguyên');
    const awards = await api.gql<{ allAwardTypes: { nameVi: string }[] }>(`{ allAwardTypes(filter: { q: "bang khen thu tuong" }) { nameVi } }`);
    expect(awards.body.data!.allAwardTypes.map((a) => a.nameVi)).toContain('Bằng khen của Thủ tướng Chính phủ');
  });

  it('regular-expression characters in a search are plain text', async () => {
    for (const q of ['(', 'ba[', '.*', '\\', '^$', 'a|b']) expect(await search(q)).toEqual([]);
  });

  it('finds a unit by its code', async () => {
    expect(await search('01906')).toEqual(['Xã Ba Bể']);
  });

  it('searches organizations the same way', async () => {
    const res = await api.gql<{ allOrganizations: { name: string }[] }>(`{ allOrganizations(filter: { q: "ubnd huyen ba be" }) { name } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.allOrganizations.map((o) => o.name)).toContain('Ủy ban nhân dân huyện Ba Bể');
  });
});
