import type { Locator, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '@exemplar/shared';
import { expectNoRawKeys as noRawKeys, expectText, pageRange as rangeOf, useConsole } from '../support/console';
import type { TestServer } from '../support/harness';

/**
 * The achievement record and the award catalogue in the console, in a real browser (Debian's
 * Chromium, driven by playwright-core) against the real server on a real PostgreSQL.
 */

const session = useConsole('achievement');
let api: TestServer;
let page: Page;

beforeAll(async () => {
  api = session.api;
});

beforeEach(() => {
  page = session.page;
});

const open = (hashPath: string) => session.open(hashPath);

const pageRange = (scope: Page | Locator = page) => rangeOf(scope);


async function choose(combobox: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: combobox, exact: true }).click();
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
}

async function autocomplete(label: string, typed: string, option: RegExp): Promise<void> {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** Waits for a notification (snackbar) with exactly this text: several may follow one another. */
async function notified(text: string): Promise<void> {
  await page.locator('.MuiSnackbarContent-message').filter({ hasText: text }).first().waitFor();
  const shown = await page.locator('.MuiSnackbarContent-message').allTextContents();
  expect(shown).toContain(text);
}

const expectNoRawKeys = () => noRawKeys(page);

async function gqlOk<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}

describe('the achievement record in the console', () => {
  it('creates a person, adds an award and a rating from their page, shows both on the timeline, and refuses the same achievement twice in Vietnamese', async () => {
    await open('/');
    await page.getByText('Thành tích', { exact: true }).waitFor();
    await page.getByRole('menuitem', { name: 'Cá nhân' }).click();
    await page.getByRole('link', { name: 'Thêm mới' }).first().click();

    await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Nguyễn Văn Thử Nghiệm');
    await page.getByRole('spinbutton', { name: 'Năm sinh' }).fill('1980');
    await choose('Giới tính', 'Nam');
    await page.getByRole('textbox', { name: 'Dân tộc' }).fill('Tày');
    await choose('Đối tượng', 'Công chức');
    await autocomplete('Địa bàn', 'ba be', /^Xã Ba Bể/);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await notified('Đã thêm mới');

    // The person's page, with an empty record.
    const timeline = page.getByTestId('person-timeline');
    await timeline.getByText('Chưa có khen thưởng, sáng kiến, xếp loại, kỷ luật hay chức vụ nào được ghi nhận.').waitFor();
    const [person] = (
      await gqlOk<{ allPeople: { id: string; gender: string; staffCategory: string; ethnicity: string; birthYear: number; unitId: string; version: number }[] }>(
        `{ allPeople(filter: { q: "thu nghiem" }) { id gender staffCategory ethnicity birthYear unitId version } }`,
      )
    ).allPeople;
    expect(person).toEqual(expect.objectContaining({ gender: 'NAM', staffCategory: 'CONG_CHUC', ethnicity: 'Tày', birthYear: 1980, version: 1 }));
    expect(person.unitId).toBeTruthy();
    expect(page.url()).toContain(`/Person/${person.id}/show`);

    // An award: the picker finds the form by words, without diacritics.
    const addFacts = page.getByTestId('add-facts');
    await autocomplete('Hình thức khen thưởng', 'bang khen thu tuong', /^Bằng khen của Thủ tướng Chính phủ$/);
    await addFacts.getByRole('spinbutton', { name: 'Năm', exact: true }).fill('2024');
    await addFacts.getByRole('textbox', { name: 'Số quyết định' }).fill('1234/QĐ-TTg');
    await addFacts.getByRole('textbox', { name: 'Ngày quyết định' }).fill('15/08/2025');
    await choose('Cấp khen thưởng', 'Cấp Nhà nước');
    await choose('Người ký quyết định', 'Thủ tướng Chính phủ');
    await addFacts.getByRole('textbox', { name: 'Thành tích được khen' }).fill('2020-2024: hoàn thành xuất sắc 5 năm');
    await addFacts.getByRole('button', { name: 'Thêm' }).click();
    await notified('Đã thêm mới');
    await timeline.locator('[data-kind="award"]').getByText('Bằng khen của Thủ tướng Chính phủ').waitFor();
    await timeline.getByText('Quyết định số 1234/QĐ-TTg ngày 15/08/2025').waitFor();

    // A rating, from its tab.
    await addFacts.getByRole('tab', { name: 'Xếp loại chất lượng' }).click();
    await addFacts.getByRole('spinbutton', { name: 'Năm', exact: true }).fill('2024');
    await choose('Mức xếp loại', 'Hoàn thành xuất sắc nhiệm vụ');
    await addFacts.getByRole('button', { name: 'Thêm' }).click();
    await timeline.locator('[data-kind="rating"]').getByText('Hoàn thành xuất sắc nhiệm vụ').waitFor();

    // Both under 2024 on the timeline.
    const year2024 = timeline.getByTestId('timeline-year').filter({ has: page.getByRole('heading', { name: '2024', exact: true }) });
    await expect.poll(() => year2024.getByTestId('timeline-entry').count()).toBe(2);
    expect(await year2024.locator('[data-kind]').evaluateAll((entries) => entries.map((e) => e.getAttribute('data-kind')))).toEqual(['award', 'rating']);

    // The same achievement again (another year, same key): refused, in Vietnamese, the form kept.
    await addFacts.getByRole('tab', { name: 'Khen thưởng' }).click();
    await autocomplete('Hình thức khen thưởng', 'bang khen thu tuong', /^Bằng khen của Thủ tướng Chính phủ$/);
    await addFacts.getByRole('spinbutton', { name: 'Năm', exact: true }).fill('2025');
    const key = addFacts.getByRole('textbox', { name: 'Thành tích được khen' });
    await key.fill('2020-2024: hoàn thành xuất sắc 5 năm');
    await addFacts.getByRole('button', { name: 'Thêm' }).click();
    await notified(ERROR_MESSAGES.DUPLICATE_ACHIEVEMENT.vi);
    expect(await key.inputValue()).toBe('2020-2024: hoàn thành xuất sắc 5 năm');
    expect(await timeline.locator('[data-kind="award"]').count()).toBe(1);

    const stored = await gqlOk<{ allAwardRecords: { awardTypeCode: string; year: number; decisionDate: string; issuerLevel: string; issuerRole: string }[] }>(
      `query ($id: ID!) { allAwardRecords(filter: { subjectKind: "CA_NHAN", subjectId: $id }) { awardTypeCode year decisionDate issuerLevel issuerRole } }`,
      { id: person.id },
    );
    expect(stored.allAwardRecords).toEqual([{ awardTypeCode: 'BK_THU_TUONG', year: 2024, decisionDate: '2025-08-15', issuerLevel: 'NHA_NUOC', issuerRole: 'THU_TUONG' }]);
    await expectNoRawKeys();
  });

  it('edits a person with their version: a stale save is refused (CONFLICT) in Vietnamese', async () => {
    const { createPerson: person } = await gqlOk<{ createPerson: { id: string; version: number } }>(
      `mutation { createPerson(fullName: "Trần Thị Xung Đột", gender: "NU") { id version } }`,
    );
    await open(`/Person/${person.id}`);
    const name = page.getByRole('textbox', { name: 'Họ và tên', exact: true });
    await expect.poll(() => name.inputValue()).toBe('Trần Thị Xung Đột');
    await gqlOk(`mutation ($id: ID!, $v: Int) { updatePerson(id: $id, version: $v, ethnicity: "Kinh") { version } }`, { id: person.id, v: person.version });
    await name.fill('Trần Thị Xung Đột (bản cũ)');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await notified(ERROR_MESSAGES.CONFLICT.vi);
  });

  it("shows an organization's collective achievements and a household's members, figures and cultural titles", async () => {
    const { allOrganizations } = await gqlOk<{ allOrganizations: { id: string }[] }>(`{ allOrganizations(filter: { code: "BACKAN.BABE.UBND" }) { id } }`);
    const org = allOrganizations[0].id;
    await gqlOk(
      `mutation ($id: ID!) {
        a: createAwardRecord(subjectKind: "TAP_THE", subjectId: $id, awardTypeCode: "TT_LAO_DONG_XUAT_SAC", year: 2023, achievementKey: "2023") { id }
        r: createAnnualRating(subjectKind: "TAP_THE", subjectId: $id, year: 2023, level: "HTTNV") { id }
        c: createCulturalTitle(subjectKind: "TAP_THE", subjectId: $id, code: "CO_QUAN_VAN_HOA", year: 2023) { id }
        f: createSubjectFlag(subjectKind: "TAP_THE", subjectId: $id, code: "TO_CHUC_DANG_TSVM", year: 2023, value: true) { id }
      }`,
      { id: org },
    );
    await open(`/Organization/${org}/show`);
    const section = page.getByTestId('organization-achievements');
    await section.getByRole('heading', { name: 'Thành tích tập thể' }).waitFor();
    await section.getByRole('link', { name: 'Tập thể lao động xuất sắc' }).waitFor();
    await section.getByText('Hoàn thành tốt nhiệm vụ', { exact: true }).waitFor();
    await section.getByRole('link', { name: 'Cơ quan đạt chuẩn văn hóa' }).waitFor();
    await section.getByText('Tổ chức đảng trong sạch, vững mạnh', { exact: true }).waitFor();
    await expectNoRawKeys();

    const { allAdministrativeUnits } = await gqlOk<{ allAdministrativeUnits: { id: string }[] }>(`{ allAdministrativeUnits(filter: { q: "xa ba be" }) { id } }`);
    const seeded = await gqlOk<{ head: { id: string }; child: { id: string } }>(
      `mutation { head: createPerson(fullName: "Hoàng Văn Chủ") { id } child: createPerson(fullName: "Hoàng Thị Con") { id } }`,
    );
    const { createHousehold: household } = await gqlOk<{ createHousehold: { id: string } }>(
      `mutation ($head: ID!, $unit: ID!) { createHousehold(name: "Hộ ông Hoàng Văn Chủ", headPersonId: $head, unitId: $unit) { id } }`,
      { head: seeded.head.id, unit: allAdministrativeUnits[0].id },
    );
    await gqlOk(
      `mutation ($h: ID!, $head: ID!) {
        m: createHouseholdMember(householdId: $h, personId: $head, relation: "Chủ hộ") { id }
        y: createYearlyMetric(subjectKind: "HO_GIA_DINH", subjectId: $h, code: "THU_NHAP_HO", year: 2024, value: 125500000) { id }
        t: createCulturalTitle(subjectKind: "HO_GIA_DINH", subjectId: $h, code: "GIA_DINH_VAN_HOA", year: 2024) { id }
      }`,
      { h: household.id, head: seeded.head.id },
    );

    await open(`/Household/${household.id}/show`);
    const members = page.getByTestId('household-members');
    await members.getByRole('link', { name: 'Hoàng Văn Chủ' }).waitFor();
    await members.getByText('Chủ hộ', { exact: true }).waitFor();
    const metrics = page.getByTestId('household-metrics');
    await metrics.getByText('Thu nhập của hộ', { exact: true }).waitFor();
    await metrics.getByText('125.500.000', { exact: true }).waitFor();
    await page.getByTestId('household-cultural-titles').getByRole('link', { name: 'Gia đình văn hóa' }).waitFor();

    // A member added from the page.
    const addFacts = page.getByTestId('add-facts');
    await autocomplete('Thành viên', 'hoang thi con', /^Hoàng Thị Con$/);
    await addFacts.getByRole('textbox', { name: 'Quan hệ với chủ hộ' }).fill('Con');
    await addFacts.getByRole('button', { name: 'Thêm' }).click();
    await members.getByRole('link', { name: 'Hoàng Thị Con' }).waitFor();
    await expectNoRawKeys();
  });
});

