import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

const COUNTS = `query Counts($level: String!, $validOn: LocalDate) {
  _allAdministrativeUnitsMeta(filter: { level: $level, validOn: $validOn }) { count }
}`;

async function count(level: string, validOn?: string): Promise<number> {
  const res = await api.gql<{ _allAdministrativeUnitsMeta: { count: number } }>(COUNTS, { level, validOn });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!._allAdministrativeUnitsMeta.count;
}

describe('the country valid on a date', () => {
  it('today: 34 provinces, no districts, 3,321 communes', async () => {
    expect(await count('province')).toBe(34);
    expect(await count('district')).toBe(0);
    expect(await count('commune')).toBe(3321);
  });

  it('on 2025-06-30: 63 provinces, 696 districts, 10,035 communes', async () => {
    expect(await count('province', '2025-06-30')).toBe(63);
    expect(await count('district', '2025-06-30')).toBe(696);
    expect(await count('commune', '2025-06-30')).toBe(10035);
  });

  it('on 2025-07-01 (inclusive boundary) the new state holds', async () => {
    expect(await count('province', '2025-07-01')).toBe(34);
  });
});

describe('Huyện Ba Bể', () => {
  it('resolves on 2025-07-01 to communes of Tỉnh Thái Nguyên, and to itself the day before', async () => {
    const res = await api.gql<{
      allAdministrativeUnits: { name: string; level: string; validTo: string; before: { name: string }[]; after: { code: string; level: string; parent: { name: string } }[] }[];
    }>(`{
      allAdministrativeUnits(filter: { code: "061", validOn: "2025-06-30" }) {
        name level validTo
        before: successorsOn(date: "2025-06-30") { name }
        after: successorsOn(date: "2025-07-01") { code level parent { name } }
      }
    }`);
    expect(res.body.errors).toBeUndefined();
    const [district] = res.body.data!.allAdministrativeUnits;
    expect(district.name).toBe('Huyện Ba Bể');
    expect(district.validTo).toBe('2025-06-30');
    expect(district.before.map((u) => u.name)).toEqual(['Huyện Ba Bể']);
    expect(district.after.length).toBeGreaterThanOrEqual(5);
    for (const unit of district.after) {
      expect(unit.level).toBe('commune');
      expect(unit.parent.name).toBe('Tỉnh Thái Nguyên');
    }
    expect(district.after.map((u) => u.code)).toEqual(expect.arrayContaining(['01894', '01906', '01912', '01921', '01933']));
  });
});

describe('successorsOn walks the mapping in both directions', () => {
  it('a 2025 province on a date before the reform resolves to the provinces it was formed from', async () => {
    const res = await api.gql<{ allAdministrativeUnits: { name: string; before: { name: string; dataset: string }[]; today: { name: string }[] }[] }>(`{
      allAdministrativeUnits(filter: { q: "thai nguyen", level: "province" }) {
        name
        before: successorsOn(date: "2025-06-30") { name dataset }
        today: successorsOn { name }
      }
    }`);
    expect(res.body.errors).toBeUndefined();
    const [province] = res.body.data!.allAdministrativeUnits;
    expect(province.today.map((u) => u.name)).toEqual(['Tỉnh Thái Nguyên']);
    expect(province.before.map((u) => u.name).sort()).toEqual(['Tỉnh Bắc Kạn', 'Tỉnh Thái Nguyên']);
    expect(province.before.every((u) => u.dataset === 'VN-2024')).toBe(true);
  });

  it('a 2025 commune resolves back to the communes that formed it, and those forward to it', async () => {
    const res = await api.gql<{ allAdministrativeUnits: { id: string; before: { id: string; code: string; after: { id: string }[] }[] }[] }>(`{
      allAdministrativeUnits(filter: { code: "01906" }) {
        id
        before: successorsOn(date: "2025-06-30") { id code after: successorsOn(date: "2025-07-01") { id } }
      }
    }`);
    expect(res.body.errors).toBeUndefined();
    const [commune] = res.body.data!.allAdministrativeUnits;
    expect(commune.before.length).toBeGreaterThan(0);
    for (const old of commune.before) expect(old.after.map((u) => u.id)).toContain(commune.id);
    expect(res.statements).toBe(3);
  });
});

describe('vocabularies are data', () => {
  it('lists levels top down and kinds per level, with Vietnamese and English names', async () => {
    const res = await api.gql<{
      administrativeLevels: { code: string; depth: number; nameVi: string }[];
      administrativeUnitKinds: { code: string; level: string; prefix: string; nameEn: string }[];
      organizationKinds: { code: string }[];
      sectors: { code: string; nameVi: string }[];
    }>(`{
      administrativeLevels { code depth nameVi }
      administrativeUnitKinds { code level prefix nameEn }
      organizationKinds { code }
      sectors { code nameVi }
    }`);
    expect(res.body.errors).toBeUndefined();
    const data = res.body.data!;
    expect(data.administrativeLevels.map((l) => l.code)).toEqual(['province', 'district', 'commune']);
    expect(data.administrativeUnitKinds.find((k) => k.code === 'dac_khu')).toEqual({ code: 'dac_khu', level: 'commune', prefix: 'Đặc khu', nameEn: 'Special zone' });
    expect(data.organizationKinds.map((k) => k.code)).toContain('UBND');
    expect(data.sectors.find((s) => s.code === 'Y_TE')?.nameVi).toBe('Y tế');
  });
});
