import type { Page } from 'playwright-core';
import { PRINCIPAL_CACHE_TTL_MS } from '@exemplar/api/modules';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectNoRawKeys, expectText, pageRange, useConsole } from '../support/console';

/**
 * What the console offers each role: an analyst of one province reads and changes nothing; an
 * administrator of two jurisdictions acts under either (the jurisdiction picker) and the lists
 * follow; a refusal (403) is shown without signing out, an ended session (401) signs out; and an
 * anonymous visitor only gets the login page.
 */

const session = useConsole('roles');
let page: Page;
/** Tỉnh Thái Nguyên of today (VN-2025, code 19), which took in Bắc Kạn and so Ba Bể. */
let thaiNguyen: string;
/** Ủy ban nhân dân tỉnh Lào Cai (before 1 July 2025). */
let laoCai: string;

beforeAll(async () => {
  [{ id: thaiNguyen }] = await session.api.db.query<{ id: string }>(`SELECT id FROM administrative_unit WHERE dataset = 'VN-2025' AND code = '19'`);
  [{ id: laoCai }] = await session.api.db.query<{ id: string }>(`SELECT id FROM organization WHERE code = 'LAOCAI.UBND'`);
});

beforeEach(() => {
  page = session.page;
});

const menuItem = (name: string) => page.getByRole('menuitem', { name, exact: true });
/** An organization in the list, by the name in its own column (a parent's name shows in others). */
const organization = (name: string) => page.locator('tbody td.column-name').getByText(name, { exact: true });
const link = (href: string) => page.locator(`a[href="${href}"]`);
const storedSession = () => page.evaluate(() => localStorage.getItem('exemplar.session'));

/** The text of the notification (snackbar) that appears next. */
async function notification(): Promise<string> {
  const snackbar = page.locator('.MuiSnackbarContent-message').first();
  await snackbar.waitFor();
  return (await snackbar.textContent()) ?? '';
}

/** The jurisdiction picker: open it and choose the grant whose line shows this text. */
async function actAs(option: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: 'Phạm vi' }).click();
  await page.getByRole('listbox').getByRole('option', { name: option }).click();
}

