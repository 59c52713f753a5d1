import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoRawKeys, expectText, useConsole } from '../support/console';

/**
 * A record's change history (the audit trail) in the console: a person created and renamed through
 * the API shows both changes on its page, newest first, in Vietnamese and in English.
 */

const session = useConsole('history');
let page: Page;

beforeEach(() => {
  page = session.page;
});

async function gqlOk<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await session.api.gql<T>(query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}

/** A person created, then renamed, through the API (as the harness's national administrator, who is then the actor). */
async function renamedPerson(name: string, renamed: string): Promise<string> {
  const { createPerson } = await gqlOk<{ createPerson: { id: string; version: number } }>(
    `mutation ($name: String!) { createPerson(fullName: $name, birthYear: 1985) { id version } }`,
    { name },
  );
  await gqlOk(`mutation ($id: ID!, $v: Int, $name: String!) { updatePerson(id: $id, version: $v, fullName: $name) { id version } }`, {
    id: createPerson.id,
    v: createPerson.version,
    name: renamed,
  });
  return createPerson.id;
}

const entries = () => page.getByTestId('history-entry');

async function fieldsOf(entry: Locator): Promise<{ column: string | null; before: string; after: string }[]> {
  return entry.getByTestId('history-field').evaluateAll((rows) =>
    rows.map((row) => ({
      column: row.getAttribute('data-column'),
      before: row.querySelector('[data-testid="history-before"]')?.textContent ?? '',
      after: row.querySelector('[data-testid="history-after"]')?.textContent ?? '',
    })),
  );
}

describe("a record's change history", () => {
  it('shows the creation and the rename of a person, newest first, in Vietnamese then English', async () => {
    const id = await renamedPerson('Hà Thị Lịch Sử', 'Hà Thị Lịch Sử Đã Sửa');
    await session.open(`/Person/${id}/show`);
    await page.getByText('Hà Thị Lịch Sử Đã Sửa', { exact: true }).first().waitFor();
    // The record's own sections first; the history is read only when its tab is opened.
    await page.getByTestId('person-record').waitFor();
    expect(await page.getByTestId('record-history').count()).toBe(0);

    await page.getByRole('tab', { name: 'Lịch sử thay đổi', exact: true }).click();
    await expect.poll(() => entries().count(), { timeout: 15_000 }).toBe(2);
    expect(await page.getByTestId('person-record').isVisible()).toBe(false);

    const [changed, created] = [entries().nth(0), entries().nth(1)];
    expect(await changed.getAttribute('data-action')).toBe('UPDATE');
    expect(await created.getAttribute('data-action')).toBe('INSERT');
    await expectText(changed.getByTestId('history-action'), /^Sửa$/);
    await expectText(created.getByTestId('history-action'), /^Tạo$/);
    await expectText(changed.getByTestId('history-actor'), /^Người dùng: Quản trị quốc gia \(test\)$/);
    await expectText(created.getByTestId('history-actor'), /^Người dùng: Quản trị quốc gia \(test\)$/);
    // The change lists only what differs (not the version nor the time of update), old → new.
    expect(await fieldsOf(changed)).toEqual([{ column: 'full_name', before: 'Hà Thị Lịch Sử', after: 'Hà Thị Lịch Sử Đã Sửa' }]);
    await expectText(changed.getByTestId('history-field'), /^Họ và tênHà Thị Lịch Sử → Hà Thị Lịch Sử Đã Sửa$/);
    // The creation: its main values, the name as first given.
    const initial = await fieldsOf(created);
    expect(initial).toEqual(expect.arrayContaining([{ column: 'full_name', before: '', after: 'Hà Thị Lịch Sử' }, { column: 'birth_year', before: '', after: '1985' }]));
    expect(initial.map((f) => f.column)).not.toContain('version');
    // The time in the console's locale (Vietnamese: day first, 24-hour clock).
    await expectText(changed.getByTestId('history-time'), /^\d{2}:\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$|^\d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}:\d{2}$/);
    await expectNoRawKeys(page);

    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Change history', exact: true }).waitFor();
    if (!(await page.getByTestId('record-history').count())) await page.getByRole('tab', { name: 'Change history', exact: true }).click();
    await expect.poll(() => entries().count(), { timeout: 15_000 }).toBe(2);
    await expectText(entries().nth(0).getByTestId('history-action'), /^Changed$/);
    await expectText(entries().nth(1).getByTestId('history-action'), /^Created$/);
    await expectText(entries().nth(0).getByTestId('history-actor'), /^User: Quản trị quốc gia \(test\)$/);
    await expectText(entries().nth(0).getByTestId('history-field'), /^Full nameHà Thị Lịch Sử → Hà Thị Lịch Sử Đã Sửa$/);
    await expectNoRawKeys(page);
  });

  it('lists the same changes in the audit log, filtered by kind of record and id, linked to the record', async () => {
    const id = await renamedPerson('Lù Văn Nhật Ký', 'Lù Văn Nhật Ký Mới');
    const filter = encodeURIComponent(JSON.stringify({ tableName: 'person', rowId: id }));
    await session.open(`/AuditEntry?filter=${filter}`);
    await page.getByRole('menuitem', { name: 'Nhật ký thay đổi' }).waitFor();
    const rows = page.locator('.RaDatagrid-tbody > tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    await expectText(rows.nth(0).getByTestId('history-action'), /^Sửa$/);
    await expectText(rows.nth(1).getByTestId('history-action'), /^Tạo$/);
    await expectText(rows.nth(0).getByTestId('history-field'), /Lù Văn Nhật Ký → Lù Văn Nhật Ký Mới/);
    await rows.nth(0).getByRole('link', { name: `Cá nhân #${id}` }).click();
    await page.getByText('Lù Văn Nhật Ký Mới', { exact: true }).first().waitFor();
    expect(page.url()).toContain(`/Person/${id}/show`);
    await expectNoRawKeys(page);
  });
});
