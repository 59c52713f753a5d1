import { complianceStatus } from '@exemplar/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
let now = new Date('2023-03-01T03:00:00Z');
let planId: string;
let personId: string;
const quota: Record<string, string> = {};
const org: Record<string, string> = {};
let communeAName = '';

interface Row {
  quotaKey: string;
  bound: 'MIN' | 'MAX' | 'EXACT';
  required: number;
  period: string;
  deadline: string;
  organizationId: string | null;
  organizationName: string | null;
  sector: string | null;
  count: number;
  status: string;
  countedPredecessorIds: string[];
  noteVi: string | null;
  noteEn: string | null;
}

const SUMMARY = { name: 'Mô hình', unit: 'Đơn vị', role: 'Tập thể', field: 'Xây dựng nông thôn mới', achievements: 'Thành tích tiêu biểu' };

async function nominate(orgKey: string, quotaKey: string, year: number, times: number, instant: string) {
  now = new Date(instant);
  for (let i = 0; i < times; i++) {
    const created = await api.gql<{ createNomination: { id: string; version: number } }>(
      `mutation($p: ID!, $q: ID!, $o: ID!, $s: ID!, $y: Int!, $sum: JSON) { createNomination(planId: $p, quotaRuleId: $q, nominatingOrganizationId: $o, subjectKind: "CA_NHAN", subjectId: $s, periodYear: $y, summary: $sum) { id version } }`,
      { p: planId, q: quota[quotaKey], o: org[orgKey], s: personId, y: year, sum: SUMMARY },
    );
    expect(created.body.errors).toBeUndefined();
    const n = created.body.data!.createNomination;
    const sent = await api.gql(`mutation($id: ID!, $v: Int!) { submitNomination(id: $id, version: $v) { status } }`, { id: n.id, v: n.version });
    expect(sent.body.errors).toBeUndefined();
  }
}

async function report(year: number, asOf: string) {
  const res = await api.gql<{ quotaCompliance: Row[] }>(
    `query($p: ID!, $y: Int!, $a: LocalDate) { quotaCompliance(planId: $p, year: $y, asOf: $a) {
      quotaKey bound required period deadline organizationId organizationName sector count status countedPredecessorIds noteVi noteEn } }`,
    { p: planId, y: year, a: asOf },
  );
  expect(res.body.errors).toBeUndefined();
  return { rows: res.body.data!.quotaCompliance, statements: res.statements };
}

async function createOrg(key: string, fields: Record<string, unknown>) {
  const res = await api.gql<{ createOrganization: { id: string } }>(
    `mutation($code: String!, $name: String!, $unit: ID, $from: LocalDate, $to: LocalDate) {
      createOrganization(code: $code, name: $name, kind: "UBND", sector: "TONG_HOP", unitId: $unit, validFrom: $from, validTo: $to) { id } }`,
    fields,
  );
  expect(res.body.errors).toBeUndefined();
  org[key] = res.body.data!.createOrganization.id;
}

beforeAll(async () => {
  api = await startTestServer({ clock: () => now });
  [{ id: planId }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM plan WHERE code = 'SEED-001-BA-BE'`);
  for (const row of await api.db.query<{ id: string; key: string }>(`SELECT id::text AS id, key FROM plan_item WHERE plan_id = $1 AND list = 'quotaRules'`, [planId])) quota[row.key] = row.id;
  for (const code of ['BACKAN.BABE.PHONG_GDDT', 'BACKAN.BABE.PHONG_NOI_VU', 'BACKAN.BABE.UBMTTQ']) {
    [{ id: org[code] }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = $1`, [code]);
  }
  // Two communes of Ba Bể (2024), and the new commune (2025) that took over the first one.
  const [a, b] = await api.db.query<{ id: string; name: string }>(
    `SELECT c.id::text AS id, c.name FROM administrative_unit c JOIN administrative_unit d ON d.id = c.parent_id
     WHERE d.code = '061' AND d.dataset = 'VN-2024' AND EXISTS (SELECT 1 FROM administrative_unit_succession s WHERE s.predecessor_id = c.id)
     ORDER BY c.code LIMIT 2`,
  );
  const [n] = await api.db.query<{ id: string; name: string }>(
    `SELECT u.id::text AS id, u.name FROM administrative_unit_succession s JOIN administrative_unit u ON u.id = s.successor_id WHERE s.predecessor_id = $1 LIMIT 1`,
    [a.id],
  );
  communeAName = `UBND ${a.name}`;
  await createOrg('A', { code: 'BACKAN.BABE.XA_A.UBND', name: communeAName, unit: a.id, to: '2025-06-30' });
  await createOrg('B', { code: 'BACKAN.BABE.XA_B.UBND', name: `UBND ${b.name}`, unit: b.id, to: '2025-06-30' });
  await createOrg('N', { code: 'THAINGUYEN_2025.XA_N.UBND', name: `UBND ${n.name}`, unit: n.id, from: '2025-07-01' });
  await api.db.query(`INSERT INTO organization_succession (predecessor_id, successor_id) SELECT $1, $2`, [org.A, org.N]);
  const person = await api.gql<{ createPerson: { id: string } }>(`mutation { createPerson(fullName: "Hoàng Văn Bình") { id } }`);
  personId = person.body.data!.createPerson.id;

  await nominate('A', 'BB-Q-XA', 2023, 9, '2023-05-10T03:00:00Z');
  await nominate('B', 'BB-Q-XA', 2023, 10, '2023-05-11T03:00:00Z');
  await nominate('BACKAN.BABE.PHONG_GDDT', 'BB-Q-NGANH', 2023, 5, '2023-05-12T03:00:00Z');
  await nominate('BACKAN.BABE.PHONG_NOI_VU', 'BB-Q-CO_QUAN', 2023, 3, '2023-05-12T03:00:00Z');
});
afterAll(async () => {
  await api?.close();
});

