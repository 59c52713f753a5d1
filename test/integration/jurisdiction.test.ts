import { bitIn, createRequestPool } from '@exemplar/api/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Caller, type TestServer } from '../support/harness';

/**
 * The jurisdiction matrix (security S5 and S6): two provinces of the 2025 state, Thái Nguyên (A, which
 * covers the former Bắc Kạn) and Lào Cai (B). Every role granted on A, through every access path —
 * by id, nested relation, filter, search, count, aggregate, export, update, delete — reads and
 * writes zero rows of B, while the same path does reach A's row (so each check can fail). The whole
 * matrix runs twice: with the application's own scoping, and with it switched off (a test-only
 * switch), where row-level security alone must hold.
 */

type Side = 'A' | 'B';
const WORD: Record<Side, string> = { A: 'Thainguyenxa', B: 'Laocaixa' };

interface Resource {
  /** GraphQL type (its `X(id)`, `allXs`, `_allXsMeta`), the list's plural name, the analytic resource. */
  type: string;
  plural: string;
  table: string;
  search?: boolean;
  analytic?: { groupBy: string };
  update?: (id: string) => { query: string; variables: Record<string, unknown> };
  delete?: (id: string) => { query: string; variables: Record<string, unknown> };
}

const del = (type: string) => (id: string) => ({ query: `mutation($id: ID!) { delete${type}(id: $id) { id } }`, variables: { id } });

const RESOURCES: Resource[] = [
  {
    type: 'Organization', plural: 'Organizations', table: 'organization', search: true, analytic: { groupBy: 'kind' },
    update: (id) => ({ query: `mutation($id: ID!) { updateOrganization(id: $id, note: "đã sửa") { id } }`, variables: { id } }), delete: del('Organization'),
  },
  {
    type: 'Person', plural: 'People', table: 'person', search: true, analytic: { groupBy: 'unitId' },
    update: (id) => ({ query: `mutation($id: ID!) { updatePerson(id: $id, ethnicity: "Tày") { id } }`, variables: { id } }), delete: del('Person'),
  },
  {
    type: 'Household', plural: 'Households', table: 'household', search: true, analytic: { groupBy: 'unitId' },
    update: (id) => ({ query: `mutation($id: ID!) { updateHousehold(id: $id, name: "Hộ đã sửa") { id } }`, variables: { id } }), delete: del('Household'),
  },
  {
    type: 'Position', plural: 'Positions', table: 'position',
    update: (id) => ({ query: `mutation($id: ID!) { updatePosition(id: $id, roleCode: "PHO_GIAM_DOC") { id } }`, variables: { id } }), delete: del('Position'),
  },
  {
    type: 'AwardRecord', plural: 'AwardRecords', table: 'award_record', analytic: { groupBy: 'year' },
    update: (id) => ({ query: `mutation($id: ID!) { updateAwardRecord(id: $id, occasion: "đã sửa") { id } }`, variables: { id } }), delete: del('AwardRecord'),
  },
  {
    type: 'Plan', plural: 'Plans', table: 'plan', search: true, analytic: { groupBy: 'status' },
    delete: (id) => ({ query: `mutation($id: ID!) { deletePlan(id: $id, version: 1) { id } }`, variables: { id } }),
  },
  {
    type: 'Exemplar', plural: 'Exemplars', table: 'exemplar', search: true, analytic: { groupBy: 'stage' },
    update: (id) => ({ query: `mutation($id: ID!) { updateExemplar(id: $id, version: 1, description: "đã sửa") { id } }`, variables: { id } }), delete: del('Exemplar'),
  },
  {
    type: 'ExemplarActivity', plural: 'ExemplarActivities', table: 'exemplar_activity', analytic: { groupBy: 'kind' },
    update: (id) => ({ query: `mutation($id: ID!) { updateExemplarActivity(id: $id, details: "đã sửa") { id } }`, variables: { id } }), delete: del('ExemplarActivity'),
  },
  {
    type: 'Nomination', plural: 'Nominations', table: 'nomination', analytic: { groupBy: 'status' },
    update: (id) => ({ query: `mutation($id: ID!) { updateNomination(id: $id, version: 1, summary: {}) { id } }`, variables: { id } }), delete: del('Nomination'),
  },
  {
    type: 'Council', plural: 'Councils', table: 'council', analytic: { groupBy: 'organizationId' },
    update: (id) => ({ query: `mutation($id: ID!) { updateCouncil(id: $id, name: "Hội đồng đã sửa") { id } }`, variables: { id } }), delete: del('Council'),
  },
  {
    type: 'CouncilMember', plural: 'CouncilMembers', table: 'council_member', search: true,
    update: (id) => ({ query: `mutation($id: ID!) { updateCouncilMember(id: $id, title: "đã sửa") { id } }`, variables: { id } }), delete: del('CouncilMember'),
  },
  {
    type: 'CouncilSession', plural: 'CouncilSessions', table: 'council_session', search: true,
    update: (id) => ({ query: `mutation($id: ID!) { updateCouncilSession(id: $id, minutes: "đã sửa") { id } }`, variables: { id } }), delete: del('CouncilSession'),
  },
  { type: 'AwardDecision', plural: 'AwardDecisions', table: 'award_decision', analytic: { groupBy: 'awardTypeCode' } },
];

