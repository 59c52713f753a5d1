import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
const now = new Date('2023-06-15T03:00:00Z');
const ids: Record<string, string> = {};
const members: string[] = [];
let secretary: string;
let awardType: string;

const SUMMARY = { name: 'Hoàng Thị Mai', unit: 'Phòng Nội vụ huyện Ba Bể', role: 'Chuyên viên', field: 'Học tập và làm theo Bác', achievements: 'Gương mẫu, sáng tạo trong cải cách hành chính.' };
const CRITERIA = 'SEED-001-BA-BE-HOC_TAP_LAM_THEO_BAC';

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await api.gql<T>(query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}

async function code(query: string, variables: Record<string, unknown>): Promise<unknown> {
  const res = await api.gql(query, variables);
  return res.body.errors?.[0].extensions?.code;
}

async function orgId(c: string): Promise<string> {
  const [row] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = $1`, [c]);
  return row.id;
}

async function version(table: string, id: string): Promise<number> {
  const [row] = await api.db.query<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id]);
  return row.version;
}

async function status(id: string): Promise<string> {
  const [row] = await api.db.query<{ status: string }>(`SELECT status FROM nomination WHERE id = $1`, [id]);
  return row.status;
}

async function stage(id: string): Promise<string> {
  const [row] = await api.db.query<{ stage: string }>(`SELECT stage FROM exemplar WHERE id = $1`, [id]);
  return row.stage;
}

/** A person, their exemplar and a nomination for Ba Bể's "other agencies" quota, submitted and received. */
async function receivedNomination(name: string): Promise<{ nomination: string; exemplar: string; person: string }> {
  const person = (await ok<{ createPerson: { id: string } }>(`mutation($n: String!) { createPerson(fullName: $n) { id } }`, { n: name })).createPerson.id;
  const exemplar = (await ok<{ createExemplar: { id: string } }>(`mutation($p: ID!, $plan: ID) { createExemplar(subjectKind: "CA_NHAN", subjectId: $p, planId: $plan, discoveredVia: "UNIT_PROPOSAL") { id } }`, { p: person, plan: ids.plan })).createExemplar.id;
  const created = await ok<{ createNomination: { id: string; version: number } }>(
    `mutation($p: ID!, $q: ID!, $o: ID!, $e: ID!, $c: ID!, $s: JSON) { createNomination(planId: $p, quotaRuleId: $q, nominatingOrganizationId: $o, exemplarId: $e, councilOrganizationId: $c, periodYear: 2023, summary: $s) { id version } }`,
    { p: ids.plan, q: ids.quota, o: ids.noiVu, e: exemplar, c: ids.councilOrg, s: { ...SUMMARY, name } },
  );
  const n = created.createNomination;
  const sent = await ok<{ submitNomination: { version: number } }>(`mutation($id: ID!, $v: Int!) { submitNomination(id: $id, version: $v) { version } }`, { id: n.id, v: n.version });
  await ok(`mutation($id: ID!, $v: Int!) { receiveNomination(id: $id, version: $v, author: "Phòng Nội vụ") { id } }`, { id: n.id, v: sent.submitNomination.version });
  return { nomination: n.id, exemplar, person };
}

async function session(title: string, secret = true): Promise<{ id: string; version: number }> {
  return (await ok<{ createCouncilSession: { id: string; version: number } }>(
    `mutation($c: ID!, $t: String!, $s: Boolean) { createCouncilSession(councilId: $c, title: $t, heldOn: "2023-06-15", secretBallot: $s) { id version } }`,
    { c: ids.council, t: title, s: secret },
  )).createCouncilSession;
}

const VOTE = `mutation($s: ID!, $n: ID!, $m: ID!, $c: String!) { castVote(sessionId: $s, nominationId: $n, memberId: $m, choice: $c) }`;
const DECIDE = `mutation($s: ID!, $n: ID!) { decideCouncilItem(sessionId: $s, nominationId: $n, author: "Chủ tịch Hội đồng") { result yes no abstain eligible } }`;

beforeAll(async () => {
  api = await startTestServer({ clock: () => now });
  [{ id: ids.plan }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM plan WHERE code = 'SEED-001-BA-BE'`);
  [{ id: ids.quota }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM plan_item WHERE plan_id = $1 AND key = 'BB-Q-CO_QUAN'`, [ids.plan]);
  ids.noiVu = await orgId('BACKAN.BABE.PHONG_NOI_VU');
  ids.councilOrg = await orgId('BACKAN.BABE.HDTDKT');
  ids.issuer = await orgId('BACKAN.BABE.UBND');
  [{ code: awardType }] = await api.db.query<{ code: string }>(`SELECT code FROM award_type WHERE 'CA_NHAN' = ANY(subject_kinds) ORDER BY rank LIMIT 1`);
  const parent = await ok<{ createCouncil: { id: string } }>(`mutation($o: ID!) { createCouncil(organizationId: $o, name: "Hội đồng Thi đua - Khen thưởng tỉnh Bắc Kạn") { id } }`, { o: await orgId('BACKAN.BAN_TDKT') });
  ids.parentCouncil = parent.createCouncil.id;
  const council = await ok<{ createCouncil: { id: string } }>(
    `mutation($o: ID!, $s: ID!, $p: ID!) { createCouncil(organizationId: $o, name: "Hội đồng Thi đua - Khen thưởng huyện Ba Bể", standingOrganizationId: $s, parentCouncilId: $p) { id } }`,
    { o: ids.councilOrg, s: ids.noiVu, p: ids.parentCouncil },
  );
  ids.council = council.createCouncil.id;
  for (const [name, role] of [
    ['Chủ tịch UBND huyện', 'CHAIR'],
    ['Trưởng phòng Nội vụ', 'STANDING_VICE_CHAIR'],
    ['Trưởng phòng GD&ĐT', 'MEMBER'],
    ['Trưởng phòng VH-TT', 'MEMBER'],
    ['Chủ tịch UBMTTQ huyện', 'MEMBER'],
  ]) {
    const m = await ok<{ createCouncilMember: { id: string } }>(`mutation($c: ID!, $n: String!, $r: String!) { createCouncilMember(councilId: $c, fullName: $n, role: $r, voting: true) { id } }`, { c: ids.council, n: name, r: role });
    members.push(m.createCouncilMember.id);
  }
  secretary = (await ok<{ createCouncilMember: { id: string } }>(`mutation($c: ID!) { createCouncilMember(councilId: $c, fullName: "Chuyên viên Phòng Nội vụ", role: "SECRETARY", voting: false) { id } }`, { c: ids.council })).createCouncilMember.id;
});
afterAll(async () => {
  await api?.close();
});

describe('from appraisal to the council’s vote', () => {
  it('appraisal stores the eligibility snapshot with its trace; an attestation re-evaluates it', async () => {
    const { nomination } = await receivedNomination('Hoàng Thị Mai');
    const v = await version('nomination', nomination);
    expect(await code(`mutation($id: ID!, $v: Int!) { appraiseNomination(id: $id, version: $v) { id } }`, { id: nomination, v })).toBe('REQUIRED');
    const appraised = await ok<{ appraiseNomination: { status: string; eligibility: { criteriaSetCode: string; verdict: string; asOf: string; result: { criteria: unknown[] } } } }>(
      `mutation($id: ID!, $v: Int!, $c: String) { appraiseNomination(id: $id, version: $v, criteriaSetCode: $c, author: "Phòng Nội vụ") { status eligibility } }`,
      { id: nomination, v, c: CRITERIA },
    );
    expect(appraised.appraiseNomination.status).toBe('APPRAISED');
    const snapshot = appraised.appraiseNomination.eligibility;
    expect(snapshot).toMatchObject({ criteriaSetCode: CRITERIA, asOf: '2023-06-15' });
    expect(['PASS', 'FAIL', 'UNKNOWN']).toContain(snapshot.verdict);
    expect(JSON.stringify(snapshot.result).length).toBeGreaterThan(50);

    const [{ key }] = await api.db.query<{ key: string }>(`SELECT c.key FROM criterion c JOIN criteria_set s ON s.id = c.criteria_set_id WHERE s.code = $1 ORDER BY c.position LIMIT 1`, [CRITERIA]);
    const attested = await ok<{ recordAttestation: { transitions: { fromStatus: string; toStatus: string; reason: string }[] } }>(
      `mutation($n: ID!, $k: String!) { recordAttestation(nominationId: $n, criterionKey: $k, verdict: "PASS", attestedBy: "Tổ thẩm định", note: "Đã xác minh") { transitions { fromStatus toStatus reason } } }`,
      { n: nomination, k: key },
    );
    expect(attested.recordAttestation.transitions.at(-1)).toMatchObject({ fromStatus: 'APPRAISED', toStatus: 'APPRAISED' });
    expect(await api.db.query(`SELECT 1 FROM attestation WHERE criterion_key = $1 AND attested_by = 'Tổ thẩm định'`, [key])).toHaveLength(1);
    ids.appraised = nomination;
  });

  it('a secret-ballot session: agenda, attendance, conflicts and one vote each; approved by a majority of the eligible', async () => {
    const nomination = ids.appraised;
    const [{ exemplar_id: exemplar }] = await api.db.query<{ exemplar_id: string }>(`SELECT exemplar_id::text AS exemplar_id FROM nomination WHERE id = $1`, [nomination]);
    const s = await session('Phiên họp xét chọn điển hình năm 2023');
    await ok(`mutation($s: ID!, $n: ID!) { addToCouncilAgenda(sessionId: $s, nominationId: $n) { status } }`, { s: s.id, n: nomination });
    expect(await status(nomination)).toBe('COUNCIL_REVIEW');
    expect(await stage(exemplar)).toBe('UNDER_REVIEW');

    expect(await code(VOTE, { s: s.id, n: nomination, m: members[0], c: 'YES' })).toBe('SESSION_NOT_OPEN');
    await ok(`mutation($id: ID!, $v: Int!) { openCouncilSession(id: $id, version: $v) }`, { id: s.id, v: s.version });
    await ok(`mutation($s: ID!, $m: [ID!]!) { recordCouncilAttendance(sessionId: $s, memberIds: $m) }`, { s: s.id, m: [...members.slice(0, 4), secretary] });
    await ok(`mutation($s: ID!, $n: ID!, $m: ID!) { declareConflictOfInterest(sessionId: $s, nominationId: $n, memberId: $m, reason: "Là thủ trưởng trực tiếp") }`, { s: s.id, n: nomination, m: members[1] });

    expect(await code(VOTE, { s: s.id, n: nomination, m: members[1], c: 'YES' })).toBe('CONFLICT_OF_INTEREST');
    expect(await code(VOTE, { s: s.id, n: nomination, m: members[4], c: 'YES' })).toBe('NOT_PRESENT');
    expect(await code(VOTE, { s: s.id, n: nomination, m: secretary, c: 'YES' })).toBe('NOT_A_VOTING_MEMBER');
    expect(await code(VOTE, { s: s.id, n: nomination, m: members[0], c: 'MAYBE' })).toBe('INVALID_VALUE');
    await ok(VOTE, { s: s.id, n: nomination, m: members[0], c: 'YES' });
    expect(await code(VOTE, { s: s.id, n: nomination, m: members[0], c: 'NO' })).toBe('ALREADY_VOTED');
    await ok(VOTE, { s: s.id, n: nomination, m: members[2], c: 'YES' });
    await ok(VOTE, { s: s.id, n: nomination, m: members[3], c: 'NO' });

    // A secret ballot keeps who voted, not how.
    expect(await api.db.query(`SELECT 1 FROM council_ballot WHERE session_id = $1`, [s.id])).toHaveLength(0);
    expect(await api.db.query(`SELECT yes, no, abstain FROM council_secret_tally WHERE session_id = $1`, [s.id])).toEqual([{ yes: 2, no: 1, abstain: 0 }]);
    expect(await api.db.query(`SELECT 1 FROM council_vote_cast WHERE session_id = $1`, [s.id])).toHaveLength(3);

    const decided = await ok<{ decideCouncilItem: { result: string; yes: number; no: number; eligible: number } }>(DECIDE, { s: s.id, n: nomination });
    expect(decided.decideCouncilItem).toMatchObject({ result: 'APPROVED', yes: 2, no: 1, eligible: 3 });
    expect(await status(nomination)).toBe('APPROVED');
    expect(await stage(exemplar)).toBe('RECOGNISED');
    expect(await code(DECIDE, { s: s.id, n: nomination })).toBe('NOT_ON_AGENDA');

    const view = await ok<{ CouncilSession: { status: string; items: { result: string; yes: number }[]; presentMemberIds: string[]; openBallots: unknown[] } }>(
      `query($id: ID!) { CouncilSession(id: $id) { status items { result yes } presentMemberIds openBallots { choice } } }`,
      { id: s.id },
    );
    expect(view.CouncilSession).toMatchObject({ status: 'OPEN', items: [{ result: 'APPROVED', yes: 2 }], openBallots: [] });
    expect(view.CouncilSession.presentMemberIds).toHaveLength(5);
    const record = await ok<{ CouncilSession: { votesCast: { memberId: string }[]; conflicts: { memberId: string; reason: string }[] } }>(
      `query($id: ID!) { CouncilSession(id: $id) { votesCast { memberId } conflicts { memberId reason } } }`,
      { id: s.id },
    );
    expect(record.CouncilSession.votesCast.map((v) => v.memberId).sort()).toEqual([members[0], members[2], members[3]].sort());
    expect(record.CouncilSession.conflicts).toEqual([{ memberId: members[1], reason: 'Là thủ trưởng trực tiếp' }]);
    const toCouncil = await ok<{ allNominations: { id: string }[] }>(`query($c: ID!) { allNominations(filter: { councilOrganizationId: $c, status: "APPROVED" }) { id } }`, { c: ids.councilOrg });
    expect(toCouncil.allNominations.map((n) => n.id)).toEqual([nomination]);
    ids.approved = nomination;
    ids.approvedExemplar = exemplar;
  });

  it('without a quorum nothing is decided; an open vote lists its ballots; a tie is not a majority', async () => {
    const { nomination } = await receivedNomination('Lý Văn Tú');
    await ok(`mutation($id: ID!, $v: Int!, $c: String) { appraiseNomination(id: $id, version: $v, criteriaSetCode: $c) { id } }`, { id: nomination, v: await version('nomination', nomination), c: CRITERIA });
    const s = await session('Phiên họp bổ sung', false);
    await ok(`mutation($s: ID!, $n: ID!) { addToCouncilAgenda(sessionId: $s, nominationId: $n) { status } }`, { s: s.id, n: nomination });
    await ok(`mutation($id: ID!, $v: Int!) { openCouncilSession(id: $id, version: $v) }`, { id: s.id, v: s.version });
    await ok(`mutation($s: ID!, $m: [ID!]!) { recordCouncilAttendance(sessionId: $s, memberIds: $m) }`, { s: s.id, m: members.slice(0, 2) });
    const noQuorum = await api.gql(DECIDE, { s: s.id, n: nomination });
    expect(noQuorum.body.errors?.[0].extensions).toMatchObject({ code: 'QUORUM_NOT_MET', present: 2, required: 3 });
    expect(await status(nomination)).toBe('COUNCIL_REVIEW');

    await ok(`mutation($s: ID!, $m: [ID!]!) { recordCouncilAttendance(sessionId: $s, memberIds: $m) }`, { s: s.id, m: members.slice(0, 4) });
    for (const [m, c] of [[members[0], 'YES'], [members[1], 'YES'], [members[2], 'NO'], [members[3], 'ABSTAIN']]) await ok(VOTE, { s: s.id, n: nomination, m, c });
    const decided = await ok<{ decideCouncilItem: { result: string; yes: number; eligible: number } }>(DECIDE, { s: s.id, n: nomination });
    expect(decided.decideCouncilItem).toMatchObject({ result: 'REJECTED', yes: 2, eligible: 4 });
    expect(await status(nomination)).toBe('REJECTED');
    const ballots = await ok<{ CouncilSession: { openBallots: { memberId: string; choice: string }[] } }>(`query($id: ID!) { CouncilSession(id: $id) { openBallots { memberId choice } } }`, { id: s.id });
    expect(ballots.CouncilSession.openBallots).toHaveLength(4);
    const v = await version('council_session', s.id);
    await ok(`mutation($id: ID!, $v: Int!) { closeCouncilSession(id: $id, version: $v, minutes: "Biên bản họp") }`, { id: s.id, v });
    expect(await code(`mutation($id: ID!, $v: Int!) { openCouncilSession(id: $id, version: $v) }`, { id: s.id, v: v + 1 })).toBe('SESSION_TRANSITION_REFUSED');
  });
});

describe('award decisions', () => {
  const ISSUE = `mutation($n: String!, $o: ID!, $t: String!, $items: [DecisionItemInput!]!) {
    issueDecision(number: $n, decidedOn: "2023-07-01", signerTitle: "CHỦ TỊCH", signerName: "Nguyễn Văn A", issuingOrganizationId: $o, awardTypeCode: $t, items: $items, author: "Văn phòng") {
      id number subjects { subjectKind achievementKey nominationId exemplarId } } }`;

  it('a decision rewards its subjects once, decides the nomination and honours the exemplar; a second reward for the achievement is refused', async () => {
    const res = await ok<{ issueDecision: { id: string; subjects: { subjectKind: string; achievementKey: string; nominationId: string; exemplarId: string }[] } }>(ISSUE, {
      n: '1234/QĐ-UBND',
      o: ids.issuer,
      t: awardType,
      items: [{ nominationId: ids.approved, achievementKey: 'SEED-001-BA-BE:2023' }],
    });
    expect(res.issueDecision.subjects).toEqual([{ subjectKind: 'CA_NHAN', achievementKey: 'SEED-001-BA-BE:2023', nominationId: ids.approved, exemplarId: ids.approvedExemplar }]);
    expect(await status(ids.approved)).toBe('DECIDED');
    expect(await stage(ids.approvedExemplar)).toBe('HONOURED');
    expect(await api.db.query(`SELECT 1 FROM award_record WHERE decision_number = '1234/QĐ-UBND'`)).toHaveLength(1);
    const byNomination = await ok<{ allAwardDecisions: { number: string }[] }>(`query($n: ID!) { allAwardDecisions(filter: { nominationId: $n }) { number } }`, { n: ids.approved });
    expect(byNomination.allAwardDecisions).toEqual([{ number: '1234/QĐ-UBND' }]);

    const again = await api.gql(ISSUE, { n: '1300/QĐ-UBND', o: ids.issuer, t: awardType, items: [{ exemplarId: ids.approvedExemplar, achievementKey: 'SEED-001-BA-BE:2023' }] });
    expect(again.body.errors?.[0].extensions).toMatchObject({ code: 'DUPLICATE_ACHIEVEMENT', field: 'items[0].achievementKey' });
  });

  it('a failure in the middle of a decision leaves nothing behind: no decision, no award record, no stage change', async () => {
    const person = (await ok<{ createPerson: { id: string } }>(`mutation { createPerson(fullName: "Đàm Thị Hằng") { id } }`)).createPerson.id;
    const exemplar = (await ok<{ createExemplar: { id: string; version: number } }>(`mutation($p: ID!) { createExemplar(subjectKind: "CA_NHAN", subjectId: $p, discoveredVia: "PRESS_REPORT") { id version } }`, { p: person })).createExemplar;
    let v = exemplar.version;
    for (const s of ['NOMINATED', 'UNDER_REVIEW', 'RECOGNISED']) {
      v = (await ok<{ advanceExemplar: { version: number } }>(`mutation($id: ID!, $v: Int!, $s: String!) { advanceExemplar(id: $id, version: $v, stage: $s, reason: "r", author: "a") { version } }`, { id: exemplar.id, v, s })).advanceExemplar.version;
    }
    const count = async () => (await api.db.query<{ n: number }>(`SELECT (SELECT count(*) FROM award_record)::int + (SELECT count(*) FROM award_decision)::int AS n`))[0].n;
    const before = await count();
    const failed = await api.gql(ISSUE, {
      n: '1500/QĐ-UBND',
      o: ids.issuer,
      t: awardType,
      items: [
        { exemplarId: exemplar.id, achievementKey: 'BAO-CHI:2023' },
        { exemplarId: ids.approvedExemplar, achievementKey: 'SEED-001-BA-BE:2023' },
      ],
    });
    expect(failed.body.errors?.[0].extensions).toMatchObject({ code: 'DUPLICATE_ACHIEVEMENT', field: 'items[1].achievementKey' });
    // An exemplar that may not be honoured yet stops the decision too, after its first item was written.
    const candidate = (await ok<{ createExemplar: { id: string } }>(`mutation($p: ID!) { createExemplar(subjectKind: "CA_NHAN", subjectId: $p, discoveredVia: "PRESS_REPORT") { id } }`, { p: person })).createExemplar.id;
    const refused = await api.gql(ISSUE, {
      n: '1501/QĐ-UBND',
      o: ids.issuer,
      t: awardType,
      items: [
        { exemplarId: exemplar.id, achievementKey: 'BAO-CHI:2023' },
        { exemplarId: candidate, achievementKey: 'BAO-CHI:2023-b' },
      ],
    });
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'EXEMPLAR_TRANSITION_REFUSED', from: 'CANDIDATE', to: 'HONOURED' });
    expect(await count()).toBe(before);
    expect(await stage(exemplar.id)).toBe('RECOGNISED');
    expect(await stage(candidate)).toBe('CANDIDATE');

    const model = (await ok<{ createExemplar: { id: string } }>(`mutation { createExemplar(modelName: "Mô hình không có chủ thể", discoveredVia: "OTHER") { id } }`)).createExemplar.id;
    const noSubject = await api.gql(ISSUE, { n: '1502/QĐ-UBND', o: ids.issuer, t: awardType, items: [{ exemplarId: model, achievementKey: 'x' }] });
    expect(noSubject.body.errors?.[0].extensions).toMatchObject({ code: 'SUBJECT_REQUIRED_FOR_AWARD', field: 'items[0]' });
  });

  it('a decided nomination is forwarded to the parent council as a new, submitted nomination', async () => {
    const fwd = await ok<{ forwardNomination: { id: string; status: string; forwardedFromId: string; councilOrganizationId: string; nominatingOrganizationId: string; submittedOn: string } }>(
      `mutation($id: ID!, $v: Int!) { forwardNomination(id: $id, version: $v, author: "Thường trực Hội đồng") { id status forwardedFromId councilOrganizationId nominatingOrganizationId submittedOn } }`,
      { id: ids.approved, v: await version('nomination', ids.approved) },
    );
    expect(fwd.forwardNomination).toMatchObject({ status: 'SUBMITTED', forwardedFromId: ids.approved, councilOrganizationId: await orgId('BACKAN.BAN_TDKT'), nominatingOrganizationId: ids.councilOrg, submittedOn: '2023-06-15' });
    expect(await status(ids.approved)).toBe('FORWARDED');
    expect(await code(`mutation($id: ID!, $v: Int!) { forwardNomination(id: $id, version: $v) { id } }`, { id: ids.approved, v: await version('nomination', ids.approved) })).toBe('NOMINATION_TRANSITION_REFUSED');
  });
});
