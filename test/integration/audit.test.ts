import { createUserRecord } from '@exemplar/api/modules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
let token: string;
let userId: string;

interface Entry {
  actor: string;
  action: string;
  tableName: string;
  rowId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  jurisdiction: unknown;
  requestId: string | null;
}

async function as(headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const response = await api.post(JSON.stringify({ query, variables }), headers);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers checked field by field
  return { headers: response.headers, body: (await response.json()) as { data?: Record<string, any>; errors?: { extensions?: Record<string, unknown> }[] } };
}

async function history(table: string, rowId: string): Promise<Entry[]> {
  const res = await api.gql<{ allAuditEntries: Entry[] }>(
    `query($t: String!, $r: String!) { allAuditEntries(filter: { tableName: $t, rowId: $r }, sortField: "id", sortOrder: "ASC") { actor action tableName rowId before after jurisdiction requestId } }`,
    { t: table, r: rowId },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.allAuditEntries;
}

beforeAll(async () => {
  api = await startTestServer();
  const user = await createUserRecord(api.db, { username: 'thuky', displayName: 'Thư ký Hội đồng', password: 'mật-khẩu-thư-ký-2025' });
  userId = user.id;
  await api.db.query(`INSERT INTO role_grant (user_id, role) VALUES ($1, 'NATIONAL_ADMIN')`, [user.id]);
  const res = await as({}, `mutation { signIn(username: "thuky", password: "mật-khẩu-thư-ký-2025") { token } }`);
  token = res.body.data!.signIn.token;
});
afterAll(async () => {
  await api?.close();
});

describe('the audit trail', () => {
  it('records who changed what, under which grants, for which request, before and after', async () => {
    const created = await as({ authorization: `Bearer ${token}` }, `mutation { createPerson(fullName: "Nguyễn Văn Bình") { id version } }`);
    const { id, version } = created.body.data!.createPerson;
    const requestId = created.headers.get('x-request-id');
    await as({}, `mutation($id: ID!, $v: Int) { updatePerson(id: $id, version: $v, fullName: "Nguyễn Văn Bình (sửa)") { id } }`, { id, v: version });
    const trail = await history('person', id);
    expect(trail.map((e) => [e.action, e.actor])).toEqual([
      ['INSERT', `user:${userId}:Thư ký Hội đồng`],
      ['UPDATE', `user:${api.userId}:Quản trị quốc gia (test)`],
    ]);
    expect(trail[0]).toMatchObject({ requestId, jurisdiction: [expect.objectContaining({ role: 'NATIONAL_ADMIN' })], before: null, after: expect.objectContaining({ full_name: 'Nguyễn Văn Bình' }) });
    expect(trail[1].before).toMatchObject({ full_name: 'Nguyễn Văn Bình' });
    expect(trail[1].after).toMatchObject({ full_name: 'Nguyễn Văn Bình (sửa)' });
    expect(trail[1].after).not.toHaveProperty('search_text');
  });

  it('rolled-back work leaves no audit row', async () => {
    const before = await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`);
    const [{ id: issuer }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = 'BACKAN.BABE.UBND'`);
    const [{ code }] = await api.db.query<{ code: string }>(`SELECT code FROM award_type LIMIT 1`);
    const person = (await api.gql<{ createPerson: { id: string } }>(`mutation { createPerson(fullName: "Lò Thị Hoa") { id } }`)).body.data!.createPerson.id;
    const afterPerson = (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`))[0].n;
    expect(afterPerson).toBe(before[0].n + 1);
    // The second item duplicates the first: the whole decision is refused after the first award record was written.
    const failed = await api.gql(
      `mutation($o: ID!, $t: String!, $p: ID!) { issueDecision(number: "9/QĐ", decidedOn: "2024-01-02", issuingOrganizationId: $o, awardTypeCode: $t, author: "x",
        items: [{ subjectKind: "CA_NHAN", subjectId: $p, achievementKey: "K" }, { subjectKind: "CA_NHAN", subjectId: $p, achievementKey: "K" }]) { id } }`,
      { o: issuer, t: code, p: person },
    );
    expect(failed.body.errors?.[0].extensions?.code).toBe('DUPLICATE_ACHIEVEMENT');
    expect((await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`))[0].n).toBe(afterPerson);
  });

  it('is append-only, keeps secrets out, and never links a secret ballot to its voter', async () => {
    await expect(api.db.query(`UPDATE audit_log SET actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(api.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(api.db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const users = await history('app_user', userId);
    expect(users[0].after).not.toHaveProperty('password_hash');
    expect(users[0].actor).toBe('system');
    const triggers = await api.db.query<{ table: string }>(
      `SELECT event_object_table AS table FROM information_schema.triggers WHERE trigger_name LIKE '%_audit' AND event_object_table IN ('council_ballot', 'council_secret_tally', 'council_vote_cast')`,
    );
    expect([...new Set(triggers.map((t) => t.table))]).toEqual(['council_vote_cast']);
  });

  it('twenty concurrent editors of one plan part: one winner, exactly one audit row for the accepted change', async () => {
    const [seed] = await api.db.query<{ document: Record<string, unknown> }>(`SELECT document FROM plan WHERE code = 'SEED-001-BA-BE'`);
    const imported = await api.gql<{ importPlan: { plan: { id: string } } }>(`mutation($d: JSON!) { importPlan(document: $d) { plan { id } } }`, {
      d: { ...seed.document, code: 'TEST.AUDIT-RACE', status: 'DRAFT' },
    });
    const planId = imported.body.data!.importPlan.plan.id;
    const [q] = (await api.gql<{ allPlanQuotaRules: { id: string; version: number; data: Record<string, unknown> }[] }>(`query($p: ID) { allPlanQuotaRules(filter: { planId: $p }) { id version data } }`, { p: planId })).body
      .data!.allPlanQuotaRules;
    const before = (await history('plan', planId)).length;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        as({ authorization: `Bearer ${token}` }, `mutation($id: ID!, $v: Int!, $d: JSON) { updatePlanQuotaRule(id: $id, version: $v, data: $d) { version } }`, {
          id: q.id,
          v: q.version,
          d: { ...q.data, count: { bound: 'MIN', value: 30 + i } },
        }),
      ),
    );
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(results.filter((r) => r.body.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(19);
    const after = await history('plan', planId);
    expect(after.length - before).toBe(1);
    expect(after.at(-1)).toMatchObject({ action: 'UPDATE', actor: `user:${userId}:Thư ký Hội đồng` });
  });
});