interface World {
  ids: Record<string, Record<Side, string>>;
  units: Record<Side, { province: string; commune: string }>;
  /** A's organization succeeded by B's (a nested relation across the border). */
  crossPosition: string;
}

async function one<T = Record<string, string>>(api: TestServer, sql: string, params: unknown[] = []): Promise<T> {
  const rows = await api.db.query<T>(sql, params);
  if (!rows[0]) throw new Error(`no row: ${sql}`);
  return rows[0];
}

async function ok<T = Record<string, { id: string }>>(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await caller.gql<T>(query, variables);
  if (res.body.errors) throw new Error(`${query}: ${JSON.stringify(res.body.errors)}`);
  return res.body.data!;
}

/** Builds the same records in both provinces (as the national administrator and, for a few, in SQL). */
async function buildWorld(api: TestServer): Promise<World> {
  const ids: World['ids'] = {};
  const put = (type: string, side: Side, id: string) => ((ids[type] ??= {} as Record<Side, string>)[side] = id);
  const units = {} as World['units'];
  const [{ code: awardType }] = await api.db.query<{ code: string }>(`SELECT code FROM award_type ORDER BY rank DESC LIMIT 1`);
  for (const [side, provinceCode, rootCode] of [['A', '19', 'BACKAN.UBND'], ['B', '15', 'LAOCAI.UBND']] as const) {
    const province = await one(api, `SELECT id::text AS id FROM administrative_unit WHERE dataset = 'VN-2025' AND code = $1`, [provinceCode]);
    const commune = await one(api, `SELECT id::text AS id FROM administrative_unit WHERE parent_id = $1 ORDER BY code LIMIT 1`, [province.id]);
    units[side] = { province: province.id, commune: commune.id };
    const root = await one(api, `SELECT id::text AS id FROM organization WHERE code = $1`, [rootCode]);
    const w = WORD[side];
    const org = await ok(api, `mutation($p: ID!, $u: ID!) { createOrganization(code: "${side}.SO.THU", name: "Sở Thử nghiệm ${w}", kind: "SO", sector: "NOI_VU", parentId: $p, unitId: $u) { id } }`, { p: root.id, u: province.id });
    put('Organization', side, org.createOrganization.id);
    const person = await ok(api, `mutation($u: ID!) { createPerson(fullName: "Nguyễn Văn ${w}", unitId: $u) { id } }`, { u: commune.id });
    put('Person', side, person.createPerson.id);
    const household = await ok(api, `mutation($u: ID!) { createHousehold(name: "Hộ ông ${w}", unitId: $u) { id } }`, { u: commune.id });
    put('Household', side, household.createHousehold.id);
    const position = await ok(api, `mutation($p: ID!, $o: ID!) { createPosition(personId: $p, organizationId: $o, roleCode: "CHUYEN_VIEN") { id } }`, { p: person.createPerson.id, o: org.createOrganization.id });
    put('Position', side, position.createPosition.id);
    const award = await ok(api, `mutation($p: ID!, $t: String!) { createAwardRecord(subjectKind: "CA_NHAN", subjectId: $p, awardTypeCode: $t, year: 2024, achievementKey: "2024:test") { id } }`, { p: person.createPerson.id, t: awardType });
    put('AwardRecord', side, award.createAwardRecord.id);
    const plan = await one(api, `INSERT INTO plan (code, title, status, issuer_organization_id, period_from, period_to, document, canonical, search_text)
      VALUES ($1, $2, 'DRAFT', $3, 2025, 2025, '{}'::jsonb, '', lower($2)) RETURNING id::text AS id`, [`${side}-KH-THU`, `Kế hoạch ${w}`, org.createOrganization.id]);
    put('Plan', side, plan.id);
    const exemplar = await ok(api, `mutation($o: ID!) { createExemplar(modelName: "Mô hình ${w}", discoveredVia: "PRESS_REPORT", organizationInChargeId: $o) { id } }`, { o: org.createOrganization.id });
    put('Exemplar', side, exemplar.createExemplar.id);
    const activity = await ok(api, `mutation($e: ID!) { createExemplarActivity(exemplarId: $e, kind: "NURTURING", happenedOn: "2025-08-01", title: "Bồi dưỡng ${w}") { id } }`, { e: exemplar.createExemplar.id });
    put('ExemplarActivity', side, activity.createExemplarActivity.id);
    const nomination = await one(api, `INSERT INTO nomination (plan_id, nominating_organization_id, exemplar_id, period_year, search_text)
      VALUES ($1, $2, $3, 2025, $4) RETURNING id::text AS id`, [plan.id, org.createOrganization.id, exemplar.createExemplar.id, w.toLowerCase()]);
    put('Nomination', side, nomination.id);
    const council = await ok(api, `mutation($o: ID!) { createCouncil(organizationId: $o, name: "Hội đồng ${w}") { id } }`, { o: org.createOrganization.id });
    put('Council', side, council.createCouncil.id);
    const member = await ok(api, `mutation($c: ID!) { createCouncilMember(councilId: $c, fullName: "Trần Thị ${w}", role: "MEMBER") { id } }`, { c: council.createCouncil.id });
    put('CouncilMember', side, member.createCouncilMember.id);
    const session = await ok(api, `mutation($c: ID!) { createCouncilSession(councilId: $c, title: "Phiên họp ${w}", heldOn: "2025-09-01") { id } }`, { c: council.createCouncil.id });
    put('CouncilSession', side, session.createCouncilSession.id);
    const decision = await one(api, `INSERT INTO award_decision (number, decided_on, issuing_organization_id, award_type_code, author)
      VALUES ('1/QĐ-${side}', '2025-09-02', $1, $2, 'test') RETURNING id::text AS id`, [org.createOrganization.id, awardType]);
    put('AwardDecision', side, decision.id);
  }
  // Across the border: A's organization succeeded by B's, and A's person holding a post in B's organization.
  await api.db.query(`INSERT INTO organization_succession (predecessor_id, successor_id) VALUES ($1, $2)`, [ids.Organization.A, ids.Organization.B]);
  const cross = await one(api, `INSERT INTO position (person_id, organization_id, role_code) VALUES ($1, $2, 'CONG_TAC_VIEN') RETURNING id::text AS id`, [ids.Person.A, ids.Organization.B]);
  return { ids, units, crossPosition: cross.id };
}

