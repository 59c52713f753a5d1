import type { Locator, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { foldVietnamese } from '@exemplar/shared';
import { expectText, pageRange as rangeOf, useConsole } from '../support/console';
import type { TestServer } from '../support/harness';

/**
 * The console in a real browser (Debian's Chromium, driven by playwright-core) against the real
 * server on a real PostgreSQL: what an administrator sees and does.
 */

const session = useConsole('console');
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


/** A SelectInput: open it and pick the option showing this text. */
async function choose(combobox: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: combobox, exact: true }).click();
  await page.getByRole('listbox').getByRole('option').filter({ hasText: option }).first().click();
}

/** A SelectInput: pick its empty option (react-admin labels it "clear value" for screen readers). */
async function chooseNone(combobox: string, clearLabel = 'Xóa giá trị'): Promise<void> {
  await page.getByRole('combobox', { name: combobox, exact: true }).click();
  await page.getByRole('listbox').getByRole('option', { name: clearLabel }).click();
}

/** The text of the notification (snackbar) that appears next. */
async function notification(): Promise<string> {
  const snackbar = page.locator('.MuiSnackbarContent-message').first();
  await snackbar.waitFor();
  return (await snackbar.textContent()) ?? '';
}

/** An AutocompleteInput: type, then pick the option whose text matches. */
async function autocomplete(label: string, typed: string, option: RegExp): Promise<void> {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function seedOrganization(code: string, name: string): Promise<{ id: string; version: number }> {
  const res = await api.gql<{ createOrganization: { id: string; version: number } }>(
    `mutation ($code: String!, $name: String!) { createOrganization(code: $code, name: $name, kind: "SO", sector: "GIAO_DUC") { id version } }`,
    { code, name },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createOrganization;
}

describe('the console', () => {
  it('opens in Vietnamese, with the dashboard counts from the server', async () => {
    await open('/');
    await page.getByRole('menuitem', { name: 'Đơn vị hành chính' }).waitFor();
    await page.getByRole('menuitem', { name: 'Cơ quan, tổ chức' }).waitFor();
    await page.getByRole('menuitem', { name: 'Tổng quan' }).waitFor();
    await expectText(page.getByTestId('count-current-provinces'), /^34$/);
    await expectText(page.getByTestId('count-current-communes'), /^3\.321$/);
    await expectText(page.getByTestId('count-before-provinces'), /^63$/);
    await expectText(page.getByTestId('count-before-districts'), /^696$/);
    await expectText(page.getByTestId('count-before-communes'), /^10\.035$/);
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).not.toMatch(/resources\.\w+|exemplar\.\w+|ra\.\w+\.\w+/);
  });

  it('lists the 34 provinces of today and the 63 before 1 July 2025; "ba be" finds Ba Bể', async () => {
    await page.goto(`${api.url}/`);
    await page.getByRole('menuitem', { name: 'Đơn vị hành chính' }).click();
    await expectText(pageRange(), /\/ 34$/);
    await page.getByRole('cell', { name: 'Thành phố Hà Nội', exact: true }).waitFor();

    await choose('Thời kỳ', 'Trước 01/7/2025 (30/6/2025)');
    await expectText(pageRange(), /\/ 63$/);
    await page.getByRole('cell', { name: 'Tỉnh Bắc Kạn', exact: true }).waitFor();

    // Every level, then the search without diacritics.
    await chooseNone('Cấp');
    await expectText(pageRange(), /\/ 10794$/);
    await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill('ba be');
    await page.getByRole('cell', { name: 'Huyện Ba Bể', exact: true }).waitFor();
    await expectText(pageRange(), /^1–\d+ \/ \d+$/);
    const names = await page.locator('tbody td.column-name').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(foldVietnamese(name)).toContain('ba be');

    // Today's state: the commune that carries the name now.
    await choose('Thời kỳ', 'Hiện nay (sau 01/7/2025)');
    await page.getByRole('cell', { name: 'Xã Ba Bể', exact: true }).waitFor();
    expect(await page.getByRole('cell', { name: 'Huyện Ba Bể', exact: true }).count()).toBe(0);
  });

  it('shows Huyện Ba Bể with its province, its communes, and the communes of Tỉnh Thái Nguyên that carry it today', async () => {
    await open('/AdministrativeUnit');
    await choose('Thời kỳ', 'Trước 01/7/2025 (30/6/2025)');
    await choose('Cấp', 'Cấp huyện');
    await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill('ba be');
    await page.getByRole('cell', { name: 'Huyện Ba Bể', exact: true }).click();

    await page.getByRole('heading', { name: /Huyện Ba Bể/ }).first().waitFor();
    await page.getByTestId('ancestors').getByRole('link', { name: 'Tỉnh Bắc Kạn' }).waitFor();

    const children = page.getByTestId('unit-children');
    await children.getByRole('cell', { name: 'Xã Khang Ninh', exact: true }).waitFor();
    await expectText(pageRange(children), /\/ 15$/);
    expect(await children.locator('tbody tr').count()).toBe(15);

    const today = page.getByTestId('unit-today');
    await today.getByText('Đơn vị này hết hiệu lực sau ngày 30/06/2025').waitFor();
    await today.getByRole('cell', { name: 'Xã Ba Bể', exact: true }).waitFor();
    const codes = await today.locator('tbody td.column-code').allTextContents();
    expect(codes).toEqual(expect.arrayContaining(['01894', '01906', '01912', '01921', '01933']));
    const parents = await today.locator('tbody td.column-parent\\.name').allTextContents();
    expect(parents.length).toBe(codes.length);
    expect(new Set(parents)).toEqual(new Set(['Tỉnh Thái Nguyên']));

    const organizations = page.getByTestId('unit-organizations');
    await organizations.getByRole('cell', { name: 'Ủy ban nhân dân huyện Ba Bể', exact: true }).waitFor();

    // Down the tree to today's Xã Ba Bể: its predecessors are communes of Huyện Ba Bể, in full.
    await today.getByRole('cell', { name: 'Xã Ba Bể', exact: true }).click();
    await page.getByTestId('ancestors').getByRole('link', { name: 'Tỉnh Thái Nguyên' }).waitFor();
    const predecessors = page.getByTestId('unit-predecessors');
    await predecessors.getByRole('cell', { name: 'Xã Khang Ninh', exact: true }).waitFor();
    expect(await predecessors.getByRole('cell', { name: 'Toàn bộ', exact: true }).count()).toBeGreaterThan(0);
  });

  it('switches to English and back', async () => {
    await open('/AdministrativeUnit');
    await page.getByRole('menuitem', { name: 'Đơn vị hành chính' }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Administrative units' }).waitFor();
    await page.getByRole('menuitem', { name: 'Organizations' }).waitFor();
    await page.getByRole('combobox', { name: 'State', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Province level', exact: true }).first().waitFor();
    await page.locator('thead').getByText('Name', { exact: true }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Đơn vị hành chính' }).count()).toBe(0);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Tiếng Việt' }).click();
    await page.getByRole('menuitem', { name: 'Đơn vị hành chính' }).waitFor();
  });

  it('creates an organization through the form, finds it in the list, and edits it', async () => {
    await open('/Organization/create');
    await page.getByRole('textbox', { name: 'Mã', exact: true }).fill('E2E.BABE.TRUONG_THCS');
    await page.getByRole('textbox', { name: 'Tên', exact: true }).fill('Trường THCS Thử nghiệm Ba Bể');
    await page.getByRole('textbox', { name: 'Tên viết tắt' }).fill('THCS TN');
    await choose('Loại hình', 'Trường học');
    await choose('Lĩnh vực', 'Giáo dục');
    await autocomplete('Cơ quan cấp trên', 'uy ban nhan dan huyen ba be', /^Ủy ban nhân dân huyện Ba Bể$/);
    // A unit from before 1 July 2025 can be chosen (allTime).
    await autocomplete('Địa bàn', 'ba be', /^Huyện Ba Bể/);
    await page.getByLabel('Hiệu lực từ').fill('2020-09-01');
    await page.getByRole('textbox', { name: 'Ghi chú' }).fill('Tạo bởi kiểm thử trình duyệt.');
    await page.getByRole('button', { name: 'Lưu' }).click();

    expect(await notification()).toBe('Đã thêm mới');
    await page.getByTestId('ancestors').getByRole('link', { name: 'Ủy ban nhân dân huyện Ba Bể' }).waitFor();
    await page.getByRole('link', { name: 'Huyện Ba Bể', exact: true }).waitFor();
    await page.getByText('Từ 01/09/2020').waitFor();

    const stored = await api.gql<{ allOrganizations: { id: string; kind: string; sector: string; unit: { name: string }; parent: { code: string }; validFrom: string; version: number }[] }>(
      `{ allOrganizations(filter: { code: "E2E.BABE.TRUONG_THCS" }) { id kind sector unit { name } parent { code } validFrom version } }`,
    );
    expect(stored.body.data!.allOrganizations).toEqual([
      expect.objectContaining({ kind: 'TRUONG_HOC', sector: 'GIAO_DUC', unit: { name: 'Huyện Ba Bể' }, parent: { code: 'BACKAN.BABE.UBND' }, validFrom: '2020-09-01', version: 1 }),
    ]);

    await page.getByRole('menuitem', { name: 'Cơ quan, tổ chức' }).click();
    await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill('thu nghiem ba be');
    await page.getByRole('cell', { name: 'E2E.BABE.TRUONG_THCS', exact: true }).waitFor();
    await expectText(pageRange(), /^1–1 \/ 1$/);

    // Edit: open it from the list, rename, save.
    await page.getByRole('cell', { name: 'E2E.BABE.TRUONG_THCS', exact: true }).click();
    await page.getByRole('link', { name: 'Sửa' }).click();
    const name = page.getByRole('textbox', { name: 'Tên', exact: true });
    await expect.poll(() => name.inputValue()).toBe('Trường THCS Thử nghiệm Ba Bể');
    await name.fill('Trường THCS Thử nghiệm Ba Bể (đã sửa)');
    await chooseNone('Lĩnh vực');
    await page.getByRole('button', { name: 'Lưu' }).click();
    expect(await notification()).toBe('Đã cập nhật');
    await page.getByTestId('ancestors').getByText('Trường THCS Thử nghiệm Ba Bể (đã sửa)').waitFor();

    const edited = await api.gql<{ allOrganizations: { name: string; sector: string | null; unitId: string; version: number }[] }>(
      `{ allOrganizations(filter: { code: "E2E.BABE.TRUONG_THCS" }) { name sector unitId version } }`,
    );
    expect(edited.body.data!.allOrganizations).toEqual([
      expect.objectContaining({ name: 'Trường THCS Thử nghiệm Ba Bể (đã sửa)', sector: null, version: 2 }),
    ]);
  });

  it('shows the server refusing a stale edit (CONFLICT) and a duplicate code, in the current language', async () => {
    const seeded = await seedOrganization('E2E.CONFLICT', 'Sở Thử nghiệm xung đột');
    await open(`/Organization/${seeded.id}`);
    const name = page.getByRole('textbox', { name: 'Tên', exact: true });
    await expect.poll(() => name.inputValue()).toBe('Sở Thử nghiệm xung đột');

    // Someone else saves first.
    const other = await api.gql(`mutation ($id: ID!, $version: Int) { updateOrganization(id: $id, version: $version, note: "sửa từ nơi khác") { version } }`, {
      id: seeded.id,
      version: seeded.version,
    });
    expect(other.body.errors).toBeUndefined();

    await name.fill('Sở Thử nghiệm xung đột (bản cũ)');
    await page.getByRole('button', { name: 'Lưu' }).click();
    expect(await notification()).toBe('Bản ghi đã được người khác sửa; hãy tải lại và thử lại.');
    await expect.poll(() => name.inputValue()).toBe('Sở Thử nghiệm xung đột (bản cũ)');

    // In English, a duplicate code.
    await open('/Organization/create');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('textbox', { name: 'Code', exact: true }).fill('E2E.CONFLICT');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Duplicate');
    await choose('Kind', 'Department');
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await notification()).toBe('Code "E2E.CONFLICT" is already in use.');
  });
});
