import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectNoRawKeys, expectText, useConsole } from '../support/console';
import type { TestServer } from '../support/harness';

/**
 * The plan editor in a real browser against the real server: the Ba Bể seed plan read-only with its
 * three quotas; a plan derived from it edited as a draft, the edit in its history; an issued plan's
 * edit asks for the amendment's reason and author first.
 */

const session = useConsole('plan-editor');
let api: TestServer;
let page: Page;
let seedId: string;

async function gqlOk<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}

async function planId(code: string): Promise<string> {
  const { allPlans } = await gqlOk<{ allPlans: { id: string }[] }>(`query ($code: String!) { allPlans(filter: { code: $code }) { id } }`, { code });
  expect(allPlans).toHaveLength(1);
  return allPlans[0].id;
}

async function quotaValue(code: string, key: string): Promise<number> {
  const { allPlanQuotaRules } = await gqlOk<{ allPlanQuotaRules: { value: number }[] }>(
    `query ($code: String!, $key: String!) { allPlanQuotaRules(filter: { planCode: $code, key: $key }) { value } }`,
    { code, key },
  );
  expect(allPlanQuotaRules).toHaveLength(1);
  return allPlanQuotaRules[0].value;
}

beforeAll(async () => {
  api = session.api;
  seedId = await planId('SEED-001-BA-BE');
});

beforeEach(() => {
  page = session.page;
});

const tab = (name: string) => page.getByRole('tab', { name, exact: true }).click();

/** Opens a quota rule's form from its row, sets the value, saves. */
async function editQuotaValue(key: string, value: number): Promise<void> {
  await page.getByTestId(`part-quotaRules-${key}`).getByRole('button', { name: 'Sửa' }).click();
  const dialog = page.getByTestId('plan-part-dialog');
  await dialog.waitFor();
  const input = dialog.getByRole('spinbutton', { name: 'Số lượng' });
  await input.fill(String(value));
  await dialog.getByRole('button', { name: 'Lưu' }).click();
}

