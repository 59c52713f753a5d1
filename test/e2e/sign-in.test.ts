import { createUserRecord } from '@exemplar/api/modules';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectNoRawKeys, expectText, useConsole } from '../support/console';

/**
 * Signing in to the console (required: the API answers nobody else): an anonymous visitor lands on
 * the login page; a national administrator, arranged in the database, signs in, creates a user and
 * an API key (its secret shown once), and signs out to the login page.
 */

const session = useConsole('sign-in');
let page: Page;
const PASSWORD = 'mật-khẩu-quản-trị-e2e-2025';
const DISPLAY_NAME = 'Quản trị quốc gia E2E';

beforeAll(async () => {
  const admin = await createUserRecord(session.api.db, { username: 'quantri.e2e', displayName: DISPLAY_NAME, password: PASSWORD });
  await session.api.db.query(`INSERT INTO role_grant (user_id, role) VALUES ($1, 'NATIONAL_ADMIN')`, [admin.id]);
});

beforeEach(() => {
  page = session.page;
});

const storedSession = () => page.evaluate(() => localStorage.getItem('exemplar.session'));
const menuItem = (name: string) => page.getByRole('menuitem', { name, exact: true });

async function signIn(password: string) {
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('quantri.e2e');
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

describe('signing in', () => {
  it('a national administrator signs in, creates a user and an API key (secret shown once), and signs out', async () => {
    // Anonymous: the login page, whatever was asked for; no menu, no way round it.
    await session.signInAs(null);
    await session.open('/Organization');
    await page.getByTestId('login-page').waitFor();
    await page.waitForURL(/#\/login/);
    expect(await menuItem('Cơ quan, tổ chức').count()).toBe(0);
    expect(await page.getByText('Tiếp tục không đăng nhập').count()).toBe(0);

    // A wrong password: the server's refusal in Vietnamese, nothing kept.
    await signIn('mật-khẩu-sai-hoàn-toàn');
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.', { exact: true }).waitFor();
    expect(await storedSession()).toBeNull();

    // The right one: the display name in the app bar, the administration entries in the menu.
    await signIn(PASSWORD);
    await page.getByTestId('account-menu').waitFor();
    await expectText(page.locator('header'), new RegExp(DISPLAY_NAME));
    expect(await page.getByTestId('sign-in-button').count()).toBe(0);
    await menuItem('Người dùng').waitFor();
    await menuItem('Khóa API').waitFor();
    expect(JSON.parse((await storedSession())!).token).toEqual(expect.any(String));
    await expectNoRawKeys(page);

    // A user.
    await menuItem('Người dùng').click();
    await page.getByTestId('user-list').getByText('quantri.e2e', { exact: true }).waitFor();
    await session.open('/AppUser/create');
    const form = page.getByTestId('user-create');
    await form.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('canbo.e2e');
    await form.getByRole('textbox', { name: 'Tên hiển thị' }).fill('Cán bộ Kiểm thử');
    await form.getByRole('textbox', { name: 'Mật khẩu' }).fill('một-mật-khẩu-đủ-dài-e2e');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByTestId('user-grants').waitFor();
    await page.getByText('Cán bộ Kiểm thử', { exact: true }).first().waitFor();
    const users = await session.api.db.query<{ display_name: string }>(`SELECT display_name FROM app_user WHERE username = 'canbo.e2e'`);
    expect(users).toEqual([{ display_name: 'Cán bộ Kiểm thử' }]);

    // An API key for an organization's app: the secret once, and it works.
    await session.open('/ApiKey/create');
    const keyForm = page.getByTestId('api-key-create');
    await keyForm.getByRole('textbox', { name: 'Tên ứng dụng' }).fill('Cổng thông tin E2E');
    await keyForm.getByRole('combobox', { name: 'Cơ quan, tổ chức' }).fill('Bắc Kạn');
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const dialog = page.getByTestId('api-key-secret-dialog');
    await dialog.waitFor();
    await expectText(dialog.getByTestId('api-key-secret-warning'), /lần duy nhất/);
    const secret = ((await dialog.getByTestId('api-key-secret').textContent()) ?? '').trim();
    expect(secret).toMatch(/^exk_\w+_/);
    const asKey = await session.api.anonymous.post(JSON.stringify({ query: '{ me { kind name } }' }), { 'x-api-key': secret });
    expect((await asKey.json()).data.me).toEqual({ kind: 'API_KEY', name: 'Cổng thông tin E2E' });
    await dialog.getByTestId('api-key-secret-close').click();
    await page.getByTestId('api-key-list').getByText('Cổng thông tin E2E', { exact: true }).waitFor();
    expect(await page.getByTestId('api-key-secret-dialog').count()).toBe(0);
    expect((await page.locator('body').textContent()) ?? '').not.toContain(secret);
    await page.reload();
    await page.getByTestId('api-key-list').getByText('Cổng thông tin E2E', { exact: true }).waitFor();
    expect((await page.locator('body').textContent()) ?? '').not.toContain(secret);

    // Signing out: back to the login page, nothing kept.
    await page.getByRole('button', { name: 'Tài khoản' }).click();
    await menuItem('Đăng xuất').click();
    await page.getByTestId('login-page').waitFor();
    expect(await menuItem('Người dùng').count()).toBe(0);
    expect(await page.getByTestId('account-menu').count()).toBe(0);
    expect(await storedSession()).toBeNull();
    const sessions = await session.api.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM app_session s JOIN app_user u ON u.id = s.user_id WHERE u.username = 'quantri.e2e' AND s.expires_at > now() AND s.revoked_at IS NULL`,
    );
    expect(sessions[0].n).toBe(0);
  });
});
