import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectNoRawKeys as noRawKeys, expectText, useConsole } from '../support/console';
import type { TestServer } from '../support/harness';

/**
 * Attestations of qualitative criteria in the console, in a real browser against the real server:
 * "Xét thử" lists the criteria still undetermined for a subject, each attested from the panel until
 * the verdict is decided; the subject's pages list their attestations, added and deleted there.
 */

const SHOTS = process.env.ATTESTATION_E2E_SHOTS === '1';
const THIS_YEAR = new Date().getFullYear();
const COUNCIL = 'Hội đồng Thi đua – Khen thưởng';
/** Today where the browser is (its context runs in Asia/Ho_Chi_Minh). */
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const TODAY_DMY = TODAY.split('-').reverse().join('/');

/** Seed 000's qualitative criteria for a staff member (the general one, HG-CN-1's and HG-CN-2), verbatim. */
const PENDING = [
  { key: 'HG-GEN-CN', text: /^«Gương mẫu chấp hành đường lối của Đảng, chính sách pháp luật của Nhà nước, quy định của cơ quan, đơn vị; là điển hình tiêu biểu được lựa chọn trong các phong trào thi đua\.»$/ },
  { key: 'HG-CN-1.DIEN_HINH', text: /^«Điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; hoàn thành xuất sắc nhiệm vụ chính trị, có tác dụng ảnh hưởng trong phạm vi của Sở, ngành\.»$/ },
  { key: 'HG-CN-2', text: /^«Thực hiện tốt phong trào “cán bộ công chức, viên chức thi đua thực hiện văn hóa công sở” giai đoạn 2022 - 2025\.»$/ },
];

const session = useConsole('attestation');
let api: TestServer;
let page: Page;
let person: { id: string; name: string };

beforeAll(async () => {
  api = session.api;
  person = await seedStaffMember();
});

beforeEach(() => {
  page = session.page;
});

const open = (hashPath: string) => session.open(hashPath);
const expectNoRawKeys = () => noRawKeys(page);

async function shot(name: string, locator?: Locator): Promise<void> {
  if (!SHOTS) return;
  const file = path.join(tmpdir(), `attestation-shot-${name}.png`);
  if (locator) await locator.screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
}

async function gqlOk<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}

/**
 * A staff member (CAN_BO) of Hà Giang's Department of Labour with an excellent rating this year and a
 * provincial chairman's certificate of merit given for Directive 05: every quantitative criterion of
 * seed 000 that applies to them is met; the qualitative ones wait for attestations.
 */
async function seedStaffMember(name = 'Vàng Thị Chờ Xác Nhận'): Promise<{ id: string; name: string }> {
  const { createPerson } = await gqlOk<{ createPerson: { id: string } }>(`mutation ($name: String!) { createPerson(fullName: $name, birthYear: 1988, gender: "NU") { id } }`, { name });
  const id = createPerson.id;
  const { allOrganizations } = await gqlOk<{ allOrganizations: { id: string }[] }>(`{ allOrganizations(filter: { code: "HG.SO_LDTBXH" }) { id } }`);
  expect(allOrganizations).toHaveLength(1);
  await gqlOk(`mutation ($p: ID!, $o: ID!) { createPosition(personId: $p, organizationId: $o, roleCode: "CAN_BO", fromDate: "2019-03-01") { id } }`, { p: id, o: allOrganizations[0].id });
  await gqlOk(`mutation ($id: ID!, $year: Int!) { createAnnualRating(subjectKind: "CA_NHAN", subjectId: $id, year: $year, level: "HTXSNV") { id } }`, { id, year: THIS_YEAR });
  await gqlOk(
    `mutation ($id: ID!) {
      createAwardRecord(subjectKind: "CA_NHAN", subjectId: $id, awardTypeCode: "BK_BO_TINH", year: 2024, issuerLevel: "TINH", issuerRole: "CHU_TICH_UBND_TINH",
        occasion: "CHI_THI_05_CT_TW", achievementKey: "2024:chi-thi-05") { id }
    }`,
    { id },
  );
  return { id, name };
}

