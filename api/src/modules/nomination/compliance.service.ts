import { COUNTED_NOMINATION_STATUSES, daysInMonth, isoDate, materialiseWindow, type OrganizationSelector, type PlanDocument, type QuotaRule } from '@exemplar/shared';
import type { RequestContext } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { parseDate, parseId, vietnamDay } from '../../graphql/input';
import { ComplianceRepository, type QuotaPeriodQuery } from './compliance.repository';
import type { QuotaComplianceRow } from './compliance.type';

interface Period {
  label: string;
  start: string;
  end: string;
  year: number | null;
  quarter: number | null;
  month: number | null;
}

/** The periods of a rule the report covers: the year's (or the quarter's) quarters or months, the year, or the whole plan. */
function periodsOf(rule: QuotaRule, plan: PlanDocument, year: number, quarter: number | null): Period[] {
  const quarterPeriod = (q: number): Period => ({ label: `${year}-Q${q}`, start: isoDate(year, q * 3 - 2, 1), end: isoDate(year, q * 3, daysInMonth(year, q * 3)), year, quarter: q, month: null });
  const monthPeriod = (m: number): Period => ({ label: `${year}-${String(m).padStart(2, '0')}`, start: isoDate(year, m, 1), end: isoDate(year, m, daysInMonth(year, m)), year, quarter: null, month: m });
  switch (rule.every) {
    case 'PLAN':
      return [{ label: `${plan.period.from}..${plan.period.to}`, start: isoDate(plan.period.from, 1, 1), end: isoDate(plan.period.to, 12, 31), year: null, quarter: null, month: null }];
    case 'YEAR':
      return [{ label: String(year), start: isoDate(year, 1, 1), end: isoDate(year, 12, 31), year, quarter: null, month: null }];
    case 'QUARTER':
      return (quarter ? [quarter] : [1, 2, 3, 4]).map(quarterPeriod);
    case 'MONTH': {
      const months = quarter ? [quarter * 3 - 2, quarter * 3 - 1, quarter * 3] : Array.from({ length: 12 }, (_, i) => i + 1);
      return months.map(monthPeriod);
    }
  }
}

/** The last day that counts: the period's last submission window when the rule has windows, else its end. */
function deadlineOf(rule: QuotaRule, plan: PlanDocument, period: Period): string {
  const windows = plan.submissionWindows.filter((w) => rule.windowKeys?.includes(w.key));
  const ends = windows.flatMap((w) => materialiseWindow(w.rule, plan.period)).filter((r) => r.from >= period.start && r.from <= period.end).map((r) => r.to);
  return ends.length ? ends.sort().at(-1)! : period.end;
}

export class ComplianceService {
  constructor(private readonly ctx: RequestContext) {}

  /**
   * Quota compliance of a plan for a year (and optionally one quarter), every rule and every
   * nominating unit at once, as of a day (default today in Viet Nam).
   */
  async forPlan(planIdInput: string, year: number, quarter: number | null | undefined, asOfInput: string | null | undefined): Promise<QuotaComplianceRow[]> {
    const planId = parseId(planIdInput, 'planId');
    if (!Number.isInteger(year) || year < 1945 || year > 2100) throw new AppError('INVALID_VALUE', { field: 'year', value: String(year) }, 'year');
    if (quarter != null && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)) throw new AppError('INVALID_VALUE', { field: 'quarter', value: String(quarter) }, 'quarter');
    const asOf = parseDate(asOfInput, 'asOf') ?? vietnamDay(this.ctx.now());
    const [plan] = await this.ctx.db.query<{ document: PlanDocument }>(`SELECT document FROM plan WHERE id = $1`, [planId]);
    if (!plan) throw notFound('Plan', planId);
    const items = await this.ctx.db.query<{ id: string; data: QuotaRule }>(`SELECT id::text AS id, data FROM plan_item WHERE plan_id = $1 AND list = 'quotaRules' ORDER BY position`, [planId]);
    const queries: (QuotaPeriodQuery & { rule: QuotaRule; ruleId: string; period: Period; deadline: string })[] = [];
    for (const item of items) {
      for (const period of periodsOf(item.data, plan.document, year, quarter ?? null)) {
        const deadline = deadlineOf(item.data, plan.document, period);
        queries.push({
          index: queries.length,
          quotaItemId: item.id,
          selector: item.data.nominators as OrganizationSelector,
          per: item.data.per,
          bound: item.data.count.bound,
          value: item.data.count.value,
          start: period.start,
          end: period.end,
          year: period.year,
          quarter: period.quarter,
          month: period.month,
          over: asOf > deadline,
          rule: item.data,
          ruleId: item.id,
          period,
          deadline,
        });
      }
    }
    const rows = await new ComplianceRepository(this.ctx.db).compute(queries, COUNTED_NOMINATION_STATUSES);
    return rows.map((r) => {
      const q = queries[r.index];
      const merged = r.predecessorNames.length > 0;
      return {
        quotaRuleId: q.ruleId,
        quotaKey: q.rule.key,
        quotaText: q.rule.text,
        per: q.per,
        bound: q.bound,
        required: q.value,
        period: q.period.label,
        deadline: q.deadline,
        organizationId: r.organizationId,
        organizationName: r.organizationName,
        sector: r.sector,
        count: r.count,
        status: r.status,
        countedPredecessorIds: r.predecessorIds,
        noteVi: merged ? `Tính cả đề nghị của đơn vị đã sáp nhập trong kỳ: ${r.predecessorNames.join('; ')}` : null,
        noteEn: merged ? `Includes the nominations of units merged into it during the period: ${r.predecessorNames.join('; ')}` : null,
      };
    });
  }
}