describe('Ba Bể: quota compliance per unit, per sector and per year, for the whole plan at once', () => {
  it('a commune with 9 models is partial, with 10 met; a sector needs 5; every other agency 3', async () => {
    const { rows, statements } = await report(2023, '2023-06-30');
    const of = (key: string, orgId: string | null, sector?: string) => rows.find((r) => r.quotaKey === key && (sector ? r.sector === sector : r.organizationId === orgId))!;
    expect(of('BB-Q-XA', org.A)).toMatchObject({ count: 9, required: 10, status: 'PARTIAL', period: '2023', deadline: '2023-12-31' });
    expect(of('BB-Q-XA', org.B)).toMatchObject({ count: 10, status: 'MET' });
    expect(rows.filter((r) => r.quotaKey === 'BB-Q-XA').map((r) => r.organizationId).sort()).toEqual([org.A, org.B].sort());

    const sectors = rows.filter((r) => r.quotaKey === 'BB-Q-NGANH');
    expect(sectors.map((r) => [r.sector, r.count, r.status]).sort()).toEqual([
      ['CONG_AN', 0, 'NOT_STARTED'],
      ['GIAO_DUC', 5, 'MET'],
      ['QUAN_SU', 0, 'NOT_STARTED'],
      ['Y_TE', 0, 'NOT_STARTED'],
    ]);
    expect(sectors.every((r) => r.organizationId === null && r.required === 5)).toBe(true);

    expect(of('BB-Q-CO_QUAN', org['BACKAN.BABE.PHONG_NOI_VU'])).toMatchObject({ count: 3, required: 3, status: 'MET' });
    expect(of('BB-Q-CO_QUAN', org['BACKAN.BABE.UBMTTQ'])).toMatchObject({ count: 0, status: 'NOT_STARTED' });
    // Sector units are not "other agencies", and communes are not district agencies.
    expect(rows.some((r) => r.quotaKey === 'BB-Q-CO_QUAN' && [org['BACKAN.BABE.PHONG_GDDT'], org.A].includes(r.organizationId!))).toBe(false);

    for (const r of rows) expect(r.status).toBe(complianceStatus(r.bound, r.required, r.count, '2023-06-30' > r.deadline));
    expect(statements).toBeLessThanOrEqual(3);
  });

  it('after the year, a commune short of its quota is overdue', async () => {
    const { rows } = await report(2023, '2024-01-02');
    expect(rows.find((r) => r.quotaKey === 'BB-Q-XA' && r.organizationId === org.A)!.status).toBe('OVERDUE');
    expect(rows.find((r) => r.quotaKey === 'BB-Q-XA' && r.organizationId === org.B)!.status).toBe('MET');
  });

  it('2025: a commune merged on 1 July is counted under its successor, with its nominations, and the report says so', async () => {
    await nominate('A', 'BB-Q-XA', 2025, 4, '2025-03-10T03:00:00Z');
    await nominate('N', 'BB-Q-XA', 2025, 6, '2025-09-10T03:00:00Z');
    const { rows } = await report(2025, '2025-10-01');
    const communes = rows.filter((r) => r.quotaKey === 'BB-Q-XA');
    expect(communes.map((r) => r.organizationId).sort()).toEqual([org.B, org.N].sort());
    const successor = communes.find((r) => r.organizationId === org.N)!;
    expect(successor).toMatchObject({ count: 10, status: 'MET', countedPredecessorIds: [org.A] });
    expect(successor.noteVi).toContain(communeAName);
    expect(successor.noteEn).toMatch(/merged into it/);
    expect(communes.find((r) => r.organizationId === org.B)).toMatchObject({ count: 0, status: 'NOT_STARTED' });
  });

  it('bad arguments are refused by name', async () => {
    const res = await api.gql(`query($p: ID!) { quotaCompliance(planId: $p, year: 2023, quarter: 5) { count } }`, { p: planId });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_VALUE', field: 'quarter' });
  });
});