describe('roles in the console', () => {
  it('an analyst of Tỉnh Thái Nguyên reads the lists, but has no create, edit or delete, and no Administration', async () => {
    const analyst = await session.api.signedIn([{ role: 'ANALYST', unitId: thaiNguyen }], 'Phân tích Thái Nguyên');
    await session.signInAs(analyst);
    await session.open('/Organization');

    // The lists of the territory, catalogue and records are there; Administration is not.
    for (const name of ['Đơn vị hành chính', 'Cơ quan, tổ chức', 'Kế hoạch', 'Điển hình tiên tiến', 'Hồ sơ đề nghị', 'Cá nhân', 'Hình thức khen thưởng']) await menuItem(name).waitFor();
    for (const name of ['Nhật ký thay đổi', 'Người dùng', 'Khóa API']) expect(await menuItem(name).count()).toBe(0);
    expect(await page.getByText('Quản trị', { exact: true }).count()).toBe(0);
    // Its one grant, shown (not picked) in the app bar.
    await expectText(page.getByTestId('acting-as'), /^Phân tích số liệu · Tỉnh Thái Nguyên$/);
    expect(await page.getByRole('combobox', { name: 'Phạm vi' }).count()).toBe(0);

    // Organizations of its province only (Ba Bể is in Thái Nguyên today), and no way to add one.
    await organization('Ủy ban nhân dân huyện Ba Bể').waitFor();
    expect(await organization('Ủy ban nhân dân tỉnh Lào Cai').count()).toBe(0);
    expect(await link('#/Organization/create').count()).toBe(0);

    // An organization's page: read, but no edit.
    await organization('Ủy ban nhân dân huyện Ba Bể').click();
    await page.waitForURL(/#\/Organization\/\d+\/show/);
    await page.getByText('BACKAN.BABE.UBND').first().waitFor();
    expect(await page.locator('a[href$="/edit"]').count()).toBe(0);
    expect(await page.getByTestId('add-facts').count()).toBe(0);

    // The catalogue and plans: lists without create; a plan file cannot be imported.
    await menuItem('Hình thức khen thưởng').click();
    await page.locator('tbody tr').first().waitFor();
    expect(await link('#/AwardType/create').count()).toBe(0);
    await menuItem('Kế hoạch').click();
    await page.waitForURL(/#\/Plan/);
    await page.locator('tbody tr, .RaEmpty-message').first().waitFor();
    expect(await link('#/Plan/create').count()).toBe(0);
    expect(await page.getByTestId('plan-import-file').count()).toBe(0);

    // A create form asked for by its address: react-admin's "access denied".
    await session.open('/Organization/create');
    await page.getByText('Bạn không có quyền truy cập trang này').waitFor();
    expect(await page.getByRole('textbox', { name: 'Mã', exact: true }).count()).toBe(0);
    await expectNoRawKeys(page);
  });

  it('an administrator of two jurisdictions picks one in the app bar, and the organizations list follows', async () => {
    const admin = await session.api.signedIn(
      [
        { role: 'ADMIN', unitId: thaiNguyen },
        { role: 'ADMIN', organizationId: laoCai },
      ],
      'Quản trị hai địa bàn',
    );
    const grants = await session.api.db.query<{ id: string; unit_id: string | null }>(`SELECT id, unit_id FROM role_grant WHERE user_id = $1 ORDER BY id`, [admin.userId]);
    const laoCaiGrant = grants.find((g) => g.unit_id === null)!.id;
    const thaiNguyenGrant = grants.find((g) => g.unit_id !== null)!.id;
    // How many organizations the API shows this administrator under each choice (the list must agree).
    const count = async (grant?: string) => {
      const response = await admin.post(JSON.stringify({ query: '{ _allOrganizationsMeta { count } }' }), grant ? { 'x-exemplar-grant': grant } : {});
      return ((await response.json()) as { data: { _allOrganizationsMeta: { count: number } } }).data._allOrganizationsMeta.count;
    };
    const [all, inLaoCai, inThaiNguyen] = [await count(), await count(laoCaiGrant), await count(thaiNguyenGrant)];
    expect(inLaoCai).toBeGreaterThan(1);
    expect(inThaiNguyen).toBeGreaterThan(inLaoCai);
    expect(all).toBe(inLaoCai + inThaiNguyen);
    await session.signInAs(admin);
    await session.open('/Organization');
    const picker = page.getByRole('combobox', { name: 'Phạm vi' });
    await picker.waitFor();
    await expectText(picker, /^Tất cả$/);

    // All grants: Thái Nguyên's organizations and Lào Cai's committee with those under it.
    await organization('Ủy ban nhân dân huyện Ba Bể').waitFor();
    await expectText(pageRange(page), new RegExp(`/ ${all}$`));

    // Each grant is listed by role and the name of what it covers.
    await picker.click();
    const options = page.getByRole('listbox').getByRole('option');
    expect(await options.allTextContents()).toEqual(['Tất cả', 'Quản trị · Tỉnh Thái Nguyên', 'Quản trị · Ủy ban nhân dân tỉnh Lào Cai']);
    await page.keyboard.press('Escape');

    // Lào Cai only.
    await actAs(/^Quản trị · Ủy ban nhân dân tỉnh Lào Cai$/);
    await expectText(pageRange(page), new RegExp(`/ ${inLaoCai}$`));
    await organization('Ủy ban nhân dân tỉnh Lào Cai').waitFor();
    expect(await organization('Ủy ban nhân dân huyện Ba Bể').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('exemplar.actingGrant'))).toBe(laoCaiGrant);
    // An administrator there: organizations may be added.
    await link('#/Organization/create').waitFor();

    // The choice is kept across a reload.
    await page.reload();
    await expectText(page.getByRole('combobox', { name: 'Phạm vi' }), /^Quản trị · Ủy ban nhân dân tỉnh Lào Cai$/);
    await expectText(pageRange(page), new RegExp(`/ ${inLaoCai}$`));

    // Thái Nguyên only: Lào Cai's committee is gone.
    await actAs(/^Quản trị · Tỉnh Thái Nguyên$/);
    await organization('Ủy ban nhân dân huyện Ba Bể').waitFor();
    await expectText(pageRange(page), new RegExp(`/ ${inThaiNguyen}$`));
    expect(await organization('Ủy ban nhân dân tỉnh Lào Cai').count()).toBe(0);

    // All again.
    await actAs(/^Tất cả$/);
    await expectText(pageRange(page), new RegExp(`/ ${all}$`));
    expect(await page.evaluate(() => localStorage.getItem('exemplar.actingGrant'))).toBeNull();
    await expectNoRawKeys(page);
  });

  it('a refusal (403) is shown in the current language without signing out; an ended session (401) signs out', async () => {
    const admin = await session.api.signedIn([{ role: 'ADMIN', unitId: thaiNguyen }], 'Quản trị bị hạ quyền');
    await session.signInAs(admin);
    await session.open('/Organization/create');
    await page.getByRole('textbox', { name: 'Mã', exact: true }).fill('E2E.ROLES.REFUSED');
    await page.getByRole('textbox', { name: 'Tên', exact: true }).fill('Sở Thử nghiệm quyền');

    // Meanwhile the grant becomes an analyst's (in the database, as another process would): once the
    // server's short-lived copy of the principal has expired, it refuses the write.
    await session.api.db.query(`UPDATE role_grant SET role = 'ANALYST' WHERE user_id = $1`, [admin.userId]);
    await page.waitForTimeout(PRINCIPAL_CACHE_TTL_MS + 200);
    await page.getByRole('combobox', { name: 'Loại hình', exact: true }).click();
    await page.getByRole('listbox').getByRole('option').first().click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    expect(await notification()).toBe('Tài khoản không có quyền thực hiện thao tác này.');
    // Still signed in, still on the form.
    expect(JSON.parse((await storedSession())!).token).toBe(admin.token);
    await page.getByTestId('account-menu').waitFor();
    expect(page.url()).toMatch(/#\/Organization\/create/);
    const stored = await session.api.db.query(`SELECT 1 FROM organization WHERE code = 'E2E.ROLES.REFUSED'`);
    expect(stored).toEqual([]);

    // The session ends on the server: the next request signs out to the login page.
    await session.api.db.query(`UPDATE app_session SET revoked_at = now() WHERE user_id = $1`, [admin.userId]);
    await page.waitForTimeout(PRINCIPAL_CACHE_TTL_MS + 200);
    await menuItem('Cơ quan, tổ chức').click();
    await page.getByTestId('login-page').waitFor();
    await page.waitForURL(/#\/login/);
    expect(await storedSession()).toBeNull();
  });

  it('an anonymous visitor gets the login page, whatever it asks for', async () => {
    await session.signInAs(null);
    for (const path of ['/', '/Organization', '/AppUser', '/Plan/create']) {
      await session.open(path);
      await page.getByTestId('login-page').waitFor();
      await page.waitForURL(/#\/login/);
      expect(await menuItem('Cơ quan, tổ chức').count()).toBe(0);
    }
    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).waitFor();
    expect(await storedSession()).toBeNull();
    await expectNoRawKeys(page);
  });
});