describe('the plan editor', () => {
  it('shows the Ba Bể seed plan read-only with its three yearly quotas, and derives a draft from it that is edited and keeps the edit in its history', async () => {
    await session.open(`/Plan/${seedId}/show`);
    await expectText(page.getByTestId('plan-read-only'), /kế hoạch mẫu/);
    await expectText(page.getByTestId('plan-overview'), /Ủy ban nhân dân huyện Ba Bể/);
    await expectText(page.getByTestId('plan-period'), /2021–2025/);

    await tab('Chỉ tiêu & đợt nộp');
    const quotas = page.getByTestId('plan-quotaRules');
    for (const [key, count] of [
      ['BB-Q-XA', '≥ 10'],
      ['BB-Q-NGANH', '≥ 5'],
      ['BB-Q-CO_QUAN', '≥ 3'],
    ]) {
      await expectText(quotas.getByTestId(`part-quotaRules-${key}`).getByTestId('quota-count'), new RegExp(`^${count} / năm`));
    }
    await expect.poll(() => quotas.locator('tbody tr').count()).toBe(3);
    // Read-only: no row can be edited, nothing added.
    expect(await quotas.getByRole('button', { name: 'Sửa' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Thêm/ }).count()).toBe(0);
    await expectNoRawKeys(page);

    // Derive a draft implementing it.
    await page.getByRole('button', { name: 'Xây dựng kế hoạch thực hiện' }).first().click();
    const derive = page.getByTestId('plan-derive-dialog');
    await derive.waitFor();
    expect(await derive.getByRole('textbox', { name: 'Mã cơ quan ban hành' }).inputValue()).toBe('BACKAN.BABE.UBND');
    await derive.getByRole('textbox', { name: 'Mã kế hoạch' }).fill('BABE-E2E-CON');
    await derive.getByRole('textbox', { name: 'Người sửa' }).fill('Nguyễn Thị Soạn');
    await derive.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await derive.waitFor({ state: 'detached' });
    const childId = await planId('BABE-E2E-CON');
    await page.waitForURL(new RegExp(`/Plan/${childId}/show`));
    await expectText(page.getByTestId('plan-overview').locator('[data-status]'), /^Dự thảo$/);
    expect(await page.getByTestId('plan-read-only').count()).toBe(0);

    // A draft's quota is edited in place (no reason asked).
    await tab('Chỉ tiêu & đợt nộp');
    await expectText(page.getByTestId('part-quotaRules-BB-Q-XA').getByTestId('quota-count'), /^≥ 10 \/ năm/);
    await editQuotaValue('BB-Q-XA', 12);
    await page.getByTestId('plan-part-dialog').waitFor({ state: 'detached' });
    expect(await page.getByTestId('plan-amendment-dialog').count()).toBe(0);
    await expectText(page.getByTestId('part-quotaRules-BB-Q-XA').getByTestId('quota-count'), /^≥ 12 \/ năm/);
    expect(await quotaValue('BABE-E2E-CON', 'BB-Q-XA')).toBe(12);
    // The seed is untouched.
    expect(await quotaValue('SEED-001-BA-BE', 'BB-Q-XA')).toBe(10);

    // The cascade: the child differs from its parent on that quota.
    await tab('Phân cấp');
    await expectText(page.getByTestId('derived-differences'), /BB-Q-XA.*SEED-001-BA-BE.*count\.value: 10 → 12/);

    // The history: the edit, path by path.
    await tab('Lịch sử');
    const change = page.locator('[data-testid="revision-change"][data-path="quotaRules[BB-Q-XA].count.value"]');
    await change.waitFor();
    expect(await change.getAttribute('data-kind')).toBe('CHANGED');
    await expectText(change.getByTestId('diff-before'), /^10$/);
    await expectText(change.getByTestId('diff-after'), /^12$/);
    await expectNoRawKeys(page);

    // The seed's cascade lists the new child.
    await session.open(`/Plan/${seedId}/show`);
    await tab('Phân cấp');
    await expectText(page.getByTestId('cascade-child-BABE-E2E-CON'), /BABE-E2E-CON/);
  });

  it("asks an issued plan's edit for the amendment's reason and author, and records them", async () => {
    const { derivePlan } = await gqlOk<{ derivePlan: { plan: { id: string; version: number } } }>(
      `mutation ($parent: ID!) { derivePlan(parentId: $parent, code: "BABE-E2E-BAN-HANH", title: "Kế hoạch đã ban hành", issuerOrganizationCode: "BACKAN.BABE.UBND", author: "e2e") { plan { id version } } }`,
      { parent: seedId },
    );
    const id = derivePlan.plan.id;
    const { updatePlan } = await gqlOk<{ updatePlan: { version: number } }>(
      `mutation ($id: ID!, $version: Int!, $changes: JSON!) { updatePlan(id: $id, version: $version, changes: $changes) { version } }`,
      { id, version: derivePlan.plan.version, changes: { number: { value: '15', pattern: '/KH-UBND' }, signer: { title: 'CHỦ TỊCH', name: 'Nguyễn Văn Ký' }, issueDate: { year: 2025, month: 3, day: 1 } } },
    );
    await gqlOk(`mutation ($id: ID!) { createPlanContentItem(planId: $id, data: { text: "Phát hiện điển hình", stages: ["DISCOVER"] }) { id } }`, { id });
    const { Plan } = await gqlOk<{ Plan: { version: number } }>(`query ($id: ID!) { Plan(id: $id) { version } }`, { id });
    expect(Plan.version).toBeGreaterThanOrEqual(updatePlan.version);
    await gqlOk(`mutation ($id: ID!, $version: Int!) { issuePlan(id: $id, version: $version) { status } }`, { id, version: Plan.version });

    await session.open(`/Plan/${id}/show`);
    await expectText(page.getByTestId('plan-overview').locator('[data-status]'), /^Đã ban hành$/);
    await page.getByTestId('plan-amendments').waitFor();
    await tab('Chỉ tiêu & đợt nộp');
    await editQuotaValue('BB-Q-NGANH', 7);
    const amendment = page.getByTestId('plan-amendment-dialog');
    await amendment.waitFor();
    // Nothing is sent without a reason and an author.
    await amendment.getByRole('button', { name: 'Ghi sửa đổi' }).click();
    await expectText(amendment, /Bắt buộc/);
    expect(await quotaValue('BABE-E2E-BAN-HANH', 'BB-Q-NGANH')).toBe(5);
    await amendment.getByRole('textbox', { name: 'Lý do sửa đổi' }).fill('Tăng chỉ tiêu theo Công văn 12/UBND');
    await amendment.getByRole('textbox', { name: 'Người sửa' }).fill('Trần Văn Sửa');
    await amendment.getByRole('button', { name: 'Ghi sửa đổi' }).click();
    await page.getByTestId('plan-part-dialog').waitFor({ state: 'detached' });
    await expectText(page.getByTestId('part-quotaRules-BB-Q-NGANH').getByTestId('quota-count'), /^≥ 7 \/ năm/);
    expect(await quotaValue('BABE-E2E-BAN-HANH', 'BB-Q-NGANH')).toBe(7);

    await tab('Lịch sử');
    const revisions = page.getByTestId('plan-revisions');
    const newest = revisions.locator('tbody tr').first();
    await expectText(newest, /Sửa đổi.*Trần Văn Sửa.*Tăng chỉ tiêu theo Công văn 12\/UBND/);
    const change = page.locator('[data-testid="revision-change"][data-path="quotaRules[BB-Q-NGANH].count.value"]');
    await expectText(change, /5.*→.*7/);
    await expectNoRawKeys(page);
  });
});
