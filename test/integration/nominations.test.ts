import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
/** The server's clock: each test sets the instant a nomination is sent. */
let now = new Date('2020-03-20T02:00:00Z');
const at = (instant: string) => {
  now = new Date(instant);
};

let planId: string;
let quotaId: string;
let divisions: string[];
let personId: string;

const SUMMARY = { name: 'Nguyễn Thị Hoa', unit: 'Phòng Tổ chức - Hành chính', role: 'Chuyên viên', field: 'Cải cách hành chính', achievements: 'Số hóa 100 % hồ sơ một cửa trong quý.' };
const N = `id status version submittedOn quotaRuleId periodQuarter`;

async function orgId(code: string): Promise<string> {
  const [row] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = $1`, [code]);
  return row.id;
}

async function draft(nominator: string, extra: Record<string, unknown> = {}) {
  const res = await api.gql<{ createNomination: { id: string; version: number; status: string } }>(
    `mutation($plan: ID!, $quota: ID, $org: ID!, $person: ID, $q: Int, $summary: JSON, $exemplar: ID, $kind: String) {
      createNomination(planId: $plan, quotaRuleId: $quota, nominatingOrganizationId: $org, subjectKind: $kind, subjectId: $person, exemplarId: $exemplar,
        periodYear: 2020, periodQuarter: $q, summary: $summary, author: "Phòng TC-HC") { ${N} } }`,
    { plan: planId, quota: quotaId, org: nominator, person: personId, kind: 'CA_NHAN', q: 1, summary: SUMMARY, ...extra },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createNomination;
}

async function submit(n: { id: string; version: number }) {
  return api.gql<{ submitNomination: { status: string; submittedOn: string; version: number } }>(`mutation($id: ID!, $v: Int!) { submitNomination(id: $id, version: $v, author: "x") { status submittedOn version } }`, {
    id: n.id,
    v: n.version,
  });
}

beforeAll(async () => {
  api = await startTestServer({ clock: () => now });
  [{ id: planId }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM plan WHERE code = 'SEED-002-LAO-CAI'`);
  [{ id: quotaId }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM plan_item WHERE plan_id = $1 AND key = 'LC-Q-QUY'`, [planId]);
  const office = await orgId('LAOCAI.VP_UBND');
  divisions = [await orgId('LAOCAI.VP_UBND.PHONG_TCHC')];
  for (const [code, name] of [
    ['LAOCAI.VP_UBND.PHONG_KT', 'Phòng Kinh tế'],
    ['LAOCAI.VP_UBND.PHONG_KSTTHC', 'Phòng Kiểm soát thủ tục hành chính'],
  ]) {
    const res = await api.gql<{ createOrganization: { id: string } }>(
      `mutation($code: String!, $name: String!, $parent: ID!) { createOrganization(code: $code, name: $name, kind: "PHONG", sector: "TONG_HOP", parentId: $parent) { id } }`,
      { code, name, parent: office },
    );
    expect(res.body.errors).toBeUndefined();
    divisions.push(res.body.data!.createOrganization.id);
  }
  const person = await api.gql<{ createPerson: { id: string } }>(`mutation { createPerson(fullName: "Nguyễn Thị Hoa") { id } }`);
  expect(person.body.errors).toBeUndefined();
  personId = person.body.data!.createPerson.id;
});
afterAll(async () => {
  await api?.close();
});

describe('Lào Cai: exactly one nomination per division a quarter, days 20–25 of the quarter’s last month', () => {
  it('day 20 and day 25 are accepted; day 19 and day 26 are refused with the window named, and nothing changes', async () => {
    const [a, b, c] = divisions;
    const onTime = await draft(a);
    at('2020-03-19T16:00:00Z'); // 19 March, 23:00 in Viet Nam
    const early = await submit(onTime);
    expect(early.body.errors?.[0].extensions).toMatchObject({ code: 'OUTSIDE_SUBMISSION_WINDOW', field: 'submittedOn' });
    const messages = early.body.errors?.[0].extensions?.messages as { vi: string; en: string };
    expect(messages.vi).toContain('2020-03-19');
    expect(messages.vi).toContain('2020-03-20 – 2020-03-25');
    expect(messages.en).toContain('outside the submission window');
    const [{ status }] = await api.db.query<{ status: string }>(`SELECT status FROM nomination WHERE id = $1`, [onTime.id]);
    expect(status).toBe('DRAFT');

    at('2020-03-19T17:30:00Z'); // 20 March, 00:30 in Viet Nam: the day counts in Viet Nam, not in UTC
    const first = await submit(onTime);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.submitNomination).toMatchObject({ status: 'SUBMITTED', submittedOn: '2020-03-20' });

    at('2020-03-25T16:59:00Z'); // 25 March, 23:59
    const last = await submit(await draft(b));
    expect(last.body.errors).toBeUndefined();
    expect(last.body.data!.submitNomination.submittedOn).toBe('2020-03-25');

    at('2020-03-25T17:00:00Z'); // 26 March, 00:00
    const late = await submit(await draft(c));
    expect(late.body.errors?.[0].extensions?.code).toBe('OUTSIDE_SUBMISSION_WINDOW');

    // The window is the period's own: a Q2 nomination is not sent in March's window.
    at('2020-03-22T03:00:00Z');
    const wrongQuarter = await submit(await draft(c, { q: 2 }));
    expect(wrongQuarter.body.errors?.[0].extensions?.code).toBe('OUTSIDE_SUBMISSION_WINDOW');
  });

  it('a second nomination by the same division in the quarter is refused; in the next quarter it is accepted', async () => {
    const [, , c] = divisions;
    at('2020-06-21T03:00:00Z');
    expect((await submit(await draft(c, { q: 2 }))).body.errors).toBeUndefined();
    const second = await submit(await draft(c, { q: 2 }));
    expect(second.body.errors?.[0].extensions).toMatchObject({ code: 'QUOTA_FULL', count: 1, value: 1 });
    expect((second.body.errors?.[0].extensions?.messages as { vi: string }).vi).toContain('Q2/2020');
    at('2020-09-21T03:00:00Z');
    expect((await submit(await draft(c, { q: 3 }))).body.errors).toBeUndefined();
  });

  it('two submissions of one division at the same instant: exactly one takes the place', async () => {
    const [a] = divisions;
    at('2020-12-22T03:00:00Z');
    const drafts = await Promise.all(Array.from({ length: 6 }, () => draft(a, { q: 4 })));
    const results = await Promise.all(drafts.map(submit));
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(results.filter((r) => r.body.errors?.[0].extensions?.code === 'QUOTA_FULL')).toHaveLength(5);
  });

  it('a returned nomination no longer counts; corrected, it is submitted again', async () => {
    const [, b] = divisions;
    at('2020-06-23T03:00:00Z');
    const n = await draft(b, { q: 2 });
    const sent = await submit(n);
    expect(sent.body.errors).toBeUndefined();
    const returned = await api.gql<{ returnNomination: { status: string; returnedReason: string; version: number } }>(
      `mutation($id: ID!, $v: Int!) { returnNomination(id: $id, version: $v, reason: "Thiếu xác nhận của thủ trưởng đơn vị", author: "Văn phòng") { status returnedReason version } }`,
      { id: n.id, v: sent.body.data!.submitNomination.version },
    );
    expect(returned.body.data!.returnNomination).toMatchObject({ status: 'RETURNED', returnedReason: 'Thiếu xác nhận của thủ trưởng đơn vị' });
    const other = await draft(b, { q: 2 });
    expect((await submit(other)).body.errors).toBeUndefined();
    const again = await submit({ id: n.id, version: returned.body.data!.returnNomination.version });
    expect(again.body.errors?.[0].extensions?.code).toBe('QUOTA_FULL');
    const history = await api.gql<{ Nomination: { transitions: { fromStatus: string | null; toStatus: string }[] } }>(`query($id: ID!) { Nomination(id: $id) { transitions { fromStatus toStatus } } }`, { id: n.id });
    expect(history.body.data!.Nomination.transitions.map((t) => `${t.fromStatus}→${t.toStatus}`)).toEqual(['null→DRAFT', 'DRAFT→SUBMITTED', 'SUBMITTED→RETURNED']);
  });
});

describe('what a nomination must say', () => {
  it('the quota’s nominators, the period at the quota’s grain, and a complete summary form', async () => {
    const outsider = await orgId('LAOCAI.SO_NOI_VU');
    const notMine = await api.gql(`mutation($p: ID!, $q: ID!, $o: ID!, $s: ID!) { createNomination(planId: $p, quotaRuleId: $q, nominatingOrganizationId: $o, subjectKind: "CA_NHAN", subjectId: $s, periodYear: 2020, periodQuarter: 1) { id } }`, {
      p: planId,
      q: quotaId,
      o: outsider,
      s: personId,
    });
    expect(notMine.body.errors?.[0].extensions).toMatchObject({ code: 'QUOTA_NOT_FOR_NOMINATOR', field: 'nominatingOrganizationId' });
    const noQuarter = await api.gql(`mutation($p: ID!, $q: ID!, $o: ID!, $s: ID!) { createNomination(planId: $p, quotaRuleId: $q, nominatingOrganizationId: $o, subjectKind: "CA_NHAN", subjectId: $s, periodYear: 2020) { id } }`, {
      p: planId,
      q: quotaId,
      o: divisions[0],
      s: personId,
    });
    expect(noQuarter.body.errors?.[0].extensions?.code).toBe('NOMINATION_PERIOD_MISMATCH');
    const unknownKey = await api.gql(`mutation($p: ID!, $o: ID!, $s: ID!) { createNomination(planId: $p, nominatingOrganizationId: $o, subjectKind: "CA_NHAN", subjectId: $s, periodYear: 2020, summary: { secret: 1 }) { id } }`, {
      p: planId,
      o: divisions[0],
      s: personId,
    });
    expect(unknownKey.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_VALUE', field: 'summary.secret' });
    const badQuarter = await api.gql(`mutation($p: ID!, $o: ID!, $s: ID!) { createNomination(planId: $p, nominatingOrganizationId: $o, subjectKind: "CA_NHAN", subjectId: $s, periodYear: 2020, periodQuarter: 5) { id } }`, {
      p: planId,
      o: divisions[0],
      s: personId,
    });
    expect(badQuarter.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_VALUE', field: 'periodQuarter' });

    at('2020-09-21T03:00:00Z');
    const thin = await draft(divisions[1], { q: 3, summary: { name: 'Nguyễn Thị Hoa', unit: 'Phòng Kinh tế' } });
    const refused = await submit(thin);
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'NOMINATION_SUMMARY_INCOMPLETE', missing: ['field', 'achievements', 'role'] });
    expect((refused.body.errors?.[0].extensions?.messages as { vi: string }).vi).toContain('lĩnh vực, tóm tắt thành tích, chức vụ');

    const before = await api.db.query(`SELECT count(*)::int AS n FROM nomination_transition WHERE nomination_id = $1`, [thin.id]);
    expect(before).toEqual([{ n: 1 }]);
    const nominators = await api.gql<{ quotaNominatorIds: string[] }>(`query($q: ID!) { quotaNominatorIds(quotaRuleId: $q) }`, { q: quotaId });
    expect([...nominators.body.data!.quotaNominatorIds].sort()).toEqual([...divisions].sort());

    const withdrawn = await api.gql<{ withdrawNomination: { status: string } }>(
      `mutation($id: ID!, $v: Int!) { withdrawNomination(id: $id, version: $v, reason: "Đơn vị rút hồ sơ") { status } }`,
      { id: thin.id, v: thin.version },
    );
    expect(withdrawn.body.data!.withdrawNomination.status).toBe('WITHDRAWN');
  });
});

describe('editing a nomination', () => {
  it('a draft’s form and attachments change with its version; a submitted one does not', async () => {
    const n = await draft(divisions[1], { q: 1 });
    const UPDATE = `mutation($id: ID!, $v: Int!, $s: JSON, $a: JSON) { updateNomination(id: $id, version: $v, summary: $s, attachments: $a) { version summary attachments status } }`;
    const edited = await api.gql<{ updateNomination: { version: number; summary: { achievements: string }; attachments: unknown[] } }>(UPDATE, {
      id: n.id,
      v: n.version,
      s: { ...SUMMARY, achievements: 'Đã sửa' },
      a: [],
    });
    expect(edited.body.errors).toBeUndefined();
    expect(edited.body.data!.updateNomination).toMatchObject({ version: n.version + 1, summary: { achievements: 'Đã sửa' }, attachments: [] });
    const withFile = await api.gql<{ updateNomination: { attachments: unknown[] } }>(UPDATE, { id: n.id, v: n.version + 1, a: [{ title: 'Tờ trình', url: 'https://example.org/a.pdf' }] });
    expect(withFile.body.data!.updateNomination.attachments).toEqual([{ title: 'Tờ trình', url: 'https://example.org/a.pdf' }]);
    const stale = await api.gql(UPDATE, { id: n.id, v: n.version, a: [] });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const badFile = await api.gql(UPDATE, { id: n.id, v: n.version + 2, a: [{ title: 'x', url: 'javascript:alert(1)' }] });
    expect(badFile.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_VALUE', field: 'attachments' });

    at('2020-03-21T03:00:00Z');
    const [{ version }] = await api.db.query<{ version: number }>(`SELECT version FROM nomination WHERE id = $1`, [n.id]);
    const sent = await submit({ id: n.id, version });
    expect(sent.body.errors?.[0].extensions?.code).toBe('QUOTA_FULL'); // division b already sent its Q1 nomination
    const [{ id: other }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM nomination WHERE status = 'SUBMITTED' LIMIT 1`);
    const [{ version: ov }] = await api.db.query<{ version: number }>(`SELECT version FROM nomination WHERE id = $1`, [other]);
    const locked = await api.gql(UPDATE, { id: other, v: ov, a: [] });
    expect(locked.body.errors?.[0].extensions?.code).toBe('NOMINATION_TRANSITION_REFUSED');
  });
});

