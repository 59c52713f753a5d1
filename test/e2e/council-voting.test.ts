import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectNoRawKeys, expectText, useConsole } from '../support/console';
import type { TestServer } from '../support/harness';

/**
 * A council session in a real browser against the seeded database: the council of Ba Bể district
 * (three voting members and a secretary who does not vote) meets in a secret ballot on a nomination
 * appraised through the API, records attendance and votes (2 yes, 1 no), sees who voted but never
 * how, decides "Thông qua" with 2/3, then the award decision is issued from the review screen.
 */

const session = useConsole('council-voting');
let api: TestServer;
let page: Page;
let councilId: string;
let nominationId: string;
const members: Record<'chair' | 'vice' | 'member' | 'secretary', string> = { chair: '', vice: '', member: '', secretary: '' };

async function gqlOk<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}

async function nomination(): Promise<{ status: string; version: number }> {
  const { Nomination } = await gqlOk<{ Nomination: { status: string; version: number } }>(`query ($id: ID!) { Nomination(id: $id) { status version } }`, { id: nominationId });
  return Nomination;
}

const orgId = async (code: string) => (await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = $1`, [code]))[0].id;

beforeAll(async () => {
  api = session.api;
  const [{ id: planId }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM plan WHERE code = 'SEED-001-BA-BE'`);
  const [{ id: quotaId }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM plan_item WHERE plan_id = $1 AND list = 'quotaRules' AND key = 'BB-Q-CO_QUAN'`, [planId]);
  const nominator = await orgId('BACKAN.BABE.PHONG_NOI_VU');
  const councilOrg = await orgId('BACKAN.BABE.HDTDKT');

  const { createCouncil } = await gqlOk<{ createCouncil: { id: string } }>(
    `mutation ($org: ID!, $standing: ID!) { createCouncil(organizationId: $org, name: "Hội đồng Thi đua - Khen thưởng huyện Ba Bể", standingOrganizationId: $standing, quorumRatio: 0.5) { id } }`,
    { org: councilOrg, standing: nominator },
  );
  councilId = createCouncil.id;
  const addMember = async (fullName: string, role: string, voting: boolean) =>
    (
      await gqlOk<{ createCouncilMember: { id: string } }>(
        `mutation ($council: ID!, $name: String!, $role: String!, $voting: Boolean) { createCouncilMember(councilId: $council, fullName: $name, role: $role, voting: $voting) { id } }`,
        { council: councilId, name: fullName, role, voting },
      )
    ).createCouncilMember.id;
  members.chair = await addMember('Hoàng Văn Chủ', 'CHAIR', true);
  members.vice = await addMember('Triệu Thị Phó', 'STANDING_VICE_CHAIR', true);
  members.member = await addMember('Lý Văn Ủy', 'MEMBER', true);
  members.secretary = await addMember('Nông Thị Thư', 'SECRETARY', false);

  const summary = { name: 'Tập thể Phòng Nội vụ (hội đồng E2E)', unit: 'UBND huyện Ba Bể', role: 'Cơ quan chuyên môn', field: 'Học tập và làm theo Bác', achievements: 'Số hóa hồ sơ một cửa.' };
  const { createNomination } = await gqlOk<{ createNomination: { id: string; version: number } }>(
    `mutation ($plan: ID!, $quota: ID!, $org: ID!, $council: ID!, $summary: JSON) {
      createNomination(planId: $plan, quotaRuleId: $quota, nominatingOrganizationId: $org, councilOrganizationId: $council, subjectKind: "TAP_THE", subjectId: $org, periodYear: 2023, summary: $summary, author: "e2e") { id version } }`,
    { plan: planId, quota: quotaId, org: nominator, council: councilOrg, summary },
  );
  nominationId = createNomination.id;
  let { version } = createNomination;
  version = (await gqlOk<{ submitNomination: { version: number } }>(`mutation ($id: ID!, $v: Int!) { submitNomination(id: $id, version: $v, author: "e2e") { version } }`, { id: nominationId, v: version })).submitNomination.version;
  version = (await gqlOk<{ receiveNomination: { version: number } }>(`mutation ($id: ID!, $v: Int!) { receiveNomination(id: $id, version: $v, author: "e2e") { version } }`, { id: nominationId, v: version })).receiveNomination.version;
  await gqlOk(`mutation ($id: ID!, $v: Int!) { appraiseNomination(id: $id, version: $v, criteriaSetCode: "SEED-001-BA-BE-HOC_TAP_LAM_THEO_BAC", author: "e2e") { status } }`, { id: nominationId, v: version });
  expect((await nomination()).status).toBe('APPRAISED');
});

beforeEach(() => {
  page = session.page;
});

describe('a council session', () => {
  it('meets in a secret ballot: agenda, attendance, votes shown as cast but never as chosen, "Thông qua" with 2/3; then the award decision from the review screen', async () => {
    // The council's page: members with their roles, and a new session.
    await session.open(`/Council/${councilId}/show`);
    const roster = page.getByTestId('council-members');
    // A cold first load (the whole bundle) may take longer than a poll's default second.
    await expect.poll(() => roster.getByTestId('council-member').count(), { timeout: 15_000 }).toBe(4);
    await expectText(roster.locator(`[data-testid="council-member"][data-role="SECRETARY"]`).getByTestId('council-member-role'), /^Thư ký$/);
    expect(await roster.locator('[data-testid="council-member"][data-voting="false"]').count()).toBe(1);
    await page.getByTestId('council-add-session').click();
    await page.waitForURL(/\/CouncilSession\/create/);
    await page.getByRole('textbox', { name: 'Tên phiên họp' }).fill('Phiên xét chọn điển hình năm 2023');
    expect(await page.getByLabel('Bỏ phiếu kín', { exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/CouncilSession\/\d+\/show/);
    const sessionId = /\/CouncilSession\/(\d+)\/show/.exec(page.url())![1];
    await expectText(page.getByTestId('session-status'), /^Đã lên lịch$/);
    await expectText(page.getByTestId('session-ballot'), /^Bỏ phiếu kín$/);

    // The agenda: the appraised nomination of this council, with its appraisal verdict.
    await page.getByTestId('agenda-add').click();
    const addDialog = page.getByTestId('agenda-add-dialog');
    await addDialog.getByRole('combobox', { name: 'Hồ sơ' }).click();
    await page.getByRole('option', { name: new RegExp(`hội đồng E2E.*#${nominationId}\\)$`) }).click();
    await addDialog.getByRole('button', { name: 'Đưa vào chương trình' }).click();
    await addDialog.waitFor({ state: 'detached' });
    const item = page.locator(`[data-testid="agenda-item"][data-nomination-id="${nominationId}"]`);
    await expectText(item.getByTestId('agenda-item-name'), /^Tập thể Phòng Nội vụ \(hội đồng E2E\)$/);
    await item.getByTestId('agenda-item-verdict').locator('[data-verdict]').waitFor();
    await expectText(item.getByTestId('agenda-item-result'), /^Chưa kết luận$/);
    expect((await nomination()).status).toBe('COUNCIL_REVIEW');

    // Opened, with attendance: three voting members and the secretary; the quorum needs two of three.
    await page.getByTestId('session-open').click();
    await expectText(page.getByTestId('session-status'), /^Đang họp$/);
    const quorum = page.getByTestId('session-quorum');
    expect(await quorum.getAttribute('data-met')).toBe('false');
    for (const id of Object.values(members)) await page.locator(`[data-testid="attendance-member"][data-member-id="${id}"] input`).check();
    await page.getByTestId('attendance-save').click();
    await expect.poll(() => quorum.getAttribute('data-present')).toBe('3');
    expect(await quorum.getAttribute('data-required')).toBe('2');
    expect(await quorum.getAttribute('data-met')).toBe('true');
    await expectText(quorum, /Có mặt 3\/3 thành viên biểu quyết — cần tối thiểu 2/);

    // The voting grid: only the present voting members (not the secretary).
    const vote = page.getByTestId(`vote-item-${nominationId}`);
    await expect.poll(() => vote.getByTestId('vote-row').count()).toBe(3);
    expect(await vote.locator(`[data-testid="vote-row"][data-member-id="${members.secretary}"]`).count()).toBe(0);
    const cast = async (memberId: string, name: string, choice: 'Tán thành' | 'Không tán thành') => {
      const row = vote.locator(`[data-testid="vote-row"][data-member-id="${memberId}"]`);
      await row.getByRole('button', { name: `${choice} — ${name}`, exact: true }).click();
      await expect.poll(() => row.getAttribute('data-state')).toBe('VOTED');
    };
    await cast(members.chair, 'Hoàng Văn Chủ', 'Tán thành');
    await cast(members.vice, 'Triệu Thị Phó', 'Tán thành');
    await cast(members.member, 'Lý Văn Ủy', 'Không tán thành');
    await expectText(vote.getByTestId('vote-item-count'), /Đã bỏ phiếu: 3\/3/);

    // A secret ballot: who voted, never how — not in the grid, not from the API.
    expect(await vote.getByTestId('vote-state').allTextContents()).toEqual(['Đã bỏ phiếu', 'Đã bỏ phiếu', 'Đã bỏ phiếu']);
    expect(await vote.getByTestId('vote-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-choice')))).toEqual(['', '', '']);
    expect(await vote.getByRole('button', { name: /Tán thành —/ }).count()).toBe(0);
    const { CouncilSession } = await gqlOk<{ CouncilSession: { openBallots: unknown[]; votesCast: { nominationId: string; memberId: string }[] } }>(
      `query ($id: ID!) { CouncilSession(id: $id) { openBallots { memberId choice } votesCast { nominationId memberId } } }`,
      { id: sessionId },
    );
    expect(CouncilSession.openBallots).toEqual([]);
    expect(CouncilSession.votesCast.map((v) => [String(v.nominationId), String(v.memberId)]).sort()).toEqual([members.chair, members.vice, members.member].map((m) => [nominationId, m]).sort());

    // Who voted comes from the server, not from this browser: with the browser's store emptied (all
    // but the session: sign-in is required) and the page reloaded, the three "voted" marks are still
    // there (and still never how).
    await page.evaluate(() => {
      const signedIn = window.localStorage.getItem('exemplar.session');
      window.localStorage.clear();
      if (signedIn) window.localStorage.setItem('exemplar.session', signedIn);
    });
    await page.reload();
    await expect.poll(() => vote.getByTestId('vote-row').count(), { timeout: 15_000 }).toBe(3);
    await expect.poll(() => vote.getByTestId('vote-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state'))), { timeout: 15_000 }).toEqual(['VOTED', 'VOTED', 'VOTED']);
    expect(await vote.getByTestId('vote-state').allTextContents()).toEqual(['Đã bỏ phiếu', 'Đã bỏ phiếu', 'Đã bỏ phiếu']);
    expect(await vote.getByTestId('vote-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-choice')))).toEqual(['', '', '']);
    await expectText(vote.getByTestId('vote-item-count'), /Đã bỏ phiếu: 3\/3/);

    // "Kết luận": approved with 2 of 3.
    await vote.getByTestId('vote-item-decide').click();
    const decide = page.getByTestId('decide-dialog');
    await decide.getByRole('textbox', { name: 'Người thực hiện' }).fill('Nông Thị Thư');
    await decide.getByRole('button', { name: 'Kết luận' }).click();
    await decide.waitFor({ state: 'detached' });
    await expect.poll(() => item.getAttribute('data-result')).toBe('APPROVED');
    await expectText(item.getByTestId('agenda-item-result'), /Thông qua/);
    await expectText(item.getByTestId('agenda-item-tally'), /^2\/3$/);
    await expectText(vote.getByTestId('vote-item-tally'), /^2 tán thành \/ 3 thành viên đủ điều kiện \(1 không tán thành, 0 không biểu quyết\)$/);
    expect(await vote.getByTestId('vote-item-decide').count()).toBe(0);
    expect((await nomination()).status).toBe('APPROVED');
    await expectNoRawKeys(page);

    // The award decision, from the review screen.
    await session.open(`/Nomination/${nominationId}/show`);
    await expectText(page.getByTestId('nomination-status'), /Hội đồng thông qua/);
    await page.getByTestId('issue-decision-button').click();
    const dialog = page.getByTestId('issue-decision-dialog');
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Thành tích (khóa)' }).inputValue()).toBe('SEED-001-BA-BE:2023');
    await dialog.getByRole('textbox', { name: 'Số quyết định' }).fill('125/QĐ-UBND');
    await dialog.getByRole('textbox', { name: 'Chức vụ người ký' }).fill('Chủ tịch');
    await dialog.getByRole('textbox', { name: 'Người ký', exact: true }).fill('Hoàng Văn Chủ');
    const issuer = dialog.getByRole('combobox', { name: 'Cơ quan ban hành' });
    await issuer.click();
    await issuer.fill('Ủy ban nhân dân huyện Ba Bể');
    await page.getByRole('option', { name: /^Ủy ban nhân dân huyện Ba Bể$/ }).click();
    const award = dialog.getByRole('combobox', { name: 'Hình thức khen thưởng' });
    await award.click();
    await award.fill('Giấy khen');
    await page.getByRole('option', { name: /^Giấy khen$/ }).click();
    await dialog.getByRole('textbox', { name: 'Người lập' }).fill('Phòng Nội vụ');
    await dialog.getByRole('button', { name: 'Ban hành quyết định khen thưởng' }).click();
    await dialog.waitFor({ state: 'detached' });

    await expectText(page.getByTestId('nomination-status'), /Đã có quyết định/);
    const decided = page.getByTestId('nomination-decisions').getByTestId('nomination-decision');
    await expect.poll(() => decided.count()).toBe(1);
    await expectText(decided.getByTestId('nomination-decision-number'), /^125\/QĐ-UBND$/);
    await expectText(decided.getByTestId('nomination-decision-award'), /^Giấy khen$/);
    await expectText(decided, /SEED-001-BA-BE:2023/);
    expect((await nomination()).status).toBe('DECIDED');
    const awardRecordId = await decided.getAttribute('data-award-record-id');
    const [record] = await api.db.query<{ award_type_code: string; achievement_key: string; decision_number: string }>(
      `SELECT award_type_code, achievement_key, decision_number FROM award_record WHERE id = $1`,
      [awardRecordId],
    );
    expect(record).toEqual({ award_type_code: 'GIAY_KHEN', achievement_key: 'SEED-001-BA-BE:2023', decision_number: '125/QĐ-UBND' });
    // Decided, the nomination may be forwarded to a parent council (and nothing else is offered).
    expect(await page.getByTestId('nomination-actions').getByRole('button').allTextContents()).toEqual(['Trình hội đồng cấp trên']);
    await expectNoRawKeys(page);
  });
});
