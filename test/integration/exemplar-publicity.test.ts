import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
let communeId: string;
let successorCode: string;
let recognised: string;
let candidate: string;

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await api.gql<T>(query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}

const ACTIVITY = `mutation($e: ID!, $k: String!, $t: String!, $s: String, $c: String, $o: String, $l: String, $a: [ID!]) {
  createExemplarActivity(exemplarId: $e, kind: $k, title: $t, happenedOn: "2023-08-01", subtype: $s, channel: $c, outlet: $o, link: $l, adoptingOrganizationIds: $a) { id kind channel adoptingOrganizationIds } }`;

beforeAll(async () => {
  api = await startTestServer();
  const [row] = await api.db.query<{ id: string; successor: string }>(
    `SELECT c.id::text AS id, n.code AS successor FROM administrative_unit c JOIN administrative_unit d ON d.id = c.parent_id
     JOIN administrative_unit_succession s ON s.predecessor_id = c.id JOIN administrative_unit n ON n.id = s.successor_id
     WHERE d.code = '061' AND d.dataset = 'VN-2024' ORDER BY c.code LIMIT 1`,
  );
  communeId = row.id;
  successorCode = row.successor;
  const create = async (name: string) =>
    (await ok<{ createExemplar: { id: string; version: number } }>(`mutation($n: String!, $u: ID!) { createExemplar(modelName: $n, discoveredVia: "EMULATION_MOVEMENT", unitId: $u) { id version } }`, { n: name, u: communeId })).createExemplar;
  const model = await create('Mô hình nuôi cá lồng trên hồ Ba Bể');
  let v = model.version;
  for (const stage of ['NOMINATED', 'UNDER_REVIEW', 'RECOGNISED']) {
    v = (await ok<{ advanceExemplar: { version: number } }>(`mutation($id: ID!, $v: Int!, $s: String!) { advanceExemplar(id: $id, version: $v, stage: $s, reason: "r", author: "a") { version } }`, { id: model.id, v, s: stage })).advanceExemplar.version;
  }
  recognised = model.id;
  candidate = (await create('Mô hình mới phát hiện')).id;
});
afterAll(async () => {
  await api?.close();
});

