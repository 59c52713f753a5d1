import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectNoRawKeys as noRawKeys, expectText, useConsole } from '../support/console';
import type { TestServer } from '../support/harness';

/**
 * The criteria sets in the console, in a real browser (Debian's Chromium, driven by playwright-core)
 * against the real server on a real PostgreSQL: the viewer (verbatim text, rules in words), "Xét thử",
 * a person's award suggestions, and an invalid set refused with its JSON paths.
 */

const SHOTS = process.env.CRITERIA_E2E_SHOTS === '1';
let person: { id: string; name: string };
const THIS_YEAR = new Date().getFullYear();
const session = useConsole('criteria');
let api: TestServer;
let page: Page;

beforeAll(async () => {
  api = session.api;
  person = await seedStaffMember();
});

beforeEach(() => {
  page = session.page;
});

const open = (hashPath: string) => session.open(hashPath);

async function shot(name: string, locator?: Locator): Promise<void> {
  if (!SHOTS) return;
  if (locator) {
    await locator.screenshot({ path: path.join(tmpdir(), `criteria-shot-${name}.png`) });
    return;
  }
  // A long page in screen-sized parts, readable one at a time.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let i = 0; i * 1000 < Math.min(height, 6000); i++) {
    await page.screenshot({ path: path.join(tmpdir(), `criteria-shot-${name}-${i + 1}.png`), fullPage: true, clip: { x: 0, y: i * 1000, width: 1400, height: Math.min(1000, height - i * 1000) } });
  }
}


const expectNoRawKeys = () => noRawKeys(page);

async function gqlOk<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}

/**
 * A staff member of Hà Giang's Department of Labour (seed 000's staff group) with the record the
 * seed's individual criteria read, an excellent rating this year and the Law's attestations for
 * "Lao động tiên tiến".
 */
async function seedStaffMember(): Promise<{ id: string; name: string }> {
  const name = 'Lò Thị Xét Thử';
  const { createPerson } = await gqlOk<{ createPerson: { id: string } }>(`mutation ($name: String!) { createPerson(fullName: $name, birthYear: 1985, gender: "NU") { id } }`, { name });
  const id = createPerson.id;
  const { allOrganizations } = await gqlOk<{ allOrganizations: { id: string }[] }>(`{ allOrganizations(filter: { code: "HG.SO_LDTBXH" }) { id } }`);
  await gqlOk(`mutation ($p: ID!, $o: ID!) { createPosition(personId: $p, organizationId: $o, roleCode: "CAN_BO", fromDate: "2020-01-01") { id } }`, { p: id, o: allOrganizations[0].id });
  const subject = { kind: 'CA_NHAN', id };
  await gqlOk(`mutation ($id: ID!, $year: Int!) { createAnnualRating(subjectKind: "CA_NHAN", subjectId: $id, year: $year, level: "HTXSNV") { id } }`, { id, year: THIS_YEAR });
  await gqlOk(
    `mutation ($id: ID!) { createAwardRecord(subjectKind: "CA_NHAN", subjectId: $id, awardTypeCode: "BK_BO_TINH", year: 2023, issuerLevel: "TINH", issuerRole: "CHU_TICH_UBND_TINH", achievementKey: "2023:bang-khen") { id } }`,
    { id },
  );
  await gqlOk(
    `mutation ($id: ID!) { createAwardRecord(subjectKind: "CA_NHAN", subjectId: $id, awardTypeCode: "BK_BO_TINH", year: 2022, issuerLevel: "TINH", occasion: "CHI_THI_05_CT_TW", achievementKey: "2022:chi-thi-05") { id } }`,
    { id },
  );
  for (const key of ['HG-GEN-CN', 'HG-CN-1.DIEN_HINH', 'HG-CN-2', 'LDTT-b', 'LDTT-c', 'LDTT-d']) {
    await gqlOk(
      `mutation ($id: ID!, $key: String!) { createAttestation(subjectKind: "CA_NHAN", subjectId: $id, criterionKey: $key, verdict: "PASS", attestedBy: "Hội đồng Thi đua - Khen thưởng Sở", attestedOn: "2024-11-20") { id } }`,
      { id, key },
    );
  }
  expect(subject.id).toBeTruthy();
  return { id, name };
}

