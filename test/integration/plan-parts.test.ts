import { canonicalPlanJson, SEED_PLANS } from '@exemplar/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

const seed = (code: string) => SEED_PLANS.find((p) => p.code === code)!;

interface Quota {
  id: string;
  key: string;
  version: number;
  bound: string;
  value: number;
  every: string;
  per: string;
  data: Record<string, unknown>;
}

async function exported(code: string): Promise<string> {
  const res = await api.gql<{ exportPlan: string }>(`query($c: String!) { exportPlan(code: $c) }`, { c: code });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.exportPlan;
}

/** An editable draft copied from a seed (seed plans themselves are reference data). */
async function draftFrom(code: string, newCode: string, status = 'DRAFT'): Promise<{ id: string; version: number }> {
  const document = { ...JSON.parse(await exported(code)), code: newCode, status };
  const res = await api.gql<{ importPlan: { plan: { id: string; version: number } } }>(`mutation($d: JSON!) { importPlan(document: $d) { plan { id version } } }`, { d: document });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.importPlan.plan;
}

const QUOTAS = `query($f: PlanQuotaRuleFilter) { allPlanQuotaRules(filter: $f) { id key version bound value every per data } _allPlanQuotaRulesMeta(filter: $f) { count } }`;
const UPDATE_QUOTA = `mutation($id: ID!, $v: Int!, $data: JSON, $pos: Int, $r: String, $a: String) {
  updatePlanQuotaRule(id: $id, version: $v, data: $data, position: $pos, reason: $r, author: $a) { id key version value bound position }
}`;

async function quotas(filter: Record<string, unknown>): Promise<Quota[]> {
  const res = await api.gql<{ allPlanQuotaRules: Quota[] }>(QUOTAS, { f: filter });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.allPlanQuotaRules;
}

