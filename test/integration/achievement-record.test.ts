import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(query, variables);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!;
}

async function count(table: string): Promise<number> {
  const [{ n }] = await api.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(n);
}

async function newPerson(fullName: string): Promise<string> {
  const data = await ok<{ createPerson: { id: string } }>(
    `mutation($n: String!) { createPerson(fullName: $n, gender: "NU", birthYear: 1985) { id } }`,
    { n: fullName },
  );
  return data.createPerson.id;
}

async function ensureAwardType(code: string, rank: number): Promise<void> {
  const existing = await ok<{ allAwardTypes: unknown[] }>(`query($c: String) { allAwardTypes(filter: { code: $c }) { id } }`, { c: code });
  if (existing.allAwardTypes.length) return;
  await ok(
    `mutation($c: String!, $r: Int!) {
      createAwardType(code: $c, nameVi: "Bằng khen", nameEn: "Certificate of merit", category: "BANG_KHEN", level: "TINH", subjectKinds: ["CA_NHAN", "TAP_THE"], rank: $r) { id }
    }`,
    { c: code, r: rank },
  );
}

const RECORD = `mutation($kind: String!, $id: ID!, $type: String!, $key: String!, $year: Int!) {
  createAwardRecord(subjectKind: $kind, subjectId: $id, awardTypeCode: $type, year: $year, achievementKey: $key,
    issuerLevel: "TINH", issuerRole: "CHU_TICH_UBND_TINH", decisionNumber: "1234/QĐ-UBND", decisionDate: "2024-12-20") {
    id subjectKind subjectId awardTypeCode year achievementKey issuerLevel decisionDate
  }
}`;