describe('the award catalogue in the console', () => {
  it('finds "Bằng khen của Thủ tướng Chính phủ" without diacritics and shows who may confer it', async () => {
    await open('/');
    await page.getByText('Danh mục khen thưởng', { exact: true }).waitFor();
    await page.getByRole('menuitem', { name: 'Hình thức khen thưởng' }).click();
    await expectText(pageRange(), /\/ 61$/);
    // Most prestigious first.
    await expectText(page.locator('tbody tr').first(), /Huân chương Sao vàng/);

    // The list's search is the server's `q`: diacritics ignored, every word matched in any order.
    await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill('bang khen thu tuong');
    await expectText(pageRange(), /^1–1 \/ 1$/);
    await page.getByRole('cell', { name: 'Bằng khen của Thủ tướng Chính phủ', exact: true }).click();

    await page.getByText('BK_THU_TUONG', { exact: true }).waitFor();
    const authority = page.getByTestId('award-type-authority');
    await authority.getByRole('cell', { name: 'Thủ tướng Chính phủ', exact: true }).waitFor();
    await authority.getByRole('cell', { name: 'Cấp Nhà nước', exact: true }).waitFor();
    await expectNoRawKeys();

    // Edit it: the subject kinds are a list, sent back whole.
    await page.getByRole('link', { name: 'Sửa' }).click();
    const household = page.getByRole('checkbox', { name: 'Hộ gia đình' });
    await expect.poll(() => household.isChecked()).toBe(true);
    await household.uncheck();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await notified('Đã cập nhật');
    await page.getByTestId('award-type-authority').waitFor();
    const edited = await gqlOk<{ allAwardTypes: { subjectKinds: string[]; rank: number }[] }>(`{ allAwardTypes(filter: { code: "BK_THU_TUONG" }) { subjectKinds rank } }`);
    expect(edited.allAwardTypes).toEqual([{ subjectKinds: ['CA_NHAN', 'TAP_THE'], rank: 80 }]);

    // The authority rules, filtered by award type with the same word search as the pickers.
    await page.getByRole('menuitem', { name: 'Thẩm quyền khen thưởng' }).click();
    await expectText(pageRange(), /\/ 77$/);
    await autocomplete('Hình thức khen thưởng', 'bang khen thu tuong', /^Bằng khen của Thủ tướng Chính phủ$/);
    await expectText(pageRange(), /^1–1 \/ 1$/);
    await page.getByRole('cell', { name: 'Thủ tướng Chính phủ', exact: true }).waitFor();

    // Districts' powers end with the reform.
    await page.getByRole('menuitem', { name: 'Thẩm quyền khen thưởng' }).click();
    await page.goto(`${api.url}/#/AwardAuthorityRule?filter=${encodeURIComponent(JSON.stringify({ authorityRole: 'CHU_TICH_UBND_HUYEN' }))}`);
    await expectText(pageRange(), /\/ 5$/);
    expect(new Set(await page.locator('tbody td.column-validFrom').allTextContents())).toEqual(new Set(['Đến hết 30/06/2025']));

    await page.getByRole('menuitem', { name: 'Lĩnh vực' }).click();
    await expectText(pageRange(), /\/ 22$/);
    await expectNoRawKeys();
  });

  // The API's `q` matches the folded query as one substring, so words left out ("của") find nothing.
});
