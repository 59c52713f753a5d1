import { criteriaSetByCode, type Rule } from '@exemplar/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

async function insert(sql: string, params: unknown[]): Promise<string> {
  const [row] = await api.db.query<{ id: string }>(`${sql} RETURNING id::text AS id`, params);
  return row.id;
}

async function person(name: string): Promise<string> {
  return insert(`INSERT INTO person (full_name, search_text) VALUES ($1, $1)`, [name]);
}

async function orgId(code: string): Promise<string> {
  const [row] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = $1`, [code]);
  return row.id;
}

interface Result {
  verdict: string;
  roleGroup: string | null;
  subjectName: string;
  explanationVi: { text: string; verdict: string }[];
  explanationEn: { text: string }[];
  result: { criteria: { key: string; verdict: string; roleGroup: string | null }[] };
}

const EVALUATE = `query($s: SubjectInput!, $code: String, $set: JSON, $asOf: LocalDate) {
  evaluateEligibility(subject: $s, criteriaSetCode: $code, criteriaSet: $set, asOf: $asOf) {
    verdict roleGroup subjectName result explanationVi { text verdict } explanationEn { text }
  }
}`;

/**
 * A deputy director of the Department (seed 000, Hà Giang) with 1 provincial emulation-soldier title
 * and 1 provincial initiative: the leaders' rule needs 2 of either, and the staff rule (1 Bằng khen)
 * does not rescue a leader.
 */
async function deputyDirector(): Promise<string> {
  const id = await person('Vàng Thị Mai');
  await insert(`INSERT INTO position (person_id, organization_id, role_code, from_date) VALUES ($1, $2, 'PHO_GIAM_DOC', '2020-01-01')`, [id, await orgId('HG.SO_LDTBXH')]);
  await insert(`INSERT INTO award_record (person_id, award_type_code, year, achievement_key, issuer_level) VALUES ($1, 'CSTD_BO_TINH', 2022, 'CSTD-2022', 'TINH')`, [id]);
  await insert(`INSERT INTO award_record (person_id, award_type_code, year, achievement_key, issuer_level, issuer_role) VALUES ($1, 'BK_BO_TINH', 2023, 'BK-2023', 'TINH', 'CHU_TICH_UBND_TINH')`, [id]);
  const initiative = await insert(`INSERT INTO initiative (title, recognition_level, recognized_on, applied) VALUES ('Chi trả trợ cấp không dùng tiền mặt', 'TINH', '2023-08-01', true)`, []);
  await insert(`INSERT INTO initiative_author (initiative_id, person_id) VALUES ($1, $2)`, [initiative, id]);
  return id;
}

describe('evaluateEligibility', () => {
  it('judges a deputy director by the leaders’ rule only, and explains it in Vietnamese and English', async () => {
    const id = await deputyDirector();
    const res = await api.gql<{ evaluateEligibility: Result }>(EVALUATE, { s: { kind: 'CA_NHAN', id }, code: 'SEED-000-HA-GIANG', asOf: '2024-12-31' });
    expect(res.body.errors).toBeUndefined();
    const r = res.body.data!.evaluateEligibility;
    expect(r.subjectName).toBe('Vàng Thị Mai');
    expect(r.roleGroup).toBe('LANH_DAO_SO');
    expect(r.verdict).toBe('FAIL');
    const roleCriteria = r.result.criteria.filter((c) => c.roleGroup);
    expect(roleCriteria.length).toBeGreaterThan(0);
    expect(roleCriteria.every((c) => c.roleGroup === 'LANH_DAO_SO')).toBe(true);
    expect(roleCriteria.some((c) => c.verdict === 'FAIL')).toBe(true);
    expect(r.explanationVi[0].text).toMatch(/Không đạt/);
    expect(r.explanationEn[0].text).toMatch(/Failed/);
    const text = r.explanationVi.map((l) => l.text).join('\n');
    expect(text).toMatch(/Chiến sĩ thi đua/);
    // Roles and organization kinds are named, not coded.
    const roleLine = r.explanationVi.find((l) => l.text.startsWith('Xét theo nhóm'))!.text;
    expect(roleLine).not.toMatch(/PHO_GIAM_DOC| SO /);
    expect(roleLine).toMatch(/Phó Giám đốc/i);
  });

  it('evaluates many subjects in one call with one statement per fact source, whatever their number', async () => {
    const ids = [await deputyDirector(), await deputyDirector()];
    const query = `query($s: [SubjectInput!]!) { evaluateEligibilityBatch(subjects: $s, criteriaSetCode: "SEED-000-HA-GIANG", asOf: "2024-12-31") { subjectId verdict roleGroup } }`;
    const two = await api.gql<{ evaluateEligibilityBatch: { subjectId: string; verdict: string }[] }>(query, { s: ids.map((id) => ({ kind: 'CA_NHAN', id })) });
    expect(two.body.errors).toBeUndefined();
    expect(two.body.data!.evaluateEligibilityBatch.map((r) => r.subjectId)).toEqual(ids);
    const many = [];
    for (let i = 0; i < 30; i++) many.push(await person(`Người ${i}`));
    const thirty = await api.gql<{ evaluateEligibilityBatch: { verdict: string }[] }>(query, { s: many.map((id) => ({ kind: 'CA_NHAN', id })) });
    expect(thirty.body.errors).toBeUndefined();
    expect(thirty.body.data!.evaluateEligibilityBatch).toHaveLength(30);
    expect(thirty.statements).toBe(two.statements);
  });

  it('an unattested qualitative criterion is UNKNOWN, and an attestation decides it', async () => {
    const [{ id: org }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = 'LAMDONG.TTXT'`);
    const set = {
      version: 1,
      code: 'TEST-ATTEST',
      title: { vi: 'Thử' },
      parameters: [],
      roleGroups: [],
      combine: 'ALL',
      criteria: [
        {
          key: 'T-1',
          title: { vi: 'Đoàn kết' },
          sourceText: 'Nội bộ đoàn kết',
          confidence: 'exact',
          appliesTo: ['TAP_THE'],
          rule: { op: 'attest', key: 'T-1', text: 'Nội bộ đoàn kết' },
        },
      ],
    };
    const before = await api.gql<{ evaluateEligibility: Result }>(EVALUATE, { s: { kind: 'TAP_THE', id: org }, set });
    expect(before.body.data!.evaluateEligibility.verdict).toBe('UNKNOWN');
    await insert(`INSERT INTO attestation (organization_id, criterion_key, verdict, attested_by, attested_on) VALUES ($1, 'T-1', 'PASS', 'Hội đồng TĐKT', '2025-01-10')`, [org]);
    const after = await api.gql<{ evaluateEligibility: Result }>(EVALUATE, { s: { kind: 'TAP_THE', id: org }, set });
    expect(after.body.data!.evaluateEligibility.verdict).toBe('PASS');
  });

  it('an invalid inline set is refused with the offending JSON path', async () => {
    const set = { version: 1, code: 'BAD', title: { vi: 'x' }, parameters: [], roleGroups: [], combine: 'ALL', criteria: [{ key: 'k', title: { vi: 't' }, sourceText: 's', confidence: 'exact', appliesTo: ['CA_NHAN'], rule: { op: 'count', source: 'AWARD', window: { kind: 'YEARS', from: 'soon', to: 2025 }, cmp: '>=', value: 1 } }] };
    const res = await api.gql(EVALUATE, { s: { kind: 'CA_NHAN', id: await person('X') }, set });
    const error = res.body.errors?.[0];
    expect(error?.extensions?.code).toBe('INVALID_CRITERIA');
    const issues = error?.extensions?.issues as { path: string; vi: string; en: string }[];
    expect(issues.map((i) => i.path)).toContain('criteria[0].rule.window.from');
    expect(issues[0].vi.length).toBeGreaterThan(0);
  });

  it('a missing subject or set is NOT_FOUND; a bad kind is INVALID_VALUE', async () => {
    expect((await api.gql(EVALUATE, { s: { kind: 'CA_NHAN', id: '99999999' }, code: 'SEED-000-HA-GIANG' })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.gql(EVALUATE, { s: { kind: 'CA_NHAN', id: await person('Y') }, code: 'NO-SUCH-SET' })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.gql(EVALUATE, { s: { kind: 'ROBOT', id: '1' }, code: 'SEED-000-HA-GIANG' })).body.errors?.[0].extensions?.code).toBe('INVALID_VALUE');
  });
});