describe('criteria sets in the console', () => {
  it('finds "ha giang" without diacritics and shows the set: verbatim source text, rules in Vietnamese, parameters and role groups', async () => {
    await open('/');
    await page.getByText('Danh mục khen thưởng', { exact: true }).waitFor();
    await page.getByRole('menuitem', { name: 'Bộ tiêu chí' }).click();
    await page.getByRole('cell', { name: 'LAW-BK_THU_TUONG', exact: true }).waitFor();
    await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill('ha giang');
    await expectText(page.locator('.MuiTablePagination-displayedRows').first(), /^1–1 \/ 1$/);
    const row = page.getByRole('row').filter({ hasText: 'SEED-000-HA-GIANG' });
    await expectText(row, /Điển hình tiên tiến giai đoạn 2023–2025 — Sở LĐTBXH Hà Giang/);
    await expectText(row, /Kế hoạch mẫu/);
    await expectText(row.locator('td.column-criteriaCount'), /^10$/);
    await shot('list');
    await row.getByRole('cell', { name: 'SEED-000-HA-GIANG' }).click();

    const staff = page.getByTestId('criterion-HG-CN-CBCCVC');
    // The verbatim text, quoted and apart from our reading of it.
    await expectText(
      staff.getByTestId('source-text'),
      /^«Đối với cán bộ, công chức, viên chức, người lao động: có ít nhất 01 lần được tặng Bằng khen của Chủ tịch UBND tỉnh/,
    );
    await expectText(staff, /Có diễn giải/);
    await expectText(staff, /Chỉ áp dụng cho: Cán bộ, công chức, viên chức, người lao động/);
    // The rule in words, with the catalogue's names.
    const rule = staff.getByTestId('rule-HG-CN-CBCCVC');
    await expectText(rule, /Ít nhất một trong các điều kiện sau:/);
    await expectText(rule, /Được tặng Bằng khen của bộ, ban, ngành, tỉnh do cấp tỉnh trao từ trước đến ngày xét/);
    await expectText(rule, /Có ít nhất 1 sáng kiến được công nhận cấp tỉnh trở lên, đã được áp dụng từ trước đến ngày xét/);
    // Leaders: the directors' rule counts provincial emulation-soldier titles.
    await expectText(page.getByTestId('rule-HG-CN-LD-SO'), /Có ít nhất 2 lần được tặng Chiến sĩ thi đua bộ, ban, ngành, tỉnh/);
    // Collective rule: every year, a rating; members not disciplined.
    await expectText(page.getByTestId('rule-HG-TT-3'), /Mỗi năm từ năm 2021 đến năm xét .* đều đáp ứng điều kiện sau:.*Xếp loại hoàn thành tốt nhiệm vụ trở lên trong năm xét/);
    await expectText(page.getByTestId('rule-HG-GEN-TT'), /^.*Được người có thẩm quyền xác nhận: «Có thành tích tiêu biểu xuất sắc trong công tác/);
    // Rules fold.
    await rule.getByRole('button', { name: 'Thu gọn' }).click();
    await expect.poll(() => rule.textContent()).not.toMatch(/sáng kiến/);
    await rule.getByRole('button', { name: 'Mở rộng' }).click();
    await expectText(rule, /sáng kiến/);

    await expectText(page.getByTestId('criteria-set-parameters'), /Xếp loại được xét: kết quả gần nhất trong khoảng này.*trong 2 năm gần nhất, tính đến năm xét/);
    await expectText(page.getByTestId('criteria-set-role-groups'), /Giám đốc, các Phó Giám đốc Sở.*Nhóm lãnh đạo.*tại: Sở, ban, ngành/);
    await expectText(page.getByTestId('criteria-set-overview'), /Giai đoạn kế hoạch.*2023–2025/);
    await expectNoRawKeys();
    await shot('show');
    await shot('criterion', staff);

    // Reference sets are not edited in place: they are copied into a new set.
    expect(await page.getByRole('link', { name: 'Sửa' }).count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: 'Sao chép thành bộ mới' }).click();
    await expectText(page.locator('textarea[data-testid="definition-editor"]'), /"code": "SEED-000-HA-GIANG-BAN-SAO"/);
  });

  it('"Xét thử": judges a person on a date and shows the verdict and the explanation indented by depth', async () => {
    const { allCriteriaSets } = await gqlOk<{ allCriteriaSets: { id: string }[] }>(`{ allCriteriaSets(filter: { code: "SEED-000-HA-GIANG" }) { id } }`);
    await open(`/CriteriaSet/${allCriteriaSets[0].id}/show`);
    const panel = page.getByTestId('criteria-try');
    await panel.getByRole('combobox', { name: 'Loại đối tượng' }).waitFor();
    const subject = panel.getByRole('combobox', { name: 'Đối tượng', exact: true });
    await subject.click();
    await subject.fill('lo thi xet');
    await page.getByRole('option', { name: person.name }).click();
    await panel.getByRole('textbox', { name: 'Ngày xét' }).fill('31/12/2024');
    await panel.getByRole('button', { name: 'Xét thử' }).click();

    const result = page.getByTestId('try-result');
    await expectText(result, /Đạt/);
    expect(await result.locator('[data-verdict]').first().getAttribute('data-verdict')).toBe('PASS');
    await expectText(result, /Lò Thị Xét Thử/);
    await expectText(result, /ngày xét 31\/12\/2024/);
    await expectText(result, /xét theo nhóm «Cán bộ, công chức, viên chức, người lao động»/);
    const lines = page.getByTestId('try-explanation').locator('li');
    await expectText(lines.first(), /^Kết quả theo bộ tiêu chí SEED-000-HA-GIANG \(ngày 31\/12\/2024\): Đạt\.$/);
    await expectText(page.getByTestId('try-explanation'), /\[HG-CN-CBCCVC\] Công chức, viên chức, người lao động: Bằng khen tỉnh hoặc bộ, hoặc 1 sáng kiến cấp tỉnh: Đạt\./);
    await expectText(page.getByTestId('try-explanation'), /Đạt: «Gương mẫu chấp hành đường lối của Đảng.*» — đã được xác nhận/);
    const depths = await lines.evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-depth'))));
    expect(depths[0]).toBe(0);
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(3);
    // Deeper lines sit further right.
    const x = async (depth: number) => (await page.getByTestId('try-explanation').locator(`li[data-depth="${depth}"] span`).nth(1).boundingBox())!.x;
    expect(await x(2)).toBeGreaterThan(await x(1));
    await expectNoRawKeys();
    await shot('try', page.getByTestId('criteria-try'));

    // The same in English, from the console's language (the app bar hides while scrolled down).
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    // Switching languages redraws the page: pick the subject again.
    const subjectEn = panel.getByRole('combobox', { name: 'Subject', exact: true });
    await subjectEn.click();
    await subjectEn.fill('lo thi xet');
    await page.getByRole('option', { name: person.name }).click();
    await panel.getByRole('textbox', { name: 'Evaluation date' }).fill('31/12/2024');
    await panel.getByRole('button', { name: 'Try it' }).click();
    await expectText(page.getByTestId('try-explanation').locator('li').first(), /^Result under SEED-000-HA-GIANG \(as of 2024-12-31\): Passed\.$/);
    await expectText(page.getByTestId('rule-HG-CN-CBCCVC'), /At least one of the following:/);
  });

  it("shows award suggestions on the person's page, with each explanation folded", async () => {
    await open(`/Person/${person.id}/show`);
    const section = page.getByTestId('award-suggestions');
    await section.getByRole('heading', { name: 'Gợi ý khen thưởng' }).waitFor();
    const advanced = section.getByTestId('suggestion-LAO_DONG_TIEN_TIEN');
    await expectText(advanced, /Lao động tiên tiến/);
    await expectText(advanced, /Đạt/);
    await advanced.getByRole('button').first().click();
    await expectText(advanced, /Kết quả theo bộ tiêu chí LAW-LAO_DONG_TIEN_TIEN/);
    await expectText(advanced, /năm \d{4} được xếp loại HTXSNV/);
    // Higher awards wait for data or attestations: listed as undetermined, not hidden.
    await expect.poll(async () => section.locator('[data-verdict="UNKNOWN"]').count()).toBeGreaterThan(0);
    await expectNoRawKeys();
    await shot('suggestions', section);
  });

  it('refuses an invalid set and lists every offending JSON path with its message; a valid one is saved, shown and edited', async () => {
    await open('/CriteriaSet/create');
    const editor = page.getByTestId('definition-editor');
    await expectText(page.locator('textarea[data-testid="definition-editor"]'), /"code": "USER-BO-TIEU-CHI-MOI"/);
    const invalid = {
      version: 1,
      code: 'USER-THU-LOI',
      title: { vi: 'Bộ thử lỗi' },
      parameters: [],
      roleGroups: [],
      combine: 'ALL',
      criteria: [
        {
          key: 'T-1',
          title: { vi: 'Thử' },
          sourceText: 'Có ít nhất hai sáng kiến',
          confidence: 'exact',
          appliesTo: ['CA_NHAN'],
          rule: { op: 'count', source: 'INITIATIVE', window: { kind: 'YEARS', from: 'sớm', to: 2025 }, cmp: '>=', value: 2 },
        },
      ],
    };
    await editor.fill(JSON.stringify(invalid, null, 2));
    await page.getByRole('button', { name: 'Lưu' }).click();
    const issues = page.getByTestId('criteria-issues');
    await expectText(issues, /Bộ tiêu chí chưa hợp lệ/);
    await expectText(issues, /criteria\[0\]\.rule\.window\.from — /);
    await expectNoRawKeys();
    await shot('issues');

    // Broken JSON never leaves the browser.
    await editor.fill('{ "version": 1, ');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(/^JSON không hợp lệ:/).waitFor();

    invalid.criteria[0].rule.window.from = 2021 as unknown as string;
    await editor.fill(JSON.stringify(invalid, null, 2));
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('criterion-T-1').waitFor();
    await expectText(page.getByTestId('rule-T-1'), /^•?Có ít nhất 2 sáng kiến trong giai đoạn 2021–2025$/);
    await expectText(page.getByTestId('criteria-set-overview'), /Do người dùng tạo/);
    await shot('saved');

    // A user's set is edited in place, with its version.
    await page.getByRole('link', { name: 'Sửa' }).click();
    await expectText(page.locator('textarea[data-testid="definition-editor"]'), /"code": "USER-THU-LOI"/);
    invalid.title.vi = 'Bộ thử đã sửa';
    await page.getByTestId('definition-editor').fill(JSON.stringify(invalid, null, 2));
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expectText(page.getByTestId('criteria-set-overview'), /^Bộ thử đã sửa.*Phiên bản2/);
  });
});