describe('what hangs off an exemplar', () => {
  it('publicity needs a channel; evaluations and replication their kind of subtype; adopters must exist', async () => {
    const noChannel = await api.gql(ACTIVITY, { e: recognised, k: 'PUBLICITY', t: 'Bài viết trên báo' });
    expect(noChannel.body.errors?.[0].extensions).toMatchObject({ code: 'REQUIRED', field: 'channel' });
    const press = await ok<{ createExemplarActivity: { kind: string; channel: string } }>(ACTIVITY, {
      e: recognised,
      k: 'PUBLICITY',
      t: 'Ba Bể: nuôi cá lồng làm giàu',
      c: 'PROVINCIAL_NEWSPAPER',
      o: 'Báo Bắc Kạn',
      l: 'https://baobackan.vn/ca-long',
    });
    expect(press.createExemplarActivity).toMatchObject({ kind: 'PUBLICITY', channel: 'PROVINCIAL_NEWSPAPER' });
    const badLink = await api.gql(ACTIVITY, { e: recognised, k: 'PUBLICITY', t: 'x', c: 'PORTAL', l: 'javascript:alert(1)' });
    expect(badLink.body.errors?.[0].extensions).toMatchObject({ field: 'link' });
    const badEvaluation = await api.gql(ACTIVITY, { e: recognised, k: 'EVALUATION', t: 'Kiểm tra', s: 'GOSSIP' });
    expect(badEvaluation.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_VALUE', field: 'subtype' });
    const ghost = await api.gql(ACTIVITY, { e: recognised, k: 'REPLICATION', t: 'Tham quan học tập', s: 'STUDY_VISIT', a: ['999999'] });
    expect(ghost.body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'adoptingOrganizationIds' });
    const [{ id: adopter }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = 'BACKAN.BABE.UBMTTQ'`);
    const visit = await ok<{ createExemplarActivity: { adoptingOrganizationIds: string[] } }>(ACTIVITY, { e: recognised, k: 'REPLICATION', t: 'Tham quan học tập', s: 'STUDY_VISIT', a: [adopter, adopter] });
    expect(visit.createExemplarActivity.adoptingOrganizationIds).toEqual([adopter]);
  });

  it('a portal asks for the recognised exemplars of a unit, in either state of the reform, with their publicity', async () => {
    const QUERY = `query($u: String!, $d: LocalDate) { recognisedExemplars(unitCode: $u, date: $d) { id stage displayName activities(kind: "PUBLICITY") { channel outlet link } } }`;
    const after = await api.gql<{ recognisedExemplars: { id: string; displayName: string; activities: { outlet: string }[] }[] }>(QUERY, { u: successorCode, d: '2025-09-01' });
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data!.recognisedExemplars).toEqual([
      { id: recognised, stage: 'RECOGNISED', displayName: 'Mô hình nuôi cá lồng trên hồ Ba Bể', activities: [{ channel: 'PROVINCIAL_NEWSPAPER', outlet: 'Báo Bắc Kạn', link: 'https://baobackan.vn/ca-long' }] },
    ]);
    expect(after.statements).toBeLessThanOrEqual(4);
    const district = await ok<{ recognisedExemplars: { id: string }[] }>(QUERY, { u: '061', d: '2023-06-01' });
    expect(district.recognisedExemplars.map((e) => e.id)).toEqual([recognised]);
    expect(district.recognisedExemplars.map((e) => e.id)).not.toContain(candidate);
    const elsewhere = await ok<{ recognisedExemplars: unknown[] }>(QUERY, { u: '10', d: '2023-06-01' });
    expect(elsewhere.recognisedExemplars).toEqual([]);
    const bad = await api.gql(`{ recognisedExemplars(unitCode: "061", date: "2023-06-01", first: 501) { id } }`);
    expect(bad.body.errors?.[0].extensions?.code).toBe('PAGE_SIZE_TOO_LARGE');
  });
});

describe('milestones are due, done or overdue', () => {
  it('Ba Bể’s interim review of Q1 2023: due in March, overdue in April, done once recorded', async () => {
    const Q = `query($a: LocalDate) { allPlanMilestones(filter: { planCode: "SEED-001-BA-BE", key: "BB-M-SK-2023" }) { id status(asOf: $a) doneOn dueRanges { to } } }`;
    const [m] = (await ok<{ allPlanMilestones: { id: string; status: string; doneOn: string | null }[] }>(Q, { a: '2023-03-15' })).allPlanMilestones;
    expect(m).toMatchObject({ status: 'DUE', doneOn: null });
    expect((await ok<{ allPlanMilestones: { status: string }[] }>(Q, { a: '2023-04-02' })).allPlanMilestones[0].status).toBe('OVERDUE');
    const future = await api.gql(`mutation($id: ID!) { completeMilestone(id: $id, doneOn: "2999-01-01", author: "x") { id } }`, { id: m.id });
    expect(future.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_VALUE', field: 'doneOn' });
    const done = await ok<{ completeMilestone: { status: string; doneOn: string } }>(
      `mutation($id: ID!) { completeMilestone(id: $id, doneOn: "2023-04-10", author: "Phòng Nội vụ", note: "Đã sơ kết") { status(asOf: "2023-05-01") doneOn } }`,
      { id: m.id },
    );
    expect(done.completeMilestone).toEqual({ status: 'DONE', doneOn: '2023-04-10' });
    const upcoming = await ok<{ upcomingMilestones: { key: string; status: string; doneOn: string | null; milestoneId: string }[] }>(`{ upcomingMilestones(unitCode: "061", from: "2023-01-01", days: 120) { key status doneOn milestoneId } }`);
    expect(upcoming.upcomingMilestones.find((x) => x.key === 'BB-M-SK-2023')).toEqual({ key: 'BB-M-SK-2023', status: 'DONE', doneOn: '2023-04-10', milestoneId: m.id });
  });
});
