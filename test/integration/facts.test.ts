import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, QueryStats } from '@exemplar/api/db';
import { FactsRepository } from '@exemplar/api/modules';
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

/** A division with two staff and a director, each with a few facts; and a household. */
async function world() {
  const [{ id: org }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = 'BACKAN.BABE.PHONG_GDDT'`);
  const people: string[] = [];
  for (const name of ['Hà Văn A', 'Lý Thị B', 'Nông Văn C']) {
    people.push(await insert(`INSERT INTO person (full_name, search_text) VALUES ($1, $1)`, [name]));
  }
  await insert(`INSERT INTO position (person_id, organization_id, role_code, from_date, to_date) VALUES ($1, $2, 'TRUONG_PHONG', '2020-01-01', NULL)`, [people[0], org]);
  await insert(`INSERT INTO position (person_id, organization_id, role_code, from_date, to_date) VALUES ($1, $2, 'CAN_BO', '2019-03-01', '2024-12-31')`, [people[1], org]);
  await insert(`INSERT INTO position (person_id, organization_id, role_code, from_date, to_date) VALUES ($1, $2, 'CAN_BO', '2025-01-01', NULL)`, [people[2], org]);
  await api.db.query(`INSERT INTO award_type (code, name_vi, name_en, category, level, subject_kinds, rank, search_text)
    VALUES ('CSTD_CO_SO', 'Chiến sĩ thi đua cơ sở', 'Grassroots emulation soldier', 'DANH_HIEU_THI_DUA', 'CO_SO', '{CA_NHAN}', 20, 'cstd') ON CONFLICT DO NOTHING`);
  for (const year of [2022, 2023]) {
    await insert(`INSERT INTO award_record (person_id, award_type_code, year, achievement_key) VALUES ($1, 'CSTD_CO_SO', $2, $3)`, [people[0], year, `Y${year}`]);
    await insert(`INSERT INTO annual_rating (person_id, year, level) VALUES ($1, $2, 'HTXSNV')`, [people[0], year]);
  }
  const initiative = await insert(`INSERT INTO initiative (title, recognition_level, recognized_on, applied) VALUES ('Số hóa hồ sơ', 'TINH', '2023-06-01', true)`, []);
  await insert(`INSERT INTO initiative_author (initiative_id, person_id) VALUES ($1, $2)`, [initiative, people[0]]);
  const research = await insert(`INSERT INTO initiative (kind, title, recognition_level, recognized_on) VALUES ('DE_TAI_KHOA_HOC', 'Đề tài X', 'TINH', '2024-02-01')`, []);
  await insert(`INSERT INTO initiative_author (initiative_id, organization_id) VALUES ($1, $2)`, [research, org]);
  await insert(`INSERT INTO discipline (person_id, form, decided_on) VALUES ($1, 'KHIEN_TRACH', '2021-05-05')`, [people[1]]);
  await insert(`INSERT INTO annual_rating (organization_id, year, level) VALUES ($1, 2024, 'HTTNV')`, [org]);
  await insert(`INSERT INTO attestation (organization_id, criterion_key, verdict, attested_by, attested_on) VALUES ($1, 'BB-GEN', 'PASS', 'Phòng Nội vụ', '2025-03-01')`, [org]);

  const [{ id: commune }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM administrative_unit WHERE dataset = 'VN-2025' AND code = '01906'`);
  const household = await insert(`INSERT INTO household (name, head_person_id, unit_id, search_text) VALUES ('Hộ ông Hà Văn A', $1, $2, 'ho')`, [people[0], commune]);
  await insert(`INSERT INTO household_member (household_id, person_id, relation) VALUES ($1, $2, 'CHU_HO')`, [household, people[0]]);
  for (const [year, value] of [[2023, 60.5], [2024, 72]]) {
    await insert(`INSERT INTO yearly_metric (household_id, code, year, value) VALUES ($1, 'THU_NHAP_HO', $2, $3)`, [household, year, value]);
  }
  await insert(`INSERT INTO cultural_title (household_id, code, year) VALUES ($1, 'GIA_DINH_VAN_HOA', 2024)`, [household]);
  await insert(`INSERT INTO subject_flag (organization_id, code, year, value) VALUES ($1, 'TO_CHUC_DANG_TSVM', 2024, true)`, [org]);
  return { org, people, household };
}