describe('the achievement record', () => {
  it('records people and finds them without diacritics', async () => {
    const id = await newPerson('Nguyễn Thị Hồng Nhung');
    const found = await ok<{ allPeople: { id: string; fullName: string; version: number }[] }>(`{ allPeople(filter: { q: "hong nhung" }) { id fullName version } }`);
    expect(found.allPeople).toEqual([{ id, fullName: 'Nguyễn Thị Hồng Nhung', version: 1 }]);
    const stale = await api.gql(`mutation($id: ID!) { updatePerson(id: $id, version: 7, ethnicity: "Tày") { id } }`, { id });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const updated = await ok<{ updatePerson: { ethnicity: string; version: number } }>(
      `mutation($id: ID!) { updatePerson(id: $id, version: 1, ethnicity: "Tày") { ethnicity version } }`,
      { id },
    );
    expect(updated.updatePerson).toEqual({ ethnicity: 'Tày', version: 2 });
  });

  it('one achievement, one reward: a second award for the same achievement is refused, nothing written', async () => {
    await ensureAwardType('BK_BO_TINH', 40);
    const person = await newPerson('Trần Văn Bình');
    const first = await ok<{ createAwardRecord: Record<string, unknown> }>(RECORD, { kind: 'CA_NHAN', id: person, type: 'BK_BO_TINH', key: 'NAM_2024', year: 2024 });
    expect(first.createAwardRecord).toMatchObject({ subjectKind: 'CA_NHAN', subjectId: person, awardTypeCode: 'BK_BO_TINH', decisionDate: '2024-12-20' });
    const before = await count('award_record');
    const again = await api.gql(RECORD, { kind: 'CA_NHAN', id: person, type: 'BK_BO_TINH', key: 'NAM_2024', year: 2024 });
    expect(again.body.errors?.[0].extensions).toMatchObject({ code: 'DUPLICATE_ACHIEVEMENT', field: 'achievementKey' });
    expect((again.body.errors?.[0].extensions?.messages as { vi: string }).vi).toMatch(/một lần/);
    expect(await count('award_record')).toBe(before);
    // Another achievement of the same person, or the same key for someone else, is fine.
    await ok(RECORD, { kind: 'CA_NHAN', id: person, type: 'BK_BO_TINH', key: 'NAM_2025', year: 2025 });
    await ok(RECORD, { kind: 'CA_NHAN', id: await newPerson('Lê Thị C'), type: 'BK_BO_TINH', key: 'NAM_2024', year: 2024 });
  });

  it('facts of a collective and of a household are filtered by their subject', async () => {
    await ensureAwardType('BK_BO_TINH', 40);
    const [{ id: org }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = 'BACKAN.BABE.PHONG_GDDT'`);
    await ok(RECORD, { kind: 'TAP_THE', id: org, type: 'BK_BO_TINH', key: 'NAM_2023', year: 2023 });
    const list = await ok<{ allAwardRecords: { subjectKind: string; subjectId: string }[] }>(
      `query($id: ID) { allAwardRecords(filter: { subjectKind: "TAP_THE", subjectId: $id }) { subjectKind subjectId } }`,
      { id: org },
    );
    expect(list.allAwardRecords).toEqual([{ subjectKind: 'TAP_THE', subjectId: org }]);

    const [{ id: commune }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM administrative_unit WHERE dataset = 'VN-2025' AND code = '01906'`);
    const household = await ok<{ createHousehold: { id: string } }>(`mutation($u: ID!) { createHousehold(name: "Hộ ông Hoàng Văn D", unitId: $u) { id } }`, { u: commune });
    const hh = household.createHousehold.id;
    for (const [year, value] of [[2023, 80_000_000], [2024, 95_500_000.5]] as const) {
      await ok(`mutation($id: ID!, $y: Int!, $v: Float!) { createYearlyMetric(subjectKind: "HO_GIA_DINH", subjectId: $id, code: "THU_NHAP_HO", year: $y, value: $v) { id } }`, { id: hh, y: year, v: value });
    }
    const metrics = await ok<{ allYearlyMetrics: { year: number; value: number }[] }>(
      `query($id: ID) { allYearlyMetrics(filter: { subjectKind: "HO_GIA_DINH", subjectId: $id }, sortField: "year", sortOrder: "ASC") { year value } }`,
      { id: hh },
    );
    expect(metrics.allYearlyMetrics).toEqual([{ year: 2023, value: 80_000_000 }, { year: 2024, value: 95_500_000.5 }]);
    const dup = await api.gql(`mutation($id: ID!) { createYearlyMetric(subjectKind: "HO_GIA_DINH", subjectId: $id, code: "THU_NHAP_HO", year: 2024, value: 1) { id } }`, { id: hh });
    expect(dup.body.errors?.[0].extensions?.code).toBe('DUPLICATE');
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    await ensureAwardType('BK_BO_TINH', 40);
    const person = await newPerson('Phạm Văn E');
    const before = await count('award_record');
    const cases: [Record<string, unknown>, string, string | null][] = [
      [{ kind: 'XX', id: person, type: 'BK_BO_TINH', key: 'k', year: 2024 }, 'INVALID_VALUE', 'subjectKind'],
      [{ kind: 'CA_NHAN', id: '999999999', type: 'BK_BO_TINH', key: 'k', year: 2024 }, 'NOT_FOUND', null],
      [{ kind: 'CA_NHAN', id: person, type: 'NO_SUCH_AWARD', key: 'k', year: 2024 }, 'NOT_FOUND', 'awardTypeCode'],
      [{ kind: 'CA_NHAN', id: person, type: 'bk bo tinh', key: 'k', year: 2024 }, 'INVALID_CODE', 'awardTypeCode'],
      [{ kind: 'CA_NHAN', id: person, type: 'BK_BO_TINH', key: 'k', year: 1800 }, 'INVALID_VALUE', 'year'],
      [{ kind: 'CA_NHAN', id: person, type: 'BK_BO_TINH', key: '   ', year: 2024 }, 'REQUIRED', 'achievementKey'],
    ];
    for (const [vars, code, field] of cases) {
      const res = await api.gql(RECORD, vars);
      expect(res.body.errors?.[0].extensions?.code, JSON.stringify(vars)).toBe(code);
      if (field) expect(res.body.errors?.[0].extensions?.field).toBe(field);
    }
    const rating = await api.gql(`mutation($id: ID!) { createAnnualRating(subjectKind: "CA_NHAN", subjectId: $id, year: 2024, level: "GIOI") { id } }`, { id: person });
    expect(rating.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_VALUE', field: 'level' });
    expect(await count('award_record')).toBe(before);
  });

  it('deletes a person with their own records, but not one a household still names as its head', async () => {
    const head = await newPerson('Chu Văn G');
    const [{ id: commune }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM administrative_unit WHERE dataset = 'VN-2025' AND code = '01906'`);
    await ok(`mutation($p: ID!, $u: ID!) { createHousehold(name: "Hộ ông Chu Văn G", headPersonId: $p, unitId: $u) { id } }`, { p: head, u: commune });
    const refused = await api.gql(`mutation($id: ID!) { deletePerson(id: $id) { id } }`, { id: head });
    expect(refused.body.errors?.[0].extensions?.code).toBe('IN_USE');

    const other = await newPerson('Chu Thị H');
    await ok(`mutation($p: ID!) { createAnnualRating(subjectKind: "CA_NHAN", subjectId: $p, year: 2024, level: "HTTNV") { id } }`, { p: other });
    const deleted = await ok<{ deletePerson: { id: string } }>(`mutation($id: ID!) { deletePerson(id: $id) { id } }`, { id: other });
    expect(deleted.deletePerson.id).toBe(other);
    const [{ n }] = await api.db.query<{ n: string }>(`SELECT count(*) AS n FROM annual_rating WHERE person_id = $1`, [other]);
    expect(Number(n)).toBe(0);
  });

  it('reads a person, their positions and ratings in one request with one statement per list', async () => {
    const person = await newPerson('Đỗ Minh F');
    const [{ id: org }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = 'BACKAN.BABE.UBND'`);
    await ok(`mutation($p: ID!, $o: ID!) { createPosition(personId: $p, organizationId: $o, roleCode: "PHO_GIAM_DOC", fromDate: "2021-01-01") { id } }`, { p: person, o: org });
    for (const year of [2022, 2023, 2024]) {
      await ok(`mutation($p: ID!, $y: Int!) { createAnnualRating(subjectKind: "CA_NHAN", subjectId: $p, year: $y, level: "HTXSNV") { id } }`, { p: person, y: year });
    }
    const res = await api.gql<{ allPositions: unknown[]; allAnnualRatings: { year: number }[]; _allAnnualRatingsMeta: { count: number } }>(
      `query($p: ID) {
        allPositions(filter: { personId: $p }) { roleCode fromDate }
        allAnnualRatings(filter: { subjectKind: "CA_NHAN", subjectId: $p }, sortField: "year", sortOrder: "ASC") { year level }
        _allAnnualRatingsMeta(filter: { subjectKind: "CA_NHAN", subjectId: $p }, sortField: "year", sortOrder: "ASC") { count }
      }`,
      { p: person },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.allPositions).toEqual([{ roleCode: 'PHO_GIAM_DOC', fromDate: '2021-01-01' }]);
    expect(res.body.data!.allAnnualRatings.map((r) => r.year)).toEqual([2022, 2023, 2024]);
    expect(res.body.data!._allAnnualRatingsMeta.count).toBe(3);
    expect(res.statements).toBe(2);
  });
});