describe('criteria sets are first-class', () => {
  it('lists the seed and Law sets with their criteria; Law sets are linked to their award type', async () => {
    const res = await api.gql<{ allCriteriaSets: { code: string; origin: string; awardTypeCode: string | null; criteria: { key: string; sourceText: string; confidence: string }[] }[] }>(`{
      allCriteriaSets(perPage: 100) { code origin awardTypeCode criteria { key sourceText confidence } }
    }`);
    expect(res.body.errors).toBeUndefined();
    const sets = res.body.data!.allCriteriaSets;
    const codes = sets.map((s) => s.code);
    for (const code of ['SEED-000-HA-GIANG', 'SEED-002-LAO-CAI', 'SEED-003-NAM-DINH', 'SEED-004-LAM-DONG', 'LAW-LAO_DONG_TIEN_TIEN', 'LAW-BK_THU_TUONG']) {
      expect(codes).toContain(code);
    }
    expect(codes.some((c) => c.startsWith('SEED-001-'))).toBe(true);
    const ldtt = sets.find((s) => s.code === 'LAW-LAO_DONG_TIEN_TIEN')!;
    expect(ldtt).toMatchObject({ origin: 'LAW', awardTypeCode: 'LAO_DONG_TIEN_TIEN' });
    expect(sets.every((s) => s.criteria.length > 0 && s.criteria.every((c) => c.sourceText.length > 0))).toBe(true);
  });

  it('creates a set from its JSON form, refuses an invalid one with paths, and versions updates', async () => {
    const definition = {
      version: 1, code: 'USER-TEST', title: { vi: 'Bộ tiêu chí thử' }, parameters: [], roleGroups: [], combine: 'ALL',
      criteria: [{ key: 'U-1', title: { vi: 'Xếp loại' }, sourceText: 'Hoàn thành xuất sắc nhiệm vụ', confidence: 'exact', appliesTo: ['CA_NHAN'], rule: { op: 'ratingAtLeast', level: 'HTXSNV' } }],
    };
    const created = await api.gql<{ createCriteriaSet: { id: string; version: number; origin: string } }>(`mutation($d: JSON!) { createCriteriaSet(definition: $d) { id version origin } }`, { d: definition });
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.createCriteriaSet).toMatchObject({ version: 1, origin: 'USER' });
    const id = created.body.data!.createCriteriaSet.id;

    const bad = await api.gql(`mutation($d: JSON!) { createCriteriaSet(definition: $d) { id } }`, { d: { ...definition, code: 'USER-BAD', criteria: [{ ...definition.criteria[0], rule: { op: 'ratingAtLeast', level: 'SUPER' } }] } });
    expect(bad.body.errors?.[0].extensions?.code).toBe('INVALID_CRITERIA');
    expect((bad.body.errors?.[0].extensions?.issues as { path: string }[])[0].path).toBe('criteria[0].rule.level');

    const dup = await api.gql(`mutation($d: JSON!) { createCriteriaSet(definition: $d) { id } }`, { d: definition });
    expect(dup.body.errors?.[0].extensions?.code).toBe('DUPLICATE_CODE');

    const updated = await api.gql<{ updateCriteriaSet: { version: number; criteria: { key: string }[] } }>(
      `mutation($id: ID!, $d: JSON!) { updateCriteriaSet(id: $id, version: 1, definition: $d) { version criteria { key } } }`,
      { id, d: { ...definition, criteria: [...definition.criteria, { ...definition.criteria[0], key: 'U-2' }] } },
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data!.updateCriteriaSet).toEqual({ version: 2, criteria: [{ key: 'U-1' }, { key: 'U-2' }] });
    const stale = await api.gql(`mutation($id: ID!, $d: JSON!) { updateCriteriaSet(id: $id, version: 1, definition: $d) { version } }`, { id, d: definition });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('reference sets cannot be edited or deleted: they follow the Law and the seed plans', async () => {
    const [{ id, version, definition }] = await api.db.query<{ id: string; version: number; definition: unknown }>(
      `SELECT id::text AS id, version, definition FROM criteria_set WHERE code = 'LAW-LAO_DONG_TIEN_TIEN'`,
    );
    const edit = await api.gql(`mutation($id: ID!, $v: Int, $d: JSON!) { updateCriteriaSet(id: $id, version: $v, definition: $d) { id } }`, { id, v: version, d: definition });
    expect(edit.body.errors?.[0].extensions?.code).toBe('REFERENCE_READ_ONLY');
    const remove = await api.gql(`mutation($id: ID!) { deleteCriteriaSet(id: $id) { id } }`, { id });
    expect(remove.body.errors?.[0].extensions?.code).toBe('REFERENCE_READ_ONLY');
    const [after] = await api.db.query<{ version: number }>(`SELECT version FROM criteria_set WHERE id = $1`, [id]);
    expect(after.version).toBe(version);
  });
});

describe('suggestAwards', () => {
  it('lists the awards whose Law criteria are met, highest rank first', async () => {
    const id = await person('Hoàng Văn Thành');
    const res = await api.gql<{ suggestAwards: { awardType: { code: string; rank: number }; verdict: string }[] }>(
      `query($s: SubjectInput!) { suggestAwards(subject: $s, asOf: "2024-12-31", includeUnknown: true) { awardType { code rank } verdict } }`,
      { s: { kind: 'CA_NHAN', id } },
    );
    expect(res.body.errors).toBeUndefined();
    const ranks = res.body.data!.suggestAwards.map((s) => s.awardType.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // Someone with no record at all meets nothing for sure.
    expect(res.body.data!.suggestAwards.every((s) => s.verdict !== 'PASS')).toBe(true);
  });

  it('a worker with an excellent year, the Lao động tiên tiến title and an initiative gets Chiến sĩ thi đua cơ sở first', async () => {
    const id = await person('Lò Văn Sáng');
    await insert(`INSERT INTO annual_rating (person_id, year, level) VALUES ($1, 2024, 'HTXSNV')`, [id]);
    await insert(`INSERT INTO award_record (person_id, award_type_code, year, achievement_key) VALUES ($1, 'LAO_DONG_TIEN_TIEN', 2024, 'LDTT-2024')`, [id]);
    const initiative = await insert(`INSERT INTO initiative (title, recognition_level, recognized_on, applied) VALUES ('Sổ tay điện tử', 'CO_SO', '2024-05-01', true)`, []);
    await insert(`INSERT INTO initiative_author (initiative_id, person_id) VALUES ($1, $2)`, [initiative, id]);
    // The qualitative criteria of both titles, attested by a reviewer.
    const attestKeys = (rule: Rule): string[] =>
      rule.op === 'attest' ? [rule.key] : Object.values(rule).flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v): v is Rule => typeof v === 'object' && v !== null && 'op' in v).flatMap(attestKeys);
    for (const code of ['LAW-LAO_DONG_TIEN_TIEN', 'LAW-CSTD_CO_SO']) {
      for (const criterion of criteriaSetByCode(code)!.criteria) {
        for (const key of attestKeys(criterion.rule)) {
          await insert(`INSERT INTO attestation (person_id, criterion_key, verdict, attested_by, attested_on) VALUES ($1, $2, 'PASS', 'Hội đồng TĐKT', '2024-12-20')`, [id, key]);
        }
      }
    }
    const res = await api.gql<{ suggestAwards: { awardType: { code: string }; verdict: string }[] }>(
      `query($s: SubjectInput!) { suggestAwards(subject: $s, asOf: "2024-12-31") { awardType { code } verdict } }`,
      { s: { kind: 'CA_NHAN', id } },
    );
    expect(res.body.errors).toBeUndefined();
    const codes = res.body.data!.suggestAwards.map((s) => s.awardType.code);
    expect(codes.slice(0, 2)).toEqual(['CSTD_CO_SO', 'LAO_DONG_TIEN_TIEN']);
    expect(res.body.data!.suggestAwards.every((s) => s.verdict === 'PASS')).toBe(true);
  });
});