describe('every part of a plan is a first-class object', () => {
  it('Ba Bể’s three quota rules (≥10 / ≥5 / ≥3 a year) and Lào Cai’s one a quarter on days 20–25, as typed rows', async () => {
    const baBe = await quotas({ planCode: 'SEED-001-BA-BE' });
    expect(baBe.map((q) => [q.key, q.bound, q.value, q.every])).toEqual([
      ['BB-Q-XA', 'MIN', 10, 'YEAR'],
      ['BB-Q-NGANH', 'MIN', 5, 'YEAR'],
      ['BB-Q-CO_QUAN', 'MIN', 3, 'YEAR'],
    ]);
    expect(baBe[0].data).toEqual(seed('SEED-001-BA-BE').quotaRules[0]);

    const exact = await quotas({ bound: 'EXACT', every: 'QUARTER' });
    expect(exact.map((q) => q.key)).toEqual(['LC-Q-QUY']);

    const windows = await api.gql<{ allPlanSubmissionWindows: { key: string; every: string; instances: { from: string; to: string }[] }[] }>(
      `{ allPlanSubmissionWindows(filter: { planCode: "SEED-002-LAO-CAI" }) { key every instances { from to } } }`,
    );
    expect(windows.body.data!.allPlanSubmissionWindows).toEqual([
      {
        key: 'LC-W-QUY',
        every: 'QUARTER',
        instances: [
          { from: '2020-03-20', to: '2020-03-25' },
          { from: '2020-06-20', to: '2020-06-25' },
          { from: '2020-09-20', to: '2020-09-25' },
          { from: '2020-12-20', to: '2020-12-25' },
        ],
      },
    ]);
  });

  it('milestones, recipients, content items and links are listed, filtered and searched without diacritics', async () => {
    const res = await api.gql<{
      allPlanMilestones: { key: string; dueRanges: { from: string; to: string }[] }[];
      allPlanRecipients: { line: string; purpose: string }[];
      allPlanContentItems: { stages: string[] }[];
      _allPlanContentItemsMeta: { count: number };
      allPlanLegalBases: { kind: string; documentNumber: string | null }[];
      allPlanParentLinks: { documentNumber: string | null; documentIssuerText: string | null }[];
      search: { planCode: string }[];
    }>(`{
      allPlanMilestones(filter: { planCode: "SEED-001-BA-BE", kind: "CONFERENCE" }) { key dueRanges { from to } }
      allPlanRecipients(filter: { purpose: "ARCHIVE" }, perPage: 50) { line purpose }
      allPlanContentItems(filter: { stage: "REPLICATE" }, perPage: 100) { stages }
      _allPlanContentItemsMeta(filter: { stage: "REPLICATE" }) { count }
      allPlanLegalBases(perPage: 100) { kind documentNumber }
      allPlanParentLinks(filter: { kind: "EXTERNAL" }) { documentNumber documentIssuerText }
      search: allPlanQuotaRules(filter: { q: "xa thi tran" }) { planCode }
    }`);
    expect(res.body.errors).toBeUndefined();
    const d = res.body.data!;
    const baBe = seed('SEED-001-BA-BE');
    const conferences = baBe.milestones.filter((m) => m.kind === 'CONFERENCE');
    expect(d.allPlanMilestones.map((m) => m.key)).toEqual(conferences.map((m) => m.key));
    expect(d.allPlanMilestones.every((m) => m.dueRanges.length > 0 && m.dueRanges[0].from.startsWith('20'))).toBe(true);
    const archive = SEED_PLANS.flatMap((p) => p.recipients.filter((r) => r.purpose === 'ARCHIVE'));
    expect(d.allPlanRecipients.map((r) => r.line).sort()).toEqual(archive.map((r) => r.line).sort());
    const replicate = SEED_PLANS.flatMap((p) => p.contentItems.filter((c) => c.stages.includes('REPLICATE')));
    expect(d._allPlanContentItemsMeta.count).toBe(replicate.length);
    expect(d.allPlanContentItems.every((c) => c.stages.includes('REPLICATE'))).toBe(true);
    expect(d.allPlanLegalBases.length).toBe(SEED_PLANS.reduce((n, p) => n + p.legalBases.length, 0));
    expect(d.allPlanParentLinks.map((l) => l.documentNumber)).toContain('1526/QĐ-TTg');
    expect(d.search.map((q) => q.planCode)).toContain('SEED-001-BA-BE');
  });

  it('the parts of every plan in a list: one statement per part list, not per plan', async () => {
    const res = await api.gql<{ allPlans: { code: string; quotaRules: { key: string }[]; milestones: { key: string; plan: { code: string } }[] }[] }>(
      `{ allPlans { code quotaRules { key } milestones { key plan { code } } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    for (const plan of res.body.data!.allPlans) {
      const s = seed(plan.code);
      expect(plan.quotaRules.map((q) => q.key)).toEqual(s.quotaRules.map((q) => q.key));
      expect(plan.milestones.map((m) => m.key)).toEqual(s.milestones.map((m) => m.key));
      expect(plan.milestones.every((m) => m.plan.code === plan.code)).toBe(true);
    }
    expect(res.statements).toBeLessThanOrEqual(4);
  });

  it('unknown filter values are refused with the field named', async () => {
    const res = await api.gql(`{ allPlanQuotaRules(filter: { bound: "min; DROP" }) { id } }`);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_VALUE', field: 'filter.bound' });
  });
});

describe('editing a draft part by part', () => {
  it('adds, changes, moves and removes parts; each change is a revision; the export follows', async () => {
    const plan = await draftFrom('SEED-001-BA-BE', 'TEST.PARTS-DRAFT');
    const before = await quotas({ planId: plan.id });
    const added = await api.gql<{ createPlanQuotaRule: Quota & { position: number } }>(
      `mutation($p: ID!, $data: JSON!) { createPlanQuotaRule(planId: $p, data: $data, position: 0, author: "Phòng Nội vụ") { id key version bound value position } }`,
      {
        p: plan.id,
        data: {
          text: 'Mỗi trường học giới thiệu đúng 1 điển hình mỗi quý.',
          nominators: { kinds: ['TRUONG_HOC'], description: 'các trường học' },
          per: 'UNIT',
          count: { bound: 'EXACT', value: 1 },
          every: 'QUARTER',
          subjectKinds: ['CA_NHAN'],
          receiver: { text: 'Hội đồng Thi đua - Khen thưởng huyện', organization: null },
        },
      },
    );
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data!.createPlanQuotaRule).toMatchObject({ key: 'quotaRules-4', version: 1, bound: 'EXACT', value: 1, position: 0 });
    const after = await quotas({ planId: plan.id });
    expect(after.map((q) => q.key)).toEqual(['quotaRules-4', ...before.map((q) => q.key)]);
    // Parts that did not change keep their id and version.
    expect(after.slice(1).map((q) => [q.id, q.version])).toEqual(before.map((q) => [q.id, q.version]));

    const xa = after.find((q) => q.key === 'BB-Q-XA')!;
    const raised = await api.gql<{ updatePlanQuotaRule: Quota & { position: number } }>(UPDATE_QUOTA, { id: xa.id, v: xa.version, data: { ...xa.data, count: { bound: 'MIN', value: 12 } }, pos: 3 });
    expect(raised.body.errors).toBeUndefined();
    expect(raised.body.data!.updatePlanQuotaRule).toMatchObject({ id: xa.id, version: xa.version + 1, value: 12, position: 3 });

    const text = JSON.parse(await exported('TEST.PARTS-DRAFT'));
    expect(text.quotaRules.map((q: { key: string }) => q.key)).toEqual(['quotaRules-4', 'BB-Q-NGANH', 'BB-Q-CO_QUAN', 'BB-Q-XA']);
    expect(text.quotaRules[3].count).toEqual({ bound: 'MIN', value: 12 });

    const removed = await api.gql(`mutation($id: ID!, $v: Int!) { deletePlanQuotaRule(id: $id, version: $v) { key } }`, { id: added.body.data!.createPlanQuotaRule.id, v: 1 });
    expect(removed.body.errors).toBeUndefined();
    expect((await quotas({ planId: plan.id })).map((q) => q.key)).toEqual(['BB-Q-NGANH', 'BB-Q-CO_QUAN', 'BB-Q-XA']);

    const revisions = await api.gql<{ Plan: { version: number; revisions: { kind: string; author: string; diff: { path: string }[] }[] } }>(
      `query($id: ID!) { Plan(id: $id) { version revisions { kind author diff } } }`,
      { id: plan.id },
    );
    const r = revisions.body.data!.Plan.revisions;
    expect(r.map((x) => x.kind)).toEqual(['IMPORT', 'EDIT', 'EDIT', 'EDIT']);
    expect(r[1].author).toBe('Phòng Nội vụ');
    expect(r[2].diff.some((c) => c.path.startsWith('quotaRules['))).toBe(true);
    expect(revisions.body.data!.Plan.version).toBe(plan.version + 3);
  });

  it('an invalid part is refused with the path inside the part, and nothing changes', async () => {
    const plan = await draftFrom('SEED-001-BA-BE', 'TEST.PARTS-INVALID');
    const [q] = await quotas({ planId: plan.id });
    const snapshot = await exported('TEST.PARTS-INVALID');
    const bad = await api.gql(UPDATE_QUOTA, { id: q.id, v: q.version, data: { ...q.data, count: { bound: 'AT_LEAST', value: -1 } } });
    const e = bad.body.errors?.[0].extensions as { code: string; issues: { path: string; vi: string; en: string }[] };
    expect(e.code).toBe('INVALID_PLAN');
    expect(e.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['data.count.bound', 'data.count.value']));
    expect(e.issues.every((i) => i.vi && i.en)).toBe(true);

    const rekey = await api.gql(UPDATE_QUOTA, { id: q.id, v: q.version, data: { ...q.data, key: 'OTHER' } });
    expect(rekey.body.errors?.[0].extensions).toMatchObject({ code: 'PLAN_ITEM_KEY_CHANGED', field: 'data.key' });
    const stale = await api.gql(UPDATE_QUOTA, { id: q.id, v: q.version + 5, data: q.data });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const wrongType = await api.gql(`mutation($id: ID!) { updatePlanMilestone(id: $id, version: 1, data: {}) { id } }`, { id: q.id });
    expect(wrongType.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await exported('TEST.PARTS-INVALID')).toBe(snapshot);
  });

  it('removing a window a quota still uses is refused, naming the quota', async () => {
    await draftFrom('SEED-002-LAO-CAI', 'TEST.PARTS-WINDOW');
    const res = await api.gql<{ allPlanSubmissionWindows: { id: string; version: number }[] }>(`{ allPlanSubmissionWindows(filter: { planCode: "TEST.PARTS-WINDOW" }) { id version } }`);
    const [w] = res.body.data!.allPlanSubmissionWindows;
    const del = await api.gql(`mutation($id: ID!, $v: Int!) { deletePlanSubmissionWindow(id: $id, version: $v) { id } }`, { id: w.id, v: w.version });
    const e = del.body.errors?.[0].extensions as { code: string; issues: { path: string }[] };
    expect(e.code).toBe('INVALID_PLAN');
    expect(e.issues[0].path).toMatch(/^quotaRules\[0\]\.windowKeys/);
    expect((await api.gql<{ _allPlanSubmissionWindowsMeta: { count: number } }>(`{ _allPlanSubmissionWindowsMeta(filter: { planCode: "TEST.PARTS-WINDOW" }) { count } }`)).body.data!._allPlanSubmissionWindowsMeta.count).toBe(1);
  });

  it('a quota rule that nominations count towards is not removed from under them', async () => {
    const draftPlan = await draftFrom('SEED-002-LAO-CAI', 'TEST.PARTS-DRAFT-NOMINATED');
    const plan = await draftFrom('SEED-002-LAO-CAI', 'TEST.PARTS-NOMINATED', 'ISSUED');
    const [q] = await quotas({ planId: plan.id, key: 'LC-Q-QUY' });
    const [{ id: division }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = 'LAOCAI.VP_UBND.PHONG_TCHC'`);
    const person = await api.gql<{ createPerson: { id: string } }>(`mutation { createPerson(fullName: "Lê Văn C") { id } }`);
    const nomination = await api.gql(
      `mutation($p: ID!, $q: ID!, $o: ID!, $s: ID!) { createNomination(planId: $p, quotaRuleId: $q, nominatingOrganizationId: $o, subjectKind: "CA_NHAN", subjectId: $s, periodYear: 2020, periodQuarter: 1) { id } }`,
      { p: plan.id, q: q.id, o: division, s: person.body.data!.createPerson.id },
    );
    expect(nomination.body.errors).toBeUndefined();
    const [dq] = await quotas({ planId: draftPlan.id, key: 'LC-Q-QUY' });
    const onDraft = await api.gql(
      `mutation($p: ID!, $q: ID!, $o: ID!, $s: ID!) { createNomination(planId: $p, quotaRuleId: $q, nominatingOrganizationId: $o, subjectKind: "CA_NHAN", subjectId: $s, periodYear: 2020, periodQuarter: 1) { id } }`,
      { p: draftPlan.id, q: dq.id, o: division, s: person.body.data!.createPerson.id },
    );
    expect(onDraft.body.errors?.[0].extensions).toMatchObject({ code: 'PLAN_NOT_OPEN_FOR_NOMINATIONS', field: 'planId' });
    const del = await api.gql(`mutation($id: ID!, $v: Int!) { deletePlanQuotaRule(id: $id, version: $v, reason: "Bỏ chỉ tiêu", author: "Văn phòng") { id } }`, { id: q.id, v: q.version });
    expect(del.body.errors?.[0].extensions?.code).toBe('IN_USE');
    expect(await quotas({ planId: plan.id, key: 'LC-Q-QUY' })).toHaveLength(1);
  });

  it('concurrent edits: one winner per part version; edits of different parts of one plan both land', async () => {
    const plan = await draftFrom('SEED-001-BA-BE', 'TEST.PARTS-RACE');
    const [a, b] = await quotas({ planId: plan.id });
    const racers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => api.gql(UPDATE_QUOTA, { id: a.id, v: a.version, data: { ...a.data, count: { bound: 'MIN', value: 20 + i } } })),
    );
    const won = racers.filter((r) => !r.body.errors);
    expect(won).toHaveLength(1);
    expect(racers.filter((r) => r.body.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(11);

    const [a2] = await quotas({ planId: plan.id });
    const both = await Promise.all([
      api.gql(UPDATE_QUOTA, { id: a2.id, v: a2.version, data: { ...a2.data, note: 'một' } }),
      api.gql(UPDATE_QUOTA, { id: b.id, v: b.version, data: { ...b.data, note: 'hai' } }),
    ]);
    expect(both.map((r) => r.body.errors)).toEqual([undefined, undefined]);
    const doc = JSON.parse(await exported('TEST.PARTS-RACE'));
    expect([doc.quotaRules[0].note, doc.quotaRules[1].note]).toEqual(['một', 'hai']);
  });
});

