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