describe('exemplars', () => {
  const ADVANCE = `mutation($id: ID!, $v: Int!, $s: String!) { advanceExemplar(id: $id, version: $v, stage: $s, reason: "Hội đồng xét chọn", author: "Thư ký") { stage version } }`;

  it('a submitted nomination moves its candidate to NOMINATED; illegal moves are refused and change nothing; every move is recorded', async () => {
    const created = await api.gql<{ createExemplar: { id: string; stage: string; version: number } }>(
      `mutation($unit: ID) { createExemplar(modelName: "Mô hình một cửa số hóa", description: "Số hóa hồ sơ một cửa", discoveredVia: "UNIT_PROPOSAL", fields: ["CAI_CACH_HANH_CHINH"], organizationInChargeId: $unit) { id stage version } }`,
      { unit: divisions[0] },
    );
    expect(created.body.errors).toBeUndefined();
    const exemplar = created.body.data!.createExemplar;
    expect(exemplar.stage).toBe('CANDIDATE');

    const jump = await api.gql(ADVANCE, { id: exemplar.id, v: exemplar.version, s: 'HONOURED' });
    expect(jump.body.errors?.[0].extensions).toMatchObject({ code: 'EXEMPLAR_TRANSITION_REFUSED', from: 'CANDIDATE', to: 'HONOURED' });

    at('2020-12-21T03:00:00Z');
    const n = await draft(divisions[2], { q: 4, exemplar: exemplar.id, kind: null, person: null });
    expect((await submit(n)).body.errors).toBeUndefined();
    const after = await api.gql<{ Exemplar: { stage: string; version: number; transitions: { fromStage: string | null; toStage: string; source: string | null }[] } }>(
      `query($id: ID!) { Exemplar(id: $id) { stage version transitions { fromStage toStage source } } }`,
      { id: exemplar.id },
    );
    const e = after.body.data!.Exemplar;
    expect(e.stage).toBe('NOMINATED');
    expect(e.transitions).toEqual([
      { fromStage: null, toStage: 'CANDIDATE', source: null },
      { fromStage: 'CANDIDATE', toStage: 'NOMINATED', source: `NOMINATION:${n.id}` },
    ]);
    const review = await api.gql<{ advanceExemplar: { stage: string } }>(ADVANCE, { id: exemplar.id, v: e.version, s: 'UNDER_REVIEW' });
    expect(review.body.data!.advanceExemplar.stage).toBe('UNDER_REVIEW');
    const stale = await api.gql(ADVANCE, { id: exemplar.id, v: e.version, s: 'RECOGNISED' });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');

    const listed = await api.gql<{ allExemplars: { id: string }[] }>(`{ allExemplars(filter: { q: "mo hinh mot cua", stage: "UNDER_REVIEW" }) { id } }`);
    expect(listed.body.data!.allExemplars.map((x) => x.id)).toEqual([exemplar.id]);
  });

  it('an exemplar is a subject or a named model; unknown references are refused by name', async () => {
    const none = await api.gql(`mutation { createExemplar(discoveredVia: "PRESS_REPORT") { id } }`);
    expect(none.body.errors?.[0].extensions?.code).toBe('REQUIRED');
    const badField = await api.gql(`mutation { createExemplar(modelName: "x", discoveredVia: "OTHER", fields: ["NOT_A_FIELD"]) { id } }`);
    expect(badField.body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'fields' });
    const badVia = await api.gql(`mutation { createExemplar(modelName: "x", discoveredVia: "RUMOUR") { id } }`);
    expect(badVia.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_VALUE', field: 'discoveredVia' });
    const ghost = await api.gql(`mutation { createExemplar(subjectKind: "CA_NHAN", subjectId: "999999", discoveredVia: "INSPECTION") { id } }`);
    expect(ghost.body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'subjectId' });
    const person = await api.gql<{ createExemplar: { subjectKind: string; subjectId: string } }>(
      `mutation($p: ID!) { createExemplar(subjectKind: "CA_NHAN", subjectId: $p, discoveredVia: "EMULATION_MOVEMENT") { subjectKind subjectId } }`,
      { p: personId },
    );
    expect(person.body.data!.createExemplar).toEqual({ subjectKind: 'CA_NHAN', subjectId: personId });

    const model = await api.gql<{ createExemplar: { id: string; version: number } }>(`mutation { createExemplar(modelName: "Tổ hòa giải giỏi", discoveredVia: "INSPECTION") { id version } }`);
    const { id, version } = model.body.data!.createExemplar;
    const UPDATE = `mutation($id: ID!, $v: Int!, $f: [String!], $d: String, $m: String) { updateExemplar(id: $id, version: $v, fields: $f, description: $d, modelName: $m) { version fields description } }`;
    const updated = await api.gql<{ updateExemplar: { version: number; fields: string[]; description: string } }>(UPDATE, { id, v: version, f: ['AN_NINH_TRAT_TU'], d: 'Hòa giải thành 95 % vụ việc' });
    expect(updated.body.data!.updateExemplar).toEqual({ version: version + 1, fields: ['AN_NINH_TRAT_TU'], description: 'Hòa giải thành 95 % vụ việc' });
    const found = await api.gql<{ allExemplars: { id: string }[] }>(`{ allExemplars(filter: { q: "hoa giai 95" }) { id } }`);
    expect(found.body.data!.allExemplars.map((e) => e.id)).toEqual([id]);
    const nameless = await api.gql(UPDATE, { id, v: version + 1, m: null });
    expect(nameless.body.errors?.[0].extensions).toMatchObject({ code: 'REQUIRED', field: 'modelName' });
  });
});