describe('issued, closed and reference plans', () => {
  it('a part of an issued plan changes only by an amendment with a reason and an author', async () => {
    const plan = await draftFrom('SEED-001-BA-BE', 'TEST.PARTS-ISSUED', 'ISSUED');
    const [q] = await quotas({ planId: plan.id });
    const snapshot = await exported('TEST.PARTS-ISSUED');
    const silent = await api.gql(UPDATE_QUOTA, { id: q.id, v: q.version, data: { ...q.data, count: { bound: 'MIN', value: 11 } } });
    expect(silent.body.errors?.[0].extensions).toMatchObject({ code: 'AMENDMENT_REASON_REQUIRED', field: 'reason' });
    expect(await exported('TEST.PARTS-ISSUED')).toBe(snapshot);

    const amended = await api.gql(UPDATE_QUOTA, { id: q.id, v: q.version, data: { ...q.data, count: { bound: 'MIN', value: 11 } }, r: 'Theo Kế hoạch số 12/KH-UBND', a: 'Văn phòng UBND huyện' });
    expect(amended.body.errors).toBeUndefined();
    const rev = await api.gql<{ Plan: { revisions: { kind: string; reason: string; diff: { path: string; before: unknown; after: unknown }[] }[] } }>(
      `query($id: ID!) { Plan(id: $id) { revisions { kind reason diff } } }`,
      { id: plan.id },
    );
    const last = rev.body.data!.Plan.revisions.at(-1)!;
    expect(last).toMatchObject({ kind: 'AMENDMENT', reason: 'Theo Kế hoạch số 12/KH-UBND' });
    expect(last.diff).toEqual([{ path: 'quotaRules[BB-Q-XA].count.value', kind: 'CHANGED', before: 10, after: 11 }]);
  });

  it('a closed plan and a seed plan are not changed, part or overview', async () => {
    const closed = await draftFrom('SEED-001-BA-BE', 'TEST.PARTS-CLOSED', 'CLOSED');
    const [q] = await quotas({ planId: closed.id });
    const res = await api.gql(UPDATE_QUOTA, { id: q.id, v: q.version, data: q.data, r: 'r', a: 'a' });
    expect(res.body.errors?.[0].extensions?.code).toBe('PLAN_CLOSED_FOR_CHANGES');

    const [s] = await quotas({ planCode: 'SEED-001-BA-BE' });
    const ref = await api.gql(UPDATE_QUOTA, { id: s.id, v: s.version, data: { ...s.data, note: 'x' }, r: 'r', a: 'a' });
    expect(ref.body.errors?.[0].extensions?.code).toBe('PLAN_REFERENCE_READ_ONLY');
    const [{ id, version }] = await api.db.query<{ id: string; version: number }>(`SELECT id::text AS id, version FROM plan WHERE code = 'SEED-001-BA-BE'`);
    const overview = await api.gql(`mutation($id: ID!, $v: Int!) { updatePlan(id: $id, version: $v, changes: { place: "Bắc Kạn" }, reason: "r", author: "a") { id } }`, { id, v: version });
    expect(overview.body.errors?.[0].extensions?.code).toBe('PLAN_REFERENCE_READ_ONLY');
    expect(await exported('SEED-001-BA-BE')).toBe(canonicalPlanJson(seed('SEED-001-BA-BE')));
  });
});