async function attestations(): Promise<{ criterionKey: string; verdict: string; attestedBy: string; attestedOn: string; note: string | null }[]> {
  const { allAttestations } = await gqlOk<{ allAttestations: { criterionKey: string; verdict: string; attestedBy: string; attestedOn: string; note: string | null }[] }>(
    `query ($id: ID!) { allAttestations(filter: { subjectKind: "CA_NHAN", subjectId: $id }, sortField: "attestedOn", sortOrder: "ASC") { criterionKey verdict attestedBy attestedOn note } }`,
    { id: person.id },
  );
  return allAttestations;
}

describe('attestations of qualitative criteria in the console', () => {
  it('"Xét thử" lists the qualitative criteria still undetermined; attesting each from the panel decides the verdict', async () => {
    const { allCriteriaSets } = await gqlOk<{ allCriteriaSets: { id: string }[] }>(`{ allCriteriaSets(filter: { code: "SEED-000-HA-GIANG" }) { id } }`);
    await open(`/CriteriaSet/${allCriteriaSets[0].id}/show`);
    const panel = page.getByTestId('criteria-try');
    await panel.getByRole('combobox', { name: 'Loại đối tượng' }).waitFor();
    const subject = panel.getByRole('combobox', { name: 'Đối tượng', exact: true });
    await subject.click();
    await subject.fill('vang thi cho');
    await page.getByRole('option', { name: person.name }).click();
    expect(await panel.getByRole('textbox', { name: 'Ngày xét' }).inputValue()).toBe(TODAY_DMY);
    await panel.getByRole('button', { name: 'Xét thử' }).click();

    const result = page.getByTestId('try-result');
    await expectText(result, /Vàng Thị Chờ Xác Nhận/);
    await expect.poll(() => result.locator('[data-verdict]').first().getAttribute('data-verdict')).toBe('UNKNOWN');
    await expectText(result.locator('[data-verdict]').first(), /^Chưa xác định$/);
    await expectText(result, /xét theo nhóm «Cán bộ, công chức, viên chức, người lao động»/);

    // The qualitative criteria that apply to a staff member, in the set's order and words; none of the collectives'.
    const pending = page.getByTestId('pending-attestations');
    await expectText(pending, /Tiêu chí định tính chưa xác nhận \(3\)/);
    await expect.poll(() => pending.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-testid')))).toEqual(PENDING.map((p) => `pending-${p.key}`));
    for (const { key, text } of PENDING) {
      await expectText(pending.getByTestId(`pending-${key}`).locator('p'), text);
    }
    await expectNoRawKeys();
    await shot('pending', panel);

    // Each attested as passed from the panel: the small form comes prefilled (the council, today).
    for (const [index, { key }] of PENDING.entries()) {
      await pending.getByTestId(`pending-${key}`).getByRole('button', { name: 'Xác nhận đạt' }).click();
      const dialog = page.getByRole('dialog', { name: 'Xác nhận tiêu chí đạt' });
      await dialog.waitFor();
      await expectText(dialog, new RegExp(key.replace(/[.]/g, '\\.')));
      expect(await dialog.getByRole('textbox', { name: 'Người xác nhận' }).inputValue()).toBe(COUNCIL);
      expect(await dialog.getByRole('textbox', { name: 'Ngày xác nhận' }).inputValue()).toBe(TODAY_DMY);
      if (index === 0) {
        await dialog.getByRole('textbox', { name: 'Ghi chú' }).fill('Biên bản họp Hội đồng');
        await expectNoRawKeys();
        await shot('dialog', dialog);
      }
      await dialog.getByRole('button', { name: 'Lưu xác nhận' }).click();
      await dialog.waitFor({ state: 'detached' });
      // Judged again: the criterion leaves the list.
      await pending.getByTestId(`pending-${key}`).waitFor({ state: 'detached' });
      if (index < PENDING.length - 1) await expectText(pending, new RegExp(`Tiêu chí định tính chưa xác nhận \\(${PENDING.length - index - 1}\\)`));
    }

    await expect.poll(() => result.locator('[data-verdict]').first().getAttribute('data-verdict')).toBe('PASS');
    await expectText(result.locator('[data-verdict]').first(), /^Đạt$/);
    await expectText(pending, /^Tiêu chí định tínhCác tiêu chí định tính áp dụng cho đối tượng này đều đã được xác nhận\.$/);
    await expectText(page.getByTestId('try-explanation'), /Đạt: «Thực hiện tốt phong trào .*» — đã được xác nhận \(.*Hội đồng Thi đua – Khen thưởng\)/);
    await expectNoRawKeys();
    await shot('decided', panel);

    const byKey = (a: { criterionKey: string }, b: { criterionKey: string }) => a.criterionKey.localeCompare(b.criterionKey);
    expect((await attestations()).sort(byKey)).toEqual(
      PENDING.map(({ key }, i) => ({ criterionKey: key, verdict: 'PASS', attestedBy: COUNCIL, attestedOn: TODAY, note: i === 0 ? 'Biên bản họp Hội đồng' : null })).sort(byKey),
    );
  });

  it("lists the person's attestations on their page, adds one from the record's tab and deletes it", async () => {
    await open(`/Person/${person.id}/show`);
    const list = page.getByTestId('person-attestations');
    await list.getByRole('heading', { name: 'Xác nhận tiêu chí' }).waitFor();
    for (const { key } of PENDING) {
      const row = list.getByRole('row').filter({ hasText: key });
      await expectText(row, new RegExp(`^${key.replace(/[.]/g, '\\.')}Đạt${COUNCIL}${TODAY_DMY.replace(/\//g, '\\/')}`));
    }
    await expectText(list.getByRole('row').filter({ hasText: 'HG-GEN-CN' }), /Biên bản họp Hội đồng/);
    await expect.poll(() => list.locator('tbody tr').count()).toBe(3);

    // Added from the record's tab, prefilled with the subject: a failed attestation of the Law's criterion.
    const addFacts = page.getByTestId('add-facts');
    await addFacts.getByRole('tab', { name: 'Xác nhận tiêu chí' }).click();
    const form = page.getByTestId('add-Attestation');
    expect(await form.getByRole('textbox', { name: 'Người xác nhận' }).inputValue()).toBe(COUNCIL);
    expect(await form.getByRole('textbox', { name: 'Ngày xác nhận' }).inputValue()).toBe(TODAY_DMY);
    await form.getByRole('textbox', { name: 'Tiêu chí' }).fill('LDTT-b');
    await form.getByRole('combobox', { name: 'Kết luận' }).click();
    await page.getByRole('option', { name: 'Không đạt' }).click();
    await form.getByRole('textbox', { name: 'Ngày xác nhận' }).fill('02/01/2025');
    await form.getByRole('textbox', { name: 'Ghi chú' }).fill('Chưa đủ hồ sơ');
    await form.getByRole('button', { name: 'Thêm' }).click();
    const added = list.getByRole('row').filter({ hasText: 'LDTT-b' });
    await expectText(added, /^LDTT-bKhông đạtHội đồng Thi đua – Khen thưởng02\/01\/2025Chưa đủ hồ sơ/);
    expect(await added.locator('[data-verdict]').getAttribute('data-verdict')).toBe('FAIL');
    // Newest first.
    await expectText(list.locator('tbody tr').last(), /LDTT-b/);
    await expectNoRawKeys();
    await shot('person', page.getByTestId('person-record'));

    await added.getByRole('button', { name: 'Xóa' }).click();
    const confirm = page.getByRole('dialog');
    await expectText(confirm, /LDTT-b \(02\/01\/2025\)/);
    await confirm.getByRole('button', { name: 'Xác nhận' }).click();
    await added.waitFor({ state: 'detached' });
    expect((await attestations()).map((a) => a.criterionKey)).not.toContain('LDTT-b');
  });

  it("shows an organization's and a household's attestations", async () => {
    const { allOrganizations } = await gqlOk<{ allOrganizations: { id: string }[] }>(`{ allOrganizations(filter: { code: "HG.SO_LDTBXH" }) { id } }`);
    const org = allOrganizations[0].id;
    await gqlOk(
      `mutation ($id: ID!) { createAttestation(subjectKind: "TAP_THE", subjectId: $id, criterionKey: "HG-TT-3.DOAN_KET", verdict: "PASS", attestedBy: "Công đoàn Sở", attestedOn: "2025-03-15") { id } }`,
      { id: org },
    );
    await open(`/Organization/${org}/show`);
    const section = page.getByTestId('organization-achievements');
    await section.getByRole('heading', { name: 'Xác nhận tiêu chí' }).waitFor();
    await expectText(section.getByTestId('facts-Attestation').getByRole('row').filter({ hasText: 'HG-TT-3.DOAN_KET' }), /^HG-TT-3\.DOAN_KETĐạtCông đoàn Sở15\/03\/2025—/);
    await page.getByTestId('organization-add-facts').getByRole('tab', { name: 'Xác nhận tiêu chí' }).waitFor();
    await expectNoRawKeys();

    const { createPerson: head } = await gqlOk<{ createPerson: { id: string } }>(`mutation { createPerson(fullName: "Giàng Seo Chủ") { id } }`);
    const { allAdministrativeUnits } = await gqlOk<{ allAdministrativeUnits: { id: string }[] }>(`{ allAdministrativeUnits(filter: { q: "xa ba be" }) { id } }`);
    const { createHousehold: household } = await gqlOk<{ createHousehold: { id: string } }>(
      `mutation ($head: ID!, $unit: ID!) { createHousehold(name: "Hộ ông Giàng Seo Chủ", headPersonId: $head, unitId: $unit) { id } }`,
      { head: head.id, unit: allAdministrativeUnits[0].id },
    );
    await open(`/Household/${household.id}/show`);
    const attested = page.getByTestId('household-attestations');
    await attested.getByRole('heading', { name: 'Xác nhận tiêu chí' }).waitFor();
    await expectText(attested, /Chưa có tiêu chí định tính nào được xác nhận\./);
    await page.getByTestId('add-facts').getByRole('tab', { name: 'Xác nhận tiêu chí' }).click();
    const form = page.getByTestId('add-Attestation');
    await form.getByRole('textbox', { name: 'Tiêu chí' }).fill('GDVH-1');
    await form.getByRole('button', { name: 'Thêm' }).click();
    await expectText(attested.getByRole('row').filter({ hasText: 'GDVH-1' }), new RegExp(`^GDVH-1Đạt${COUNCIL}${TODAY_DMY.replace(/\//g, '\\/')}`));
    await expectNoRawKeys();
    await shot('household', attested);
  });

  it('reads the same in English: the pending criteria, their buttons and the form', async () => {
    const other = await seedStaffMember('Sùng Thị Tiếng Anh');
    const { allCriteriaSets } = await gqlOk<{ allCriteriaSets: { id: string }[] }>(`{ allCriteriaSets(filter: { code: "SEED-000-HA-GIANG" }) { id } }`);
    await open(`/CriteriaSet/${allCriteriaSets[0].id}/show`);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    const panel = page.getByTestId('criteria-try');
    const subject = panel.getByRole('combobox', { name: 'Subject', exact: true });
    await subject.click();
    await subject.fill('sung thi tieng');
    await page.getByRole('option', { name: other.name }).click();
    await panel.getByRole('button', { name: 'Try it' }).click();
    const pending = page.getByTestId('pending-attestations');
    await expectText(pending, /Qualitative criteria not yet attested \(3\)/);
    await expectText(page.getByTestId('try-result').locator('[data-verdict]').first(), /^Unknown$/);
    // The plan's words stay as written.
    await expectText(pending.getByTestId('pending-HG-CN-2'), /«Thực hiện tốt phong trào/);
    await pending.getByTestId('pending-HG-CN-2').getByRole('button', { name: 'Attest as not met' }).click();
    const dialog = page.getByRole('dialog', { name: 'Attest the criterion as not met' });
    await dialog.getByRole('textbox', { name: 'Attested by' }).waitFor();
    await expectNoRawKeys();
    await shot('english', panel);
    await dialog.getByRole('button', { name: 'Save attestation' }).click();
    await pending.getByTestId('pending-HG-CN-2').waitFor({ state: 'detached' });
    await expectText(pending, /Qualitative criteria not yet attested \(2\)/);
    // A criterion attested as not met decides the whole set.
    await expect.poll(() => page.getByTestId('try-result').locator('[data-verdict]').first().getAttribute('data-verdict')).toBe('FAIL');
  });
});
