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

const EXPORT = `query($code: String!) { exportPlan(code: $code) }`;
const IMPORT = `mutation($d: JSON!) { importPlan(document: $d) { outcome plan { code title version isReference } } }`;

async function exported(code: string): Promise<string> {
  const res = await api.gql<{ exportPlan: string }>(EXPORT, { code });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.exportPlan;
}

describe('plans in the exchange format', () => {
  it('the five seed plans are loaded with their issuers and periods', async () => {
    const res = await api.gql<{ allPlans: { code: string; issuerOrganizationId: string | null; periodFrom: number; periodTo: number; isReference: boolean }[] }>(`{
      allPlans { code issuerOrganizationId periodFrom periodTo isReference }
    }`);
    expect(res.body.errors).toBeUndefined();
    const plans = res.body.data!.allPlans;
    expect(plans.map((p) => p.code).sort()).toEqual(SEED_PLANS.map((p) => p.code).sort());
    expect(plans.every((p) => p.isReference && p.issuerOrganizationId !== null && p.periodFrom <= p.periodTo)).toBe(true);
  });

  it('export → import → export is byte-identical for every seed, and the import changes nothing', async () => {
    for (const seed of SEED_PLANS) {
      const first = await exported(seed.code);
      expect(first).toBe(canonicalPlanJson(seed));
      const imported = await api.gql<{ importPlan: { outcome: string; plan: { version: number } } }>(IMPORT, { d: JSON.parse(first) });
      expect(imported.body.errors).toBeUndefined();
      expect(imported.body.data!.importPlan.outcome).toBe('UNCHANGED');
      expect(await exported(seed.code)).toBe(first);
    }
  });

  it('a changed draft is updated once; the same file again is unchanged; an issued plan is not overwritten by an import', async () => {
    const [seed] = SEED_PLANS;
    const document = { ...JSON.parse(await exported(seed.code)), code: 'TEST.PLAN-COPY', status: 'DRAFT', title: `${seed.title} (bản sao)` };
    const created = await api.gql<{ importPlan: { outcome: string; plan: { version: number; isReference: boolean } } }>(IMPORT, { d: document });
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.importPlan).toMatchObject({ outcome: 'CREATED', plan: { version: 1, isReference: false } });
    const again = await api.gql<{ importPlan: { outcome: string; plan: { version: number } } }>(IMPORT, { d: document });
    expect(again.body.data!.importPlan).toMatchObject({ outcome: 'UNCHANGED', plan: { version: 1 } });
    const changed = await api.gql<{ importPlan: { outcome: string; plan: { version: number; title: string } } }>(IMPORT, { d: { ...document, title: 'Kế hoạch đã sửa' } });
    expect(changed.body.data!.importPlan).toMatchObject({ outcome: 'UPDATED', plan: { version: 2, title: 'Kế hoạch đã sửa' } });

    const issued = JSON.parse(await exported(seed.code));
    const overwrite = await api.gql(IMPORT, { d: { ...issued, title: 'Ghi đè' } });
    expect(overwrite.body.errors?.[0].extensions?.code).toBe('PLAN_AMENDMENT_REQUIRED');
    expect(await exported(seed.code)).toBe(canonicalPlanJson(seed));
  });

  it('an issued plan is changed by an amendment that records who, why and what changed; earlier revisions stay readable', async () => {
    const [seed] = SEED_PLANS;
    const AMEND = `mutation($id: ID!, $v: Int!, $d: JSON!, $r: String!, $a: String!) { amendPlan(id: $id, version: $v, document: $d, reason: $r, author: $a) { version title } }`;
    // The seed itself is reference data, kept as its document reads.
    const [ref] = await api.db.query<{ id: string; version: number }>(`SELECT id::text AS id, version FROM plan WHERE code = $1`, [seed.code]);
    const refused = await api.gql(AMEND, { id: ref.id, v: ref.version, d: { ...JSON.parse(await exported(seed.code)), title: 'x' }, r: 'r', a: 'a' });
    expect(refused.body.errors?.[0].extensions?.code).toBe('PLAN_REFERENCE_READ_ONLY');
    expect(await exported(seed.code)).toBe(canonicalPlanJson(seed));

    const copy = { ...JSON.parse(await exported(seed.code)), code: 'TEST.AMENDED' };
    expect((await api.gql(IMPORT, { d: copy })).body.errors).toBeUndefined();
    const [{ id, version }] = await api.db.query<{ id: string; version: number }>(`SELECT id::text AS id, version FROM plan WHERE code = $1`, [copy.code]);
    const amended = { ...copy, title: `${seed.title} (sửa đổi lần 1)` };
    const res = await api.gql<{ amendPlan: { version: number; title: string } }>(AMEND, { id, v: version, d: amended, r: 'Bổ sung tên gọi', a: 'Văn phòng Sở' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.amendPlan).toEqual({ version: version + 1, title: amended.title });
    const stale = await api.gql(AMEND, { id, v: version, d: amended, r: 'x', a: 'y' });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const noReason = await api.gql(AMEND, { id, v: version + 1, d: amended, r: '  ', a: 'y' });
    expect(noReason.body.errors?.[0].extensions).toMatchObject({ code: 'REQUIRED', field: 'reason' });

    const history = await api.gql<{ Plan: { revisions: { revision: number; kind: string; reason: string; author: string; diff: { path: string; before: string; after: string }[]; document: { title: string } }[] } }>(
      `query($id: ID!) { Plan(id: $id) { revisions { revision kind reason author diff document } } }`,
      { id },
    );
    const revisions = history.body.data!.Plan.revisions;
    expect(revisions.map((r) => [r.revision, r.kind])).toEqual([[1, 'IMPORT'], [2, 'AMENDMENT']]);
    expect(revisions[1]).toMatchObject({ reason: 'Bổ sung tên gọi', author: 'Văn phòng Sở' });
    expect(revisions[1].diff).toEqual([{ path: 'title', kind: 'CHANGED', before: seed.title, after: amended.title }]);
    expect(revisions[0].document.title).toBe(seed.title);
  });

  it('an invalid plan is refused with the offending paths, and nothing is written', async () => {
    const [{ n: before }] = await api.db.query<{ n: string }>(`SELECT count(*) AS n FROM plan`);
    const document = { ...JSON.parse(await exported(SEED_PLANS[0].code)), code: 'TEST.BAD', period: { from: 2025, to: 2023 } };
    const res = await api.gql(IMPORT, { d: document });
    expect(res.body.errors?.[0].extensions?.code).toBe('INVALID_PLAN');
    const issues = res.body.errors?.[0].extensions?.issues as { path: string; vi: string; en: string }[];
    expect(issues.some((i) => i.path.startsWith('period'))).toBe(true);
    const unknownIssuer = { ...JSON.parse(await exported(SEED_PLANS[0].code)), code: 'TEST.NO-ISSUER', issuer: { text: 'Sở X', organization: 'NO.SUCH.ORG' } };
    const missing = await api.gql(IMPORT, { d: unknownIssuer });
    expect(missing.body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'document.issuer.organization' });
    const [{ n: after }] = await api.db.query<{ n: string }>(`SELECT count(*) AS n FROM plan`);
    expect(after).toBe(before);
  });

  it('filters plans by the year their period covers', async () => {
    const res = await api.gql<{ allPlans: { code: string; periodFrom: number; periodTo: number }[] }>(`{ allPlans(filter: { year: 2024 }) { code periodFrom periodTo } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.allPlans.every((p) => p.periodFrom <= 2024 && p.periodTo >= 2024)).toBe(true);
  });
});

describe('the plan lifecycle', () => {
  const STATUS = `mutation($id: ID!, $v: Int!, $s: String!) { changePlanStatus(id: $id, version: $v, status: $s) { status version } }`;

  async function draft(code: string, changes: Record<string, unknown> = {}) {
    const document = { ...JSON.parse(await exported(SEED_PLANS[0].code)), code, status: 'DRAFT', ...changes };
    const res = await api.gql<{ importPlan: { plan: { code: string } } }>(IMPORT, { d: document });
    expect(res.body.errors).toBeUndefined();
    const [row] = await api.db.query<{ id: string; version: number; status: string }>(`SELECT id::text AS id, version, status FROM plan WHERE code = $1`, [code]);
    return row;
  }

  it('issuing a draft without what issuing needs is refused, naming it, and changes nothing', async () => {
    const plan = await draft('TEST.DRAFT-1', { signer: { title: 'GIÁM ĐỐC', name: null } });
    const res = await api.gql(`mutation($id: ID!, $v: Int!) { issuePlan(id: $id, version: $v) { status } }`, { id: plan.id, v: plan.version });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'PLAN_NOT_READY', missing: ['signer.name'] });
    expect((res.body.errors?.[0].extensions?.messages as { vi: string }).vi).toMatch(/Chưa thể ban hành/);
    const [after] = await api.db.query<{ status: string; version: number }>(`SELECT status, version FROM plan WHERE id = $1`, [plan.id]);
    expect(after).toEqual({ status: 'DRAFT', version: plan.version });
  });

  it('a complete draft is issued, then follows the lifecycle; illegal steps and stale versions are refused', async () => {
    const plan = await draft('TEST.DRAFT-2', { signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' } });
    const issued = await api.gql<{ issuePlan: { status: string; version: number } }>(`mutation($id: ID!, $v: Int!) { issuePlan(id: $id, version: $v) { status version } }`, { id: plan.id, v: plan.version });
    expect(issued.body.errors).toBeUndefined();
    expect(issued.body.data!.issuePlan).toEqual({ status: 'ISSUED', version: plan.version + 1 });

    const stale = await api.gql(STATUS, { id: plan.id, v: plan.version, s: 'IN_EFFECT' });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');

    const early = await api.gql(`mutation($id: ID!, $v: Int!) { closePlan(id: $id, version: $v) { status } }`, { id: plan.id, v: plan.version + 1 });
    expect(early.body.errors?.[0].extensions).toMatchObject({ code: 'PLAN_TRANSITION_REFUSED', from: 'ISSUED', to: 'CLOSED' });

    let version = plan.version + 1;
    for (const status of ['IN_EFFECT', 'FINAL_REVIEWED']) {
      const res = await api.gql<{ changePlanStatus: { status: string; version: number } }>(STATUS, { id: plan.id, v: version, s: status });
      expect(res.body.errors).toBeUndefined();
      version = res.body.data!.changePlanStatus.version;
    }
    const closed = await api.gql<{ closePlan: { status: string } }>(`mutation($id: ID!, $v: Int!) { closePlan(id: $id, version: $v) { status } }`, { id: plan.id, v: version });
    expect(closed.body.data!.closePlan.status).toBe('CLOSED');
    const amendClosed = await api.gql(
      `mutation($id: ID!, $v: Int!, $d: JSON!) { amendPlan(id: $id, version: $v, document: $d, reason: "r", author: "a") { version } }`,
      { id: plan.id, v: version + 1, d: JSON.parse(await exported('TEST.DRAFT-2')) },
    );
    expect(amendClosed.body.errors?.[0].extensions?.code).toBe('PLAN_CLOSED_FOR_CHANGES');
    const statuses = await api.gql<{ Plan: { revisions: { kind: string; status: string }[] } }>(`query($id: ID!) { Plan(id: $id) { revisions { kind status } } }`, { id: plan.id });
    expect(statuses.body.data!.Plan.revisions.map((r) => r.status)).toEqual(['DRAFT', 'ISSUED', 'IN_EFFECT', 'FINAL_REVIEWED', 'CLOSED']);
    // The exported document carries the status, and is still a valid plan.
    expect(JSON.parse(await exported('TEST.DRAFT-2')).status).toBe('CLOSED');
    const reopened = await api.gql(STATUS, { id: plan.id, v: version + 1, s: 'IN_EFFECT' });
    expect(reopened.body.errors?.[0].extensions?.code).toBe('PLAN_TRANSITION_REFUSED');
  });

  it('twenty concurrent status changes of one version: exactly one wins', async () => {
    const plan = await draft('TEST.DRAFT-3', { signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn B' }, status: 'ISSUED' });
    const results = await Promise.all(Array.from({ length: 20 }, () => api.gql(STATUS, { id: plan.id, v: plan.version, s: 'IN_EFFECT' })));
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(results.filter((r) => r.body.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(19);
    const [after] = await api.db.query<{ version: number }>(`SELECT version FROM plan WHERE id = $1`, [plan.id]);
    expect(after.version).toBe(plan.version + 1);
  });
});

describe('downstream queries', () => {
  const BA_BE = SEED_PLANS.find((p) => p.issuer.organization === 'BACKAN.BABE.UBND')!;

  async function orgId(code: string): Promise<string> {
    const [row] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = $1`, [code]);
    return row.id;
  }

  it('plans in force for an organization on a date include those issued above it, only within their period', async () => {
    const query = `query($o: ID, $d: LocalDate) { plansInForce(organizationId: $o, date: $d) { code } }`;
    const division = await orgId('BACKAN.BABE.PHONG_GDDT');
    const during = await api.gql<{ plansInForce: { code: string }[] }>(query, { o: division, d: '2024-03-01' });
    expect(during.body.errors).toBeUndefined();
    expect(during.body.data!.plansInForce.map((p) => p.code)).toContain(BA_BE.code);
    const after = await api.gql<{ plansInForce: { code: string }[] }>(query, { o: division, d: `${BA_BE.period.to + 1}-03-01` });
    expect(after.body.data!.plansInForce.map((p) => p.code)).not.toContain(BA_BE.code);
    const elsewhere = await api.gql<{ plansInForce: { code: string }[] }>(query, { o: await orgId('LAMDONG.TTXT'), d: '2024-03-01' });
    expect(elsewhere.body.data!.plansInForce.map((p) => p.code)).not.toContain(BA_BE.code);
  });

  it('plans in force for a territorial unit: issued in it or above it, in either state of the 2025 reform', async () => {
    const query = `query($u: String, $id: ID, $d: LocalDate) { plansInForce(unitCode: $u, unitId: $id, date: $d) { code } }`;
    const codes = async (vars: Record<string, unknown>) => {
      const res = await api.gql<{ plansInForce: { code: string }[] }>(query, vars);
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.plansInForce.map((p) => p.code);
    };
    const HA_GIANG = SEED_PLANS.find((p) => p.issuer.organization === 'HG.SO_LDTBXH')!;
    // Ba Bể district (2024 code 061): its own plan, not Hà Giang's.
    const district = await codes({ u: '061', d: '2023-06-01' });
    expect(district).toContain(BA_BE.code);
    expect(district).not.toContain(HA_GIANG.code);
    // A commune of Ba Bể is bound by the district's plan; a commune elsewhere in Bắc Kạn is not.
    const [inside] = await api.db.query<{ code: string }>(
      `SELECT c.code FROM administrative_unit c JOIN administrative_unit d ON d.id = c.parent_id WHERE d.code = '061' AND d.dataset = 'VN-2024' ORDER BY c.code LIMIT 1`,
    );
    const [outside] = await api.db.query<{ code: string }>(
      `SELECT c.code FROM administrative_unit c JOIN administrative_unit d ON d.id = c.parent_id
       WHERE d.dataset = 'VN-2024' AND d.parent_id = (SELECT parent_id FROM administrative_unit WHERE code = '061' AND dataset = 'VN-2024') AND d.code <> '061'
       ORDER BY c.code LIMIT 1`,
    );
    expect(await codes({ u: inside.code, d: '2023-06-01' })).toContain(BA_BE.code);
    expect(await codes({ u: outside.code, d: '2023-06-01' })).not.toContain(BA_BE.code);
    // After 1 July 2025, the new commune that took over a Ba Bể commune is still bound by the plan (period to 2025).
    const [successor] = await api.db.query<{ id: string; code: string }>(
      `SELECT n.id::text AS id, n.code FROM administrative_unit_succession s
       JOIN administrative_unit o ON o.id = s.predecessor_id JOIN administrative_unit d ON d.id = o.parent_id
       JOIN administrative_unit n ON n.id = s.successor_id
       WHERE d.code = '061' AND d.dataset = 'VN-2024' ORDER BY n.code LIMIT 1`,
    );
    expect(await codes({ u: successor.code, d: '2025-09-01' })).toContain(BA_BE.code);
    expect(await codes({ id: successor.id, d: '2025-09-01' })).toContain(BA_BE.code);
    expect(await codes({ u: successor.code, d: '2026-02-01' })).not.toContain(BA_BE.code);

    const bad = await api.gql(query, { u: '06x', d: '2023-06-01' });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_CODE', field: 'unitCode' });
    const missing = await api.gql(query, { u: '99999', d: '2023-06-01' });
    expect(missing.body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitCode' });
    const milestones = await api.gql<{ upcomingMilestones: { planCode: string }[] }>(`{ upcomingMilestones(unitCode: "061", from: "2023-01-01", days: 180) { planCode } }`);
    expect(milestones.body.data!.upcomingMilestones.map((m) => m.planCode)).toContain(BA_BE.code);
  });

  it('upcoming milestones are resolved to dates and sorted; Ba Bể’s first half of 2023', async () => {
    const res = await api.gql<{ upcomingMilestones: { planCode: string; kind: string; dueFrom: string; dueTo: string; dueText: string | null }[] }>(
      `query($o: ID) { upcomingMilestones(organizationId: $o, from: "2023-01-01", days: 180) { planCode kind dueFrom dueTo dueText } }`,
      { o: await orgId('BACKAN.BABE.PHONG_GDDT') },
    );
    expect(res.body.errors).toBeUndefined();
    const babe = res.body.data!.upcomingMilestones.filter((m) => m.planCode === BA_BE.code);
    expect(babe.map((m) => [m.dueFrom, m.dueTo])).toEqual(
      expect.arrayContaining([
        ['2023-01-01', '2023-03-31'],
        ['2023-04-01', '2023-04-30'],
        ['2023-04-01', '2023-06-30'],
      ]),
    );
    const starts = res.body.data!.upcomingMilestones.map((m) => m.dueFrom);
    expect(starts).toEqual([...starts].sort());
    const bad = await api.gql(`{ upcomingMilestones(days: 1000) { key } }`);
    expect(bad.body.errors?.[0].extensions?.code).toBe('INVALID_VALUE');
  });
});

describe('the cascade', () => {
  it('a child plan starts as a copy of its parent’s criteria, quotas and windows, keeps their provenance, and shows where it differs', async () => {
    const parent = SEED_PLANS.find((p) => p.quotaRules.length > 0 && p.submissionWindows.length > 0)!;
    const [{ id: parentId }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM plan WHERE code = $1`, [parent.code]);
    const DERIVE = `mutation($p: ID!, $c: String!, $i: String!) {
      derivePlan(parentId: $p, code: $c, title: "Kế hoạch thực hiện", issuerOrganizationCode: $i, author: "Phòng Tổ chức - Hành chính") {
        outcome plan { id code status } } }`;
    const derived = await api.gql<{ derivePlan: { outcome: string; plan: { id: string; code: string; status: string } } }>(DERIVE, { p: parentId, c: 'TEST.CHILD', i: 'LAOCAI.VP_UBND.PHONG_TCHC' });
    expect(derived.body.errors).toBeUndefined();
    expect(derived.body.data!.derivePlan).toMatchObject({ outcome: 'CREATED', plan: { code: 'TEST.CHILD', status: 'DRAFT' } });
    const childId = derived.body.data!.derivePlan.plan.id;

    const child = JSON.parse((await api.gql<{ exportPlan: string }>(EXPORT, { code: 'TEST.CHILD' })).body.data!.exportPlan);
    expect(child.parentPlans).toEqual([{ key: 'parent', kind: 'INTERNAL', relation: 'IMPLEMENTS', planCode: parent.code }]);
    expect(child.quotaRules.map((q: { key: string; derivedFrom: unknown }) => q.derivedFrom)).toEqual(parent.quotaRules.map((q) => ({ planCode: parent.code, key: q.key })));
    expect(child.submissionWindows).toHaveLength(parent.submissionWindows.length);

    const tree = await api.gql<{ Plan: { children: { code: string }[] } }>(`query($id: ID!) { Plan(id: $id) { children { code } } }`, { id: parentId });
    expect(tree.body.data!.Plan.children.map((c) => c.code)).toEqual(['TEST.CHILD']);

    const same = await api.gql<{ Plan: { derivedDifferences: unknown[] } }>(`query($id: ID!) { Plan(id: $id) { derivedDifferences { list key } } }`, { id: childId });
    expect(same.body.data!.Plan.derivedDifferences).toEqual([]);

    const [{ version }] = await api.db.query<{ version: number }>(`SELECT version FROM plan WHERE id = $1`, [childId]);
    const changedQuota = { ...child.quotaRules[0], count: { ...child.quotaRules[0].count, value: child.quotaRules[0].count.value + 1 } };
    const amended = { ...child, quotaRules: [changedQuota, ...child.quotaRules.slice(1)] };
    const amend = await api.gql(
      `mutation($id: ID!, $v: Int!, $d: JSON!) { amendPlan(id: $id, version: $v, document: $d, reason: "Tăng chỉ tiêu", author: "Văn phòng") { version } }`,
      { id: childId, v: version, d: amended },
    );
    expect(amend.body.errors).toBeUndefined();
    const differs = await api.gql<{ Plan: { derivedDifferences: { list: string; key: string; parentPlanCode: string; changes: { path: string; before: number; after: number }[] }[] } }>(
      `query($id: ID!) { Plan(id: $id) { derivedDifferences { list key parentPlanCode changes } } }`,
      { id: childId },
    );
    expect(differs.body.data!.Plan.derivedDifferences).toEqual([
      {
        list: 'quotaRules',
        key: changedQuota.key,
        parentPlanCode: parent.code,
        changes: [{ path: 'count.value', kind: 'CHANGED', before: parent.quotaRules[0].count.value, after: changedQuota.count.value }],
      },
    ]);

    // Listing plans with their differences costs one statement per level, whatever the number of plans.
    const second = await api.gql(DERIVE, { p: parentId, c: 'TEST.CHILD-2', i: 'LAOCAI.VP_UBND.PHONG_TCHC' });
    expect(second.body.errors).toBeUndefined();
    const listed = await api.gql<{ allPlans: { code: string; derivedDifferences: unknown[] }[] }>(`{ allPlans(perPage: 50) { code derivedDifferences { key } } }`);
    expect(listed.body.errors).toBeUndefined();
    expect(listed.statements).toBe(2);

    const again = await api.gql(DERIVE, { p: parentId, c: 'TEST.CHILD', i: 'LAOCAI.VP_UBND.PHONG_TCHC' });
    expect(again.body.errors?.[0].extensions?.code).toBe('DUPLICATE_CODE');
  });

  it('the plan tree down from any plan: children, grandchildren, with depth and parent, in one statement per level', async () => {
    const [{ id: rootId }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM plan WHERE code = 'SEED-001-BA-BE'`);
    const DERIVE = `mutation($p: ID!, $c: String!) { derivePlan(parentId: $p, code: $c, title: "Kế hoạch thực hiện", issuerOrganizationCode: "BACKAN.BABE.PHONG_NOI_VU", author: "x") { plan { id } } }`;
    const child = await api.gql<{ derivePlan: { plan: { id: string } } }>(DERIVE, { p: rootId, c: 'TEST.TREE-1' });
    expect(child.body.errors).toBeUndefined();
    const grandchild = await api.gql(DERIVE, { p: child.body.data!.derivePlan.plan.id, c: 'TEST.TREE-1-1' });
    expect(grandchild.body.errors).toBeUndefined();
    const res = await api.gql<{ Plan: { descendants: { depth: number; parentCode: string; plan: { code: string } }[] } }>(
      `query($id: ID!) { Plan(id: $id) { descendants { depth parentCode plan { code title } } } }`,
      { id: rootId },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.Plan.descendants).toEqual([
      { depth: 1, parentCode: 'SEED-001-BA-BE', plan: { code: 'TEST.TREE-1', title: 'Kế hoạch thực hiện' } },
      { depth: 2, parentCode: 'TEST.TREE-1', plan: { code: 'TEST.TREE-1-1', title: 'Kế hoạch thực hiện' } },
    ]);
    const all = await api.gql<{ allPlans: { code: string; descendants: { plan: { code: string } }[] }[] }>(`{ allPlans(perPage: 100) { code descendants { plan { code } } } }`);
    expect(all.statements).toBe(2);
    expect(all.body.data!.allPlans.find((p) => p.code === 'TEST.TREE-1')!.descendants.map((d) => d.plan.code)).toEqual(['TEST.TREE-1-1']);
  });
});