/** A snapshot of every B row, to prove nothing of B was written. */
async function snapshotB(api: TestServer, world: World): Promise<string> {
  const parts: string[] = [];
  for (const r of RESOURCES) {
    const rows = await api.db.query(`SELECT to_jsonb(t) AS row FROM ${r.table} t WHERE id = $1`, [world.ids[r.type].B]);
    parts.push(JSON.stringify(rows));
  }
  return parts.join('\n');
}

function matrix(label: string, access: { appScoping?: boolean; rowSecurity?: boolean }) {
  describe(`jurisdiction matrix — ${label}`, () => {
    let api: TestServer;
    let world: World;
    const callers: Record<string, Caller & { apiKey?: string }> = {};

    beforeAll(async () => {
      api = await startTestServer({ access });
      world = await buildWorld(api);
      const province = world.units.A.province;
      callers['ADMIN of the province (territory)'] = await api.signedIn([{ role: 'ADMIN', unitId: province }]);
      callers['ADMIN of the organization subtree'] = await api.signedIn([{ role: 'ADMIN', organizationId: world.ids.Organization.A }]);
      callers['REVIEWER'] = await api.signedIn([{ role: 'REVIEWER', unitId: province }]);
      callers['ANALYST'] = await api.signedIn([{ role: 'ANALYST', unitId: province }]);
      const key = await ok<{ createApiKey: { key: string } }>(api, `mutation($g: [GrantInput!]!) { createApiKey(name: "Cổng tỉnh A", grants: $g) { key } }`, {
        g: [{ role: 'API_CLIENT', unitId: province }],
      });
      const apiKey = key.createApiKey.key;
      callers['API_CLIENT (key)'] = {
        apiKey,
        token: null,
        userId: null,
        post: (body, headers = {}) => api.anonymous.post(body, { 'x-api-key': apiKey, ...headers }),
        async gql(query, variables) {
          const response = await api.anonymous.post(JSON.stringify({ query, variables }), { 'x-api-key': apiKey });
          return { status: response.status, body: await response.json(), headers: response.headers, statements: Number(response.headers.get('x-sql-statements') ?? NaN) };
        },
      };
    });
    afterAll(async () => {
      await api?.close();
    });

    const ORG_ROOT = 'ADMIN of the organization subtree';
    // The organization-subtree administrator owns A's test organization and what hangs off it (its
    // staff, through their posts, and their awards); A's household is only located in A's territory.
    const reaches = (who: string, type: string) => who !== ORG_ROOT || type !== 'Household';

    it('reads nothing of B by id, list, filter, count, search, aggregate or export — and does read A', async () => {
      for (const [who, caller] of Object.entries(callers)) {
        for (const r of RESOURCES) {
          const { A, B } = world.ids[r.type];
          const where = `${who} / ${r.type}`;
          const byId = await caller.gql<Record<string, { id: string } | null>>(`query($a: ID!, $b: ID!) { a: ${r.type}(id: $a) { id } b: ${r.type}(id: $b) { id } }`, { a: A, b: B });
          expect(byId.body.data?.b ?? null, `${where}: by id`).toBeNull();
          if (reaches(who, r.type)) expect(byId.body.data?.a?.id, `${where}: by id (A)`).toBe(A);

          const list = await caller.gql<Record<string, { id: string }[] | { count: number }>>(
            `query($ids: [ID!]) { list: all${r.plural}(filter: { ids: $ids }, perPage: 10) { id } meta: _all${r.plural}Meta(filter: { ids: $ids }) { count } }`,
            { ids: [A, B] },
          );
          expect(list.body.errors, where).toBeUndefined();
          const listed = (list.body.data!.list as { id: string }[]).map((x) => x.id);
          expect(listed, `${where}: list`).not.toContain(B);
          expect(listed, `${where}: list (A)`).toEqual(reaches(who, r.type) ? [A] : []);
          expect((list.body.data!.meta as { count: number }).count, `${where}: count`).toBe(reaches(who, r.type) ? 1 : 0);

          if (r.search) {
            const found = await caller.gql<Record<string, { id: string }[]>>(`query($q: String) { all${r.plural}(filter: { q: $q }, perPage: 50) { id } }`, { q: WORD.B.toLowerCase() });
            expect(found.body.errors, where).toBeUndefined();
            expect(found.body.data![`all${r.plural}`], `${where}: search`).toEqual([]);
          }

          if (r.analytic) {
            const agg = await caller.gql<{ aggregate: { total: number } }>(`query($r: String!, $g: [String!]!, $f: JSON) { aggregate(resource: $r, groupBy: $g, filter: $f) { total } }`, {
              r: r.type, g: [r.analytic.groupBy], f: { ids: [A, B] },
            });
            expect(agg.body.errors, where).toBeUndefined();
            expect(agg.body.data!.aggregate.total, `${where}: aggregate`).toBe(reaches(who, r.type) ? 1 : 0);

            const csv = await fetch(`${api.url}/export/${r.type}.csv?filter=${encodeURIComponent(JSON.stringify({ ids: [A, B] }))}`, {
              headers: caller.token ? { authorization: `Bearer ${caller.token}` } : { 'x-api-key': caller.apiKey! },
            });
            const text = await csv.text();
            expect(csv.status, `${where}: export ${text.slice(0, 200)}`).toBe(200);
            const rows = text.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
            expect(rows.map((line) => line.split(',')[0]), `${where}: export`).toEqual(reaches(who, r.type) ? [A] : []);
          }
        }
      }
    });

    it('follows no relation across the border', async () => {
      for (const [who, caller] of Object.entries(callers)) {
        const org = await caller.gql<{ Organization: { successors: { id: string }[] } | null }>(`query($id: ID!) { Organization(id: $id) { successors { id } } }`, { id: world.ids.Organization.A });
        expect(org.body.errors, who).toBeUndefined();
        expect(org.body.data!.Organization?.successors ?? [], `${who}: successors`).toEqual([]);
        const posts = await caller.gql<{ allPositions: { id: string }[] }>(`query($p: ID) { allPositions(filter: { personId: $p }) { id } }`, { p: world.ids.Person.A });
        expect(posts.body.data!.allPositions.map((x) => x.id), `${who}: positions`).not.toContain(world.crossPosition);
        const trail = await caller.gql<{ allAuditEntries: { id: string }[] }>(`query($r: String) { allAuditEntries(filter: { tableName: "person", rowId: $r }) { id } }`, { r: world.ids.Person.B });
        expect(trail.body.data?.allAuditEntries ?? [], `${who}: audit trail of B`).toEqual([]);
      }
      // The controls: A's administrator does read A's trail, the national one sees the successor.
      const admin = callers['ADMIN of the province (territory)'];
      const own = await admin.gql<{ allAuditEntries: { id: string }[] }>(`query($r: String) { allAuditEntries(filter: { tableName: "person", rowId: $r }) { id } }`, { r: world.ids.Person.A });
      expect(own.body.data!.allAuditEntries.length).toBeGreaterThan(0);
      const national = await ok<{ Organization: { successors: { id: string }[] } }>(api, `query($id: ID!) { Organization(id: $id) { successors { id } } }`, { id: world.ids.Organization.A });
      expect(national.Organization.successors.map((o) => o.id)).toEqual([world.ids.Organization.B]);
    });

    it('updates and deletes nothing of B, whoever asks; A\'s administrator does write A', async () => {
      const before = await snapshotB(api, world);
      for (const [who, caller] of Object.entries(callers)) {
        for (const r of RESOURCES) {
          for (const make of [r.update, r.delete]) {
            if (!make) continue;
            const { query, variables } = make(world.ids[r.type].B);
            const res = await caller.gql(query, variables);
            expect(res.body.errors?.[0]?.extensions?.code, `${who} / ${query.slice(9, 40)}`).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
          }
        }
        // Writing a new row into B: a person placed in B's commune, a post in B's organization.
        const person = await caller.gql(`mutation($u: ID!) { createPerson(fullName: "Người lạ", unitId: $u) { id } }`, { u: world.units.B.commune });
        expect(person.body.errors?.[0]?.extensions?.code, `${who}: create in B`).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
        const post = await caller.gql(`mutation($p: ID!, $o: ID!) { createPosition(personId: $p, organizationId: $o, roleCode: "X") { id } }`, { p: world.ids.Person.A, o: world.ids.Organization.B });
        expect(post.body.errors?.[0]?.extensions?.code, `${who}: post in B`).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
      }
      expect(await snapshotB(api, world)).toBe(before);
      const [{ n }] = await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM person WHERE full_name = 'Người lạ'`);
      expect(n).toBe(0);

      // The controls: A's administrator updates A's person and creates one in A's commune.
      const admin = callers['ADMIN of the province (territory)'];
      await ok(admin, `mutation($id: ID!) { updatePerson(id: $id, ethnicity: "Tày") { id } }`, { id: world.ids.Person.A });
      await ok(admin, `mutation($u: ID!) { createPerson(fullName: "Người mới", unitId: $u) { id } }`, { u: world.units.A.commune });
      // Moving A's records out of the jurisdiction (their owner, their place) is refused, nothing changes.
      // (A household belongs to its place only; a person would still be A's through a post in A.)
      const [householdBefore] = await api.db.query(`SELECT to_jsonb(h) AS row FROM household h WHERE id = $1`, [world.ids.Household.A]);
      const moved = await admin.gql(`mutation($id: ID!, $u: ID!) { updateHousehold(id: $id, unitId: $u) { id } }`, { id: world.ids.Household.A, u: world.units.B.commune });
      expect(moved.body.errors?.[0]?.extensions?.code).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
      const handedOver = await admin.gql(`mutation($id: ID!, $o: ID!) { updateExemplar(id: $id, version: 1, organizationInChargeId: $o) { id } }`, { id: world.ids.Exemplar.A, o: world.ids.Organization.B });
      expect(handedOver.body.errors?.[0]?.extensions?.code).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
      const [householdAfter] = await api.db.query(`SELECT to_jsonb(h) AS row FROM household h WHERE id = $1`, [world.ids.Household.A]);
      expect(householdAfter).toEqual(householdBefore);
      const [{ o: inCharge }] = await api.db.query<{ o: string }>(`SELECT organization_in_charge_id::text AS o FROM exemplar WHERE id = $1`, [world.ids.Exemplar.A]);
      expect(inCharge).toBe(world.ids.Organization.A);
      // An organization above one of A's (a central body with a branch in A) is A's to read, not to change.
      const national = await ok(api, `mutation { createOrganization(code: "TW.THU.NGHIEM", name: "Cơ quan trung ương thử nghiệm", kind: "SO") { id } }`);
      const parent = national.createOrganization.id;
      await ok(api, `mutation($p: ID!, $u: ID!) { createOrganization(code: "TW.THU.NGHIEM.A", name: "Chi nhánh tại A", kind: "SO", parentId: $p, unitId: $u) { id } }`, {
        p: parent,
        u: world.units.A.province,
      });
      const parentBefore = await api.db.query(`SELECT to_jsonb(o) AS row FROM organization o WHERE id = $1`, [parent]);
      expect((await admin.gql<{ Organization: { id: string } | null }>(`query($id: ID!) { Organization(id: $id) { id } }`, { id: parent })).body.data!.Organization?.id).toBe(parent);
      for (const write of [`mutation($id: ID!) { updateOrganization(id: $id, note: "sửa cấp trên") { id } }`, `mutation($id: ID!) { deleteOrganization(id: $id) { id } }`]) {
        const res = await admin.gql(write, { id: parent });
        // Row-level security alone refuses it too: a write that finds no row to change (CONFLICT), or a
        // domain refusal that comes first (HAS_CHILDREN); the row stays as it was either way.
        expect(res.body.errors?.[0]?.extensions?.code, write).toMatch(access.appScoping === false ? /^(FORBIDDEN|CONFLICT|HAS_CHILDREN)$/ : /^FORBIDDEN$/);
      }
      expect(await api.db.query(`SELECT to_jsonb(o) AS row FROM organization o WHERE id = $1`, [parent])).toEqual(parentBefore);

      // A code is national: taking one that B holds is refused without saying anything of B's record.
      const taken = await admin.gql(`mutation($u: ID!) { createOrganization(code: "B.SO.THU", name: "Trùng mã", kind: "SO", unitId: $u) { id } }`, { u: world.units.A.province });
      expect(taken.body.errors?.[0]?.extensions?.code).toBe('DUPLICATE_CODE');
      expect(JSON.stringify(taken.body)).not.toMatch(new RegExp(`${WORD.B}|"${world.ids.Organization.B}"`));

      // Read-only roles write nothing, even in A.
      for (const who of ['ANALYST', 'API_CLIENT (key)']) {
        const res = await callers[who].gql(`mutation($id: ID!) { updatePerson(id: $id, ethnicity: "Kinh") { id } }`, { id: world.ids.Person.A });
        expect(res.body.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
      }
    });
  });
}

matrix('application scoping and row-level security', {});
matrix('row-level security alone (application scoping switched off)', { appScoping: false });
matrix('application scoping alone (row-level security switched off)', { rowSecurity: false });

describe('the jurisdiction in the database', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('an export refuses before sending anything: nobody, an unknown resource, a filter that is not an object, an unknown sort', async () => {
    const get = (path: string, token: string | null = api.token) => fetch(`${api.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const cases: [string, string | null, number, string][] = [
      ['/export/Person.csv', null, 401, 'UNAUTHENTICATED'],
      ['/export/Secret.csv', api.token, 400, 'INVALID_VALUE'],
      [`/export/Person.csv?filter=${encodeURIComponent('[1]')}`, api.token, 400, 'INVALID_VALUE'],
      ['/export/Person.csv?filter=%7Bnot-json', api.token, 400, 'INVALID_VALUE'],
      ['/export/Person.csv?sortField=password', api.token, 400, 'INVALID_SORT_FIELD'],
    ];
    for (const [path, token, status, code] of cases) {
      const res = await get(path, token);
      expect(res.status, path).toBe(status);
      const body = (await res.json()) as { errors: { extensions: { code: string; messages: { vi: string; en: string } } }[] };
      expect(body.errors[0].extensions.code, path).toBe(code);
      expect(body.errors[0].extensions.messages.vi.length, path).toBeGreaterThan(0);
    }
    const ok = await get('/export/Person.csv?sortField=fullName&sortOrder=DESC');
    expect(ok.status).toBe(200);
    const bytes = Buffer.from(await ok.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM spreadsheets read UTF-8 by
    expect(bytes.subarray(3, 6).toString()).toBe('id,');
  });

  it('tests membership by one bit: the first and last ids, past the end, negative and absent ids', async () => {
    const cases: [number | null, boolean][] = [[0, true], [5, true], [6, false], [8, false], [16, true], [17, false], [23, false], [24, false], [10_000, false], [-1, false], [null, false]];
    for (const [id, expected] of cases) {
      const [{ hit }] = await api.db.query<{ hit: boolean | null }>(`SELECT ${bitIn(`exemplar_bitmap('{0,5,16}')`, '$1::bigint')} AS hit`, [id]);
      expect(Boolean(hit), `id ${id}`).toBe(expected);
    }
    const [{ empty }] = await api.db.query<{ empty: boolean }>(`SELECT ${bitIn(`exemplar_bitmap('{}')`, '0::bigint')} AS empty`);
    expect(empty).toBe(false);
  });

  it('an organization created in a province belongs to its administrators at once; the extent is recomputed, not stale', async () => {
    const [{ id: province }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM administrative_unit WHERE dataset = 'VN-2025' AND code = '19'`);
    const admin = await api.signedIn([{ role: 'ADMIN', unitId: province }]);
    const count = async () => (await ok<{ _allOrganizationsMeta: { count: number } }>(admin, `{ _allOrganizationsMeta { count } }`))._allOrganizationsMeta.count;
    const before = await count();
    const [{ n: cached }] = await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM jurisdiction_extent`);
    expect(cached).toBeGreaterThan(0);
    await ok(api, `mutation($u: ID!) { createOrganization(code: "TN.MOI", name: "Trường mới", kind: "SO", unitId: $u) { id } }`, { u: province });
    expect(await count()).toBe(before + 1);
    // Created by the administrator herself, inside her territory: hers at once too.
    await ok(admin, `mutation($u: ID!) { createOrganization(code: "TN.MOI2", name: "Trường mới 2", kind: "SO", unitId: $u) { id } }`, { u: province });
    expect(await count()).toBe(before + 2);
    // The application's role reads the cache of extents but cannot write it, nor the trail.
    const refused = await api.db.query<{ ok: boolean }>(
      `SELECT has_table_privilege('exemplar_app', 'jurisdiction_extent', 'INSERT') OR has_table_privilege('exemplar_app', 'jurisdiction_extent', 'UPDATE')
           OR has_table_privilege('exemplar_app', 'jurisdiction_extent', 'DELETE') AS ok`,
    );
    expect(refused[0].ok).toBe(false);
    const [{ ins, upd }] = await api.db.query<{ ins: boolean; upd: boolean }>(
      `SELECT has_table_privilege('exemplar_app', 'audit_log', 'INSERT') AS ins, has_table_privilege('exemplar_app', 'audit_log', 'UPDATE') AS upd`,
    );
    expect([ins, upd]).toEqual([false, false]);
  });

  it('a statement sent without a jurisdiction runs as the app\'s role and sees nothing guarded (fail-closed)', async () => {
    const pool = createRequestPool(api.dataSource, 'exemplar_app');
    try {
      const [who] = (await pool.query(`SELECT current_user AS u, (SELECT count(*)::int FROM organization) AS orgs, (SELECT count(*)::int FROM administrative_unit) AS units`, [])).rows as {
        u: string;
        orgs: number;
        units: number;
      }[];
      expect(who).toMatchObject({ u: 'exemplar_app', orgs: 0 });
      expect(who.units).toBeGreaterThan(10_000);
      await expect(pool.query(`UPDATE administrative_unit SET name = name WHERE false`, [])).rejects.toThrow(/permission denied/);
      await expect(pool.query(`DELETE FROM audit_log WHERE false`, [])).rejects.toThrow(/permission denied/);
    } finally {
      await pool.end();
    }
  });

  it('the application role is not the owner, cannot bypass row-level security, and every jurisdiction table forces it', async () => {
    const [role] = await api.db.query<{ rolbypassrls: boolean; rolsuper: boolean }>(`SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = 'exemplar_app'`);
    expect(role).toEqual({ rolbypassrls: false, rolsuper: false });
    const tables = await api.db.query<{ relname: string; owner: string; rls: boolean; forced: boolean }>(
      `SELECT c.relname, pg_get_userbyid(c.relowner) AS owner, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced
       FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname = ANY ($1)`,
      [RESOURCES.map((r) => r.table).concat(['audit_log', 'plan_item', 'council_ballot', 'council_secret_tally'])],
    );
    expect(tables.length).toBe(RESOURCES.length + 4);
    for (const t of tables) {
      expect(t.owner, t.relname).not.toBe('exemplar_app');
      expect([t.relname, t.rls, t.forced]).toEqual([t.relname, true, true]);
    }
  });
});