describe('facts for the evaluator', () => {
  it('loads people, a collective with its members on the date, and a household, in a fixed number of statements', async () => {
    const { org, people, household } = await world();
    const stats = new QueryStats();
    const repo = new FactsRepository(createDb(api.dataSource, stats));
    const facts = await repo.load(
      [
        { kind: 'CA_NHAN', id: people[0] },
        { kind: 'TAP_THE', id: org },
        { kind: 'HO_GIA_DINH', id: household },
        { kind: 'CA_NHAN', id: '999999999' },
      ],
      '2024-06-30',
    );
    expect(facts.has('P999999999')).toBe(false);

    const director = facts.get(`P${people[0]}`)!;
    expect(director.subject).toEqual({ id: people[0], kind: 'CA_NHAN', name: 'Hà Văn A' });
    expect(director.positions).toEqual([
      expect.objectContaining({ roleCode: 'TRUONG_PHONG', from: '2020-01-01', to: null, organizationId: org, organizationKind: 'PHONG' }),
    ]);
    expect(director.awards.map((a) => [a.awardType, a.year])).toEqual([['CSTD_CO_SO', 2022], ['CSTD_CO_SO', 2023]]);
    expect(director.ratings.map((r) => r.level)).toEqual(['HTXSNV', 'HTXSNV']);
    expect(director.initiatives).toEqual([expect.objectContaining({ title: 'Số hóa hồ sơ', recognitionLevel: 'TINH', applied: true, recognizedOn: '2023-06-01' })]);

    const division = facts.get(`O${org}`)!;
    // On 2024-06-30 the members are the head and the staff member who left at the end of 2024, not the one who came in 2025.
    expect(division.members!.map((m) => m.subject.name).sort()).toEqual(['Hà Văn A', 'Lý Thị B']);
    expect(division.members!.find((m) => m.subject.name === 'Lý Thị B')!.disciplines).toEqual([
      expect.objectContaining({ form: 'KHIEN_TRACH', decidedOn: '2021-05-05', effectiveTo: null }),
    ]);
    expect(division.researchWorks).toEqual([expect.objectContaining({ title: 'Đề tài X', level: 'TINH', acceptedOn: '2024-02-01' })]);
    expect(division.ratings).toEqual([expect.objectContaining({ year: 2024, level: 'HTTNV' })]);
    expect(division.attestations).toEqual([expect.objectContaining({ criterionKey: 'BB-GEN', verdict: 'PASS', attestedBy: 'Phòng Nội vụ' })]);
    expect(division.flags).toEqual([expect.objectContaining({ code: 'TO_CHUC_DANG_TSVM', year: 2024, value: true })]);

    const home = facts.get(`H${household}`)!;
    expect(home.metrics.map((m) => [m.year, m.value])).toEqual([[2023, 60.5], [2024, 72]]);
    expect(home.culturalTitles).toEqual([expect.objectContaining({ code: 'GIA_DINH_VAN_HOA', year: 2024 })]);
    expect(home.members!.map((m) => m.subject.name)).toEqual(['Hà Văn A']);

    // Two rounds (subjects, then members) of one statement per fact source, plus the membership query.
    expect(stats.statements).toBeLessThanOrEqual(21);
    const again = new QueryStats();
    const many = Array.from({ length: 50 }, (_, i) => ({ kind: 'CA_NHAN' as const, id: String(1_000_000 + i) }));
    await new FactsRepository(createDb(api.dataSource, again)).load([...many, { kind: 'TAP_THE', id: org }], '2024-06-30');
    expect(again.statements).toBe(stats.statements);

    // A collective's members include the staff of the organizations under it.
    const [{ id: ubnd }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = 'BACKAN.BABE.UBND'`);
    const [{ parent }] = await api.db.query<{ parent: string }>(`SELECT parent_id::text AS parent FROM organization WHERE id = $1`, [org]);
    expect(parent).toBe(ubnd);
    const district = (await repo.load([{ kind: 'TAP_THE', id: ubnd }], '2024-06-30')).get(`O${ubnd}`)!;
    expect(district.members!.map((m) => m.subject.name).sort()).toEqual(['Hà Văn A', 'Lý Thị B']);
  });
});