describe('the overview, new drafts and deleting them', () => {
  const UPDATE = `mutation($id: ID!, $v: Int!, $c: JSON!) { updatePlan(id: $id, version: $v, changes: $c) { version title periodFrom periodTo number numberPattern document } }`;

  it('creates a draft, edits its overview by merge, refuses protected or invalid fields with their path, deletes it', async () => {
    const created = await api.gql<{ createPlan: { id: string; version: number; status: string; code: string } }>(
      `mutation { createPlan(code: "TEST.NEW", title: "Kế hoạch phát hiện điển hình tiên tiến năm 2026", issuerOrganizationCode: "BACKAN.BABE.UBND", periodFrom: 2026, periodTo: 2026) { id version status code } }`,
    );
    expect(created.body.errors).toBeUndefined();
    const { id, version } = created.body.data!.createPlan;
    expect(created.body.data!.createPlan.status).toBe('DRAFT');

    const changed = await api.gql<{ updatePlan: { version: number; periodTo: number; number: string | null; numberPattern: string | null; document: { signer: unknown } } }>(UPDATE, {
      id,
      v: version,
      c: { signer: { title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' }, period: { from: 2026, to: 2027 }, number: { value: '15', pattern: '/KH-UBND' } },
    });
    expect(changed.body.errors).toBeUndefined();
    expect(changed.body.data!.updatePlan).toMatchObject({ version: version + 1, periodTo: 2027, number: '15', numberPattern: '/KH-UBND', document: { signer: { title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' } } });

    const protectedField = await api.gql(UPDATE, { id, v: version + 1, c: { status: 'ISSUED' } });
    expect(protectedField.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_VALUE', field: 'changes.status' });
    const reversed = await api.gql(UPDATE, { id, v: version + 1, c: { period: { from: 2027, to: 2026 } } });
    expect((reversed.body.errors?.[0].extensions as { issues: { path: string }[] }).issues[0].path).toBe('changes.period');
    const stale = await api.gql(UPDATE, { id, v: version, c: { place: 'Ba Bể' } });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');

    const del = await api.gql(`mutation($id: ID!, $v: Int!) { deletePlan(id: $id, version: $v) { code } }`, { id, v: version + 1 });
    expect(del.body.errors).toBeUndefined();
    expect(await api.db.query(`SELECT 1 FROM plan WHERE code = 'TEST.NEW'`)).toHaveLength(0);
  });

  it('an issued plan is not deleted, nor a draft another plan implements', async () => {
    const issued = await draftFrom('SEED-001-BA-BE', 'TEST.DEL-ISSUED', 'ISSUED');
    const res = await api.gql(`mutation($id: ID!, $v: Int!) { deletePlan(id: $id, version: $v) { code } }`, { id: issued.id, v: issued.version });
    expect(res.body.errors?.[0].extensions?.code).toBe('PLAN_TRANSITION_REFUSED');

    const parent = await draftFrom('SEED-001-BA-BE', 'TEST.DEL-PARENT');
    const child = await api.gql(
      `mutation($p: ID!) { derivePlan(parentId: $p, code: "TEST.DEL-CHILD", title: "Kế hoạch của xã", issuerOrganizationCode: "BACKAN.BABE.UBND", author: "x") { outcome } }`,
      { p: parent.id },
    );
    expect(child.body.errors).toBeUndefined();
    const blocked = await api.gql(`mutation($id: ID!, $v: Int!) { deletePlan(id: $id, version: $v) { code } }`, { id: parent.id, v: parent.version });
    expect(blocked.body.errors?.[0].extensions?.code).toBe('IN_USE');
    expect(await api.db.query(`SELECT 1 FROM plan WHERE code = 'TEST.DEL-PARENT'`)).toHaveLength(1);
  });
});
