import {
  canMoveNomination,
  COUNTED_NOMINATION_STATUSES,
  daysInMonth,
  isoDate,
  foldVietnamese,
  materialiseWindow,
  type NominationStatus,
  type OrganizationSelector,
  type PlanDocument,
  type QuotaRule,
} from '@exemplar/shared';
import type { Db } from '../../db';
import { UNRESTRICTED, type Scope } from '../../graphql/list/scope';
import { indexById, type RequestContext } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { parseDate, parseId, requireText, vietnamDay } from '../../graphql/input';
import { findConnection, findPage } from '../../graphql/list/list-repository';
import type { CursorArgs, PageArgs } from '../../graphql/list/list-query';
import { SqlParams } from '../../graphql/list/sql-params';
import type { ResourceService, WritableService } from '../../graphql/resource/resource-resolver';
import { SUBJECT_COLUMN, subjectSelect } from '../exemplar/exemplar.repository';
import { advanceExemplarIn } from '../exemplar/exemplar.service';
import { EligibilityService } from '../eligibility/eligibility.service';
import { selectorSql } from '../plan/selector.sql';
import { nominationListSpec, NominationRepository } from './nomination.repository';
import type { CreateNominationArgs, Nomination, NominationFilter, UpdateNominationArgs } from './nomination.type';

/** Plans that take nominations: issued and not yet closed (a draft is not in force; a final review ends intake too late to matter). */
const OPEN_FOR_NOMINATIONS: readonly string[] = ['ISSUED', 'IN_EFFECT', 'INTERIM_REVIEWED', 'FINAL_REVIEWED'];

/** The achievement summary form (trích ngang): what it may hold, and what submitting needs. */
const SUMMARY_TEXT_KEYS = ['name', 'birthYear', 'gender', 'unit', 'role', 'field', 'achievements', 'note'] as const;
const SUMMARY_LIST_KEYS = ['initiatives', 'awards', 'ratings'] as const;
const SUMMARY_REQUIRED = ['name', 'unit', 'field', 'achievements'] as const;
const SUMMARY_LABELS: Record<string, { vi: string; en: string }> = {
  name: { vi: 'họ tên / tên tập thể', en: 'name' },
  unit: { vi: 'đơn vị công tác', en: 'unit' },
  role: { vi: 'chức vụ', en: 'role' },
  field: { vi: 'lĩnh vực', en: 'field' },
  achievements: { vi: 'tóm tắt thành tích', en: 'summary of achievements' },
};

function checkSummary(value: unknown): Record<string, unknown> {
  if (value == null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new AppError('INVALID_VALUE', { field: 'summary', value: typeof value }, 'summary');
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if ((SUMMARY_TEXT_KEYS as readonly string[]).includes(key)) {
      if (v === null || v === undefined) continue;
      if (typeof v !== 'string' && typeof v !== 'number') throw new AppError('INVALID_VALUE', { field: `summary.${key}`, value: typeof v }, `summary.${key}`);
      out[key] = typeof v === 'string' ? requireText(v, `summary.${key}`, 10_000) : v;
    } else if ((SUMMARY_LIST_KEYS as readonly string[]).includes(key)) {
      if (!Array.isArray(v) || v.length > 200 || v.some((x) => typeof x !== 'string' || x.length > 2000)) throw new AppError('INVALID_VALUE', { field: `summary.${key}`, value: 'list' }, `summary.${key}`);
      out[key] = v;
    } else {
      throw new AppError('INVALID_VALUE', { field: 'summary', value: key.slice(0, 40) }, `summary.${key.slice(0, 40)}`);
    }
  }
  return out;
}

function checkAttachments(value: unknown): unknown[] {
  if (value == null) return [];
  const ok = Array.isArray(value) && value.length <= 50 && value.every((a) => a && typeof a === 'object' && typeof (a as { title?: unknown }).title === 'string' && ((a as { url?: unknown }).url === undefined || /^https?:\/\//.test(String((a as { url?: unknown }).url))));
  if (!ok) throw new AppError('INVALID_VALUE', { field: 'attachments', value: 'list' }, 'attachments');
  return value as unknown[];
}

function periodLabel(n: Pick<Nomination, 'periodYear' | 'periodQuarter' | 'periodMonth'>): string {
  return n.periodQuarter ? `Q${n.periodQuarter}/${n.periodYear}` : n.periodMonth ? `${n.periodMonth}/${n.periodYear}` : String(n.periodYear);
}

/** The period a quota counts in must be given at its grain: a quarter for a quarterly quota, and so on. */
function checkPeriod(rule: QuotaRule, plan: PlanDocument, p: { year: number; quarter: number | null; month: number | null }): void {
  const fail = (detail: string) => {
    throw new AppError('NOMINATION_PERIOD_MISMATCH', { every: rule.every, detail }, 'periodYear');
  };
  if (p.year < plan.period.from || p.year > plan.period.to) fail(`${p.year} ∉ ${plan.period.from}–${plan.period.to}`);
  if (rule.every === 'QUARTER' && (p.quarter === null || p.month !== null)) fail('periodQuarter');
  if (rule.every === 'MONTH' && (p.month === null || p.quarter !== null)) fail('periodMonth');
  if ((rule.every === 'YEAR' || rule.every === 'PLAN') && (p.quarter !== null || p.month !== null)) fail('periodYear');
}

/**
 * Moves a nomination to another status inside the caller's transaction (checked against the
 * lifecycle; `expectedVersion` null when the caller already holds what it read) and records who and why.
 */
export async function moveNominationIn(
  tx: Db,
  id: string,
  expectedVersion: number | null,
  to: NominationStatus,
  meta: { reason: string; author: string },
  extra: Record<string, unknown> = {},
  /** The caller's jurisdiction (the row must be inside it). */
  scope: Scope = UNRESTRICTED,
): Promise<Nomination> {
  const repo = new NominationRepository(tx, scope);
  const current = await repo.findForUpdate(id);
  if (!current) throw notFound('Nomination', id);
  if (expectedVersion !== null && current.version !== expectedVersion) throw new AppError('CONFLICT');
  if (!canMoveNomination(current.status as NominationStatus, to)) throw new AppError('NOMINATION_TRANSITION_REFUSED', { from: current.status, to }, 'status', { from: current.status, to });
  if (!(await repo.update(id, current.version, { status: to, ...extra }))) throw new AppError('CONFLICT');
  await repo.addTransition({ nominationId: id, from: current.status, to, reason: meta.reason, author: meta.author });
  return await repo.written(id);
}

export class NominationService implements ResourceService<Nomination, NominationFilter>, WritableService<Nomination, CreateNominationArgs, Omit<UpdateNominationArgs, 'id'>> {
  constructor(private readonly ctx: RequestContext) {}

  findById(id: string): Promise<Nomination | null> {
    const repo = new NominationRepository(this.ctx.db, this.ctx.scope);
    return this.ctx.loaders.get<string, Nomination | null>('nomination.byId', async (ids) => indexById(ids, await repo.findByIds(ids))).load(id);
  }

  findPage(args: PageArgs<NominationFilter>) {
    return findPage<Nomination, NominationFilter>(this.ctx.db, nominationListSpec, args, this.ctx.scope);
  }

  findConnection(args: CursorArgs<NominationFilter>, withTotal: boolean) {
    return findConnection<Nomination, NominationFilter>(this.ctx.db, nominationListSpec, args, this.ctx.scope, withTotal);
  }

  /** A draft nomination: for a plan (and a quota of it), from an organization, for an exemplar or a subject, for a period. */
  async create(input: CreateNominationArgs): Promise<Nomination> {
    const planId = parseId(input.planId, 'planId');
    const nominatorId = parseId(input.nominatingOrganizationId, 'nominatingOrganizationId');
    const quotaItemId = input.quotaRuleId == null ? null : parseId(input.quotaRuleId, 'quotaRuleId');
    const period = { year: input.periodYear, quarter: input.periodQuarter ?? null, month: input.periodMonth ?? null };
    if (!Number.isInteger(period.year) || period.year < 1945 || period.year > 2100) throw new AppError('INVALID_VALUE', { field: 'periodYear', value: String(period.year) }, 'periodYear');
    if (period.quarter !== null && !(Number.isInteger(period.quarter) && period.quarter >= 1 && period.quarter <= 4)) throw new AppError('INVALID_VALUE', { field: 'periodQuarter', value: String(period.quarter) }, 'periodQuarter');
    if (period.month !== null && !(Number.isInteger(period.month) && period.month >= 1 && period.month <= 12)) throw new AppError('INVALID_VALUE', { field: 'periodMonth', value: String(period.month) }, 'periodMonth');
    if (period.quarter !== null && period.month !== null) throw new AppError('INVALID_VALUE', { field: 'periodMonth', value: String(period.month) }, 'periodMonth');
    const summary = checkSummary(input.summary);
    const attachments = checkAttachments(input.attachments);
    const author = input.author?.trim() ? requireText(input.author, 'author', 200) : 'exemplar';
    return this.ctx.db.transaction(async (tx) => {
      const repo = new NominationRepository(tx, this.ctx.scope);
      const [plan] = await tx.query<{ document: PlanDocument; status: string }>(`SELECT document, status FROM plan WHERE id = $1`, [planId]);
      if (!plan) throw new AppError('NOT_FOUND', { resource: 'Plan', id: planId }, 'planId');
      if (!OPEN_FOR_NOMINATIONS.includes(plan.status)) throw new AppError('PLAN_NOT_OPEN_FOR_NOMINATIONS', { status: plan.status }, 'planId');
      const nominatorName = await repo.organizationName(nominatorId);
      if (nominatorName === null) throw new AppError('NOT_FOUND', { resource: 'Organization', id: nominatorId }, 'nominatingOrganizationId');
      if (quotaItemId !== null) {
        const quota = await repo.findQuota(planId, quotaItemId);
        if (!quota) throw new AppError('NOT_FOUND', { resource: 'PlanQuotaRule', id: quotaItemId }, 'quotaRuleId');
        const rule = quota.data as unknown as QuotaRule;
        checkPeriod(rule, plan.document, period);
        await this.requireNominator(tx, rule, nominatorId);
      }
      let subjectColumn: 'person_id' | 'organization_id' | 'household_id' | null = null;
      let subjectId: string | null = null;
      const exemplarId = input.exemplarId == null ? null : parseId(input.exemplarId, 'exemplarId');
      if (exemplarId !== null && !(await tx.query(`SELECT 1 FROM exemplar WHERE id = $1`, [exemplarId])).length) throw new AppError('NOT_FOUND', { resource: 'Exemplar', id: exemplarId }, 'exemplarId');
      if (input.subjectKind != null || input.subjectId != null) {
        subjectColumn = SUBJECT_COLUMN[input.subjectKind ?? ''] ?? null;
        if (!subjectColumn) throw new AppError('INVALID_VALUE', { field: 'subjectKind', value: String(input.subjectKind).slice(0, 20) }, 'subjectKind');
        subjectId = parseId(input.subjectId, 'subjectId');
        const table = { person_id: 'person', organization_id: 'organization', household_id: 'household' }[subjectColumn];
        if (!(await tx.query(`SELECT 1 FROM ${table} WHERE id = $1`, [subjectId])).length) throw new AppError('NOT_FOUND', { resource: String(input.subjectKind), id: subjectId }, 'subjectId');
      }
      if (exemplarId === null && subjectColumn === null) throw new AppError('REQUIRED', { field: 'exemplarId' }, 'exemplarId');
      const councilId = input.councilOrganizationId == null ? null : parseId(input.councilOrganizationId, 'councilOrganizationId');
      if (councilId !== null && (await repo.organizationName(councilId)) === null) throw new AppError('NOT_FOUND', { resource: 'Organization', id: councilId }, 'councilOrganizationId');
      const id = await repo.insert({
        planId,
        quotaItemId,
        nominatingOrganizationId: nominatorId,
        councilOrganizationId: councilId,
        exemplarId,
        subjectColumn,
        subjectId,
        periodYear: period.year,
        periodQuarter: period.quarter,
        periodMonth: period.month,
        summary,
        attachments,
        searchText: foldVietnamese(`${String(summary.name ?? '')} ${String(summary.unit ?? '')} ${nominatorName}`),
      });
      await repo.addTransition({ nominationId: id, from: null, to: 'DRAFT', reason: 'Lập hồ sơ / drafted', author });
      return await repo.written(id);
    });
  }

  private async requireNominator(tx: Db, rule: QuotaRule, organizationId: string): Promise<void> {
    const p = new SqlParams();
    const where = selectorSql(rule.nominators as OrganizationSelector, p);
    const id = p.add(organizationId, 'bigint');
    // The selected organizations, or what succeeded them (a new commune owes what the merged ones owed).
    const rows = await tx.query(
      `WITH RECURSIVE reach (id) AS (
         SELECT o.id FROM organization o WHERE ${where}
         UNION
         SELECT s.successor_id FROM organization_succession s JOIN reach r ON s.predecessor_id = r.id
       ) SELECT 1 FROM reach WHERE id = ${id}`,
      p.values,
    );
    if (!rows.length) throw new AppError('QUOTA_NOT_FOR_NOMINATOR', { quota: rule.text.slice(0, 120) }, 'nominatingOrganizationId');
  }

  /** Changes the form, attachments or receiving council of a draft or returned nomination. */
  async update(id: string, input: Omit<UpdateNominationArgs, 'id'>): Promise<Nomination> {
    const summary = input.summary === undefined ? undefined : checkSummary(input.summary);
    const attachments = input.attachments === undefined ? undefined : checkAttachments(input.attachments);
    return this.ctx.db.transaction(async (tx) => {
      const repo = new NominationRepository(tx, this.ctx.scope);
      const current = await repo.findForUpdate(id);
      if (!current) throw notFound('Nomination', id);
      if (current.version !== input.version) throw new AppError('CONFLICT');
      if (current.status !== 'DRAFT' && current.status !== 'RETURNED') throw new AppError('NOMINATION_TRANSITION_REFUSED', { from: current.status, to: current.status }, 'status');
      const council = input.councilOrganizationId === undefined ? undefined : input.councilOrganizationId === null ? null : parseId(input.councilOrganizationId, 'councilOrganizationId');
      if (council && (await repo.organizationName(council)) === null) throw new AppError('NOT_FOUND', { resource: 'Organization', id: council }, 'councilOrganizationId');
      if (!(await repo.update(id, input.version, { summary, attachments, council_organization_id: council }))) throw new AppError('CONFLICT');
      return await repo.written(id);
    });
  }

  async delete(id: string): Promise<Nomination> {
    return this.ctx.db.transaction(async (tx) => {
      const repo = new NominationRepository(tx, this.ctx.scope);
      const current = await repo.findForUpdate(id);
      if (!current) throw notFound('Nomination', id);
      if (current.status !== 'DRAFT') throw new AppError('NOMINATION_TRANSITION_REFUSED', { from: current.status, to: 'DELETED' }, 'status');
      await tx.query(`DELETE FROM nomination WHERE id = $1`, [id]);
      return current;
    });
  }

  /**
   * Sends a nomination to the council. Refused, changing nothing, when the form lacks what a council
   * needs, when today (in Viet Nam) is outside the quota's submission windows for the period, or when a
   * maximum or exact quota is already reached for this nominator (or sector) and period.
   */
  async submit(id: string, version: number, author: string | null | undefined): Promise<Nomination> {
    const who = author?.trim() ? requireText(author, 'author', 200) : 'exemplar';
    const today = vietnamDay(this.ctx.now());
    return this.ctx.db.transaction(async (tx) => {
      const repo = new NominationRepository(tx, this.ctx.scope);
      const current = await this.locked(repo, id, version, 'SUBMITTED');
      const summary = current.summary as Record<string, unknown>;
      const missing = SUMMARY_REQUIRED.filter((k) => !summary[k]);
      if (current.subjectKind === 'CA_NHAN' && !summary.role) missing.push('role' as never);
      if (missing.length) {
        const words = (lang: 'vi' | 'en') => missing.map((k) => SUMMARY_LABELS[k][lang]).join(', ');
        throw new AppError('NOMINATION_SUMMARY_INCOMPLETE', { missingVi: words('vi'), missingEn: words('en') }, `summary.${missing[0]}`, { missing });
      }
      if (current.quotaRuleId) {
        const quota = (await repo.findQuota(current.planId, current.quotaRuleId))!;
        const rule = quota.data as unknown as QuotaRule;
        const plan = quota.document as unknown as PlanDocument;
        this.requireWindow(rule, plan, current, today);
        if (rule.count.bound !== 'MIN') {
          const count = await repo.countTowardsQuota({
            quotaItemId: current.quotaRuleId,
            nominatingOrganizationId: current.nominatingOrganizationId,
            perSector: rule.per === 'SECTOR',
            year: rule.every === 'PLAN' ? null : current.periodYear,
            quarter: current.periodQuarter,
            month: current.periodMonth,
            excludeId: id,
            counted: COUNTED_NOMINATION_STATUSES,
          });
          if (count >= rule.count.value) {
            const nominator = (await repo.organizationName(current.nominatingOrganizationId)) ?? current.nominatingOrganizationId;
            throw new AppError('QUOTA_FULL', { nominator, count, value: rule.count.value, period: periodLabel(current) }, 'quotaRuleId', { count, value: rule.count.value });
          }
        }
      }
      if (!(await repo.update(id, version, { status: 'SUBMITTED', submitted_on: today, returned_reason: null }))) throw new AppError('CONFLICT');
      await repo.addTransition({ nominationId: id, from: current.status, to: 'SUBMITTED', reason: 'Gửi hồ sơ / submitted', author: who });
      if (current.exemplarId) {
        const [exemplar] = await tx.query<{ stage: string }>(`SELECT stage FROM exemplar WHERE id = $1`, [current.exemplarId]);
        if (exemplar?.stage === 'CANDIDATE') {
          await advanceExemplarIn(tx, current.exemplarId, null, 'NOMINATED', { reason: 'Được giới thiệu / nominated', author: who, source: `NOMINATION:${id}` });
        }
      }
      return await repo.written(id);
    });
  }

  /** Windows are days in Viet Nam, inclusive; the window must be the one of the nomination's period. */
  private requireWindow(rule: QuotaRule, plan: PlanDocument, n: Nomination, today: string): void {
    const windows = plan.submissionWindows.filter((w) => rule.windowKeys?.includes(w.key));
    if (!windows.length) return;
    const inPeriod = (from: string) => {
      const [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
      return y === n.periodYear && (n.periodQuarter === null || Math.ceil(m / 3) === n.periodQuarter) && (n.periodMonth === null || m === n.periodMonth);
    };
    const instances = windows.flatMap((w) => materialiseWindow(w.rule, plan.period).map((r) => ({ ...r, text: w.text }))).filter((r) => inPeriod(r.from));
    if (instances.some((r) => today >= r.from && today <= r.to)) return;
    const next = instances.map((r) => `${r.from} – ${r.to}`).join('; ') || '—';
    throw new AppError('OUTSIDE_SUBMISSION_WINDOW', { date: today, window: windows.map((w) => w.text).join('; ').slice(0, 300), next }, 'submittedOn', { date: today, windows: instances.map(({ from, to }) => ({ from, to })) });
  }

  /** The subject a nomination is about: its own, or its exemplar's (a named model has none). */
  private async subjectOf(n: Nomination): Promise<{ kind: string; id: string } | null> {
    if (n.subjectKind && n.subjectId) return { kind: n.subjectKind, id: n.subjectId };
    if (!n.exemplarId) return null;
    const [e] = await this.ctx.db.query<{ kind: string | null; id: string | null }>(`SELECT ${subjectSelect('e', 'kind', 'id')} FROM exemplar e WHERE e.id = $1`, [n.exemplarId]);
    return e?.kind && e.id ? { kind: e.kind, id: e.id } : null;
  }

  /** The eligibility of the nomination's subject under a criteria set on a day, with its trace: the snapshot appraisal stores. */
  private async snapshot(n: Nomination, codeInput: string | null | undefined, asOfInput: string | null | undefined): Promise<Record<string, unknown>> {
    const subject = await this.subjectOf(n);
    const periodEnd = n.periodQuarter ? isoDate(n.periodYear, n.periodQuarter * 3, daysInMonth(n.periodYear, n.periodQuarter * 3)) : n.periodMonth ? isoDate(n.periodYear, n.periodMonth, daysInMonth(n.periodYear, n.periodMonth)) : isoDate(n.periodYear, 12, 31);
    const today = vietnamDay(this.ctx.now());
    const asOf = parseDate(asOfInput, 'asOf') ?? (periodEnd < today ? periodEnd : today);
    if (!subject) return { applicable: false, reason: 'NO_SUBJECT', asOf };
    let code = codeInput ?? null;
    if (!code) {
      const [plan] = await this.ctx.db.query<{ document: PlanDocument }>(`SELECT document FROM plan WHERE id = $1`, [n.planId]);
      const ref = plan.document.criteriaSets.find((c) => c.scope === 'GENERAL' || (c.scope === 'SUBJECT_KIND' && (c.subjectKinds ?? []).includes(subject.kind as never)));
      if (!ref) throw new AppError('REQUIRED', { field: 'criteriaSetCode' }, 'criteriaSetCode');
      code = ref.code;
    }
    const [result] = await new EligibilityService(this.ctx).evaluate([{ kind: subject.kind, id: subject.id }], { code }, { asOf });
    return { criteriaSetCode: result.criteriaSetCode, asOf: result.asOf, verdict: result.verdict, applicable: result.applicable, roleGroup: result.roleGroup, subject, result: result.result };
  }

  /** Appraises a received nomination: stores the subject's eligibility on the period's last day (or today), with its trace. */
  async appraise(id: string, version: number, criteriaSetCode: string | null | undefined, asOf: string | null | undefined, author: string | null | undefined): Promise<Nomination> {
    const current = (await new NominationRepository(this.ctx.db, this.ctx.scope).findByIds([id]))[0];
    if (!current) throw notFound('Nomination', id);
    if (!canMoveNomination(current.status as NominationStatus, 'APPRAISED')) throw new AppError('NOMINATION_TRANSITION_REFUSED', { from: current.status, to: 'APPRAISED' }, 'status', { from: current.status, to: 'APPRAISED' });
    const eligibility = await this.snapshot(current, criteriaSetCode, asOf);
    const who = author?.trim() ? requireText(author, 'author', 200) : 'exemplar';
    return this.ctx.db.transaction((tx) => moveNominationIn(tx, id, version, 'APPRAISED', { reason: `Thẩm định / appraised: ${String(eligibility.verdict ?? 'N/A')}`, author: who }, { eligibility }, this.ctx.scope));
  }

  /**
   * A reviewer attests a qualitative criterion for the nomination's subject; the snapshot of an appraised
   * nomination, or of one under council review, is evaluated again with it.
   */
  async recordAttestation(id: string, input: { criterionKey: string; verdict: string; note?: string | null; attestedBy: string }): Promise<Nomination> {
    const key = requireText(input.criterionKey, 'criterionKey', 120);
    if (!['PASS', 'FAIL'].includes(input.verdict)) throw new AppError('INVALID_VALUE', { field: 'verdict', value: input.verdict.slice(0, 20) }, 'verdict');
    const by = requireText(input.attestedBy, 'attestedBy', 200);
    const note = input.note == null ? null : requireText(input.note, 'note', 4000);
    const current = (await new NominationRepository(this.ctx.db, this.ctx.scope).findByIds([id]))[0];
    if (!current) throw notFound('Nomination', id);
    if (!['RECEIVED', 'APPRAISED', 'COUNCIL_REVIEW'].includes(current.status)) throw new AppError('NOMINATION_TRANSITION_REFUSED', { from: current.status, to: current.status }, 'status');
    const subject = await this.subjectOf(current);
    if (!subject) throw new AppError('SUBJECT_REQUIRED_FOR_AWARD', { index: 0 }, 'id');
    const column = SUBJECT_COLUMN[subject.kind];
    await this.ctx.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO attestation (${column}, criterion_key, verdict, attested_by, attested_on, note) VALUES ($1, $2, $3, $4, $5, $6)`, [subject.id, key, input.verdict, by, vietnamDay(this.ctx.now()), note]);
    });
    const previous = current.eligibility as { criteriaSetCode?: string; asOf?: string } | null;
    if ((current.status === 'APPRAISED' || current.status === 'COUNCIL_REVIEW') && previous?.criteriaSetCode) {
      const eligibility = await this.snapshot(current, previous.criteriaSetCode, previous.asOf);
      await this.ctx.db.transaction(async (tx) => {
        const repo = new NominationRepository(tx, this.ctx.scope);
        const locked = await repo.findForUpdate(id);
        if (!locked || locked.status !== current.status) throw new AppError('CONFLICT');
        if (!(await repo.update(id, locked.version, { eligibility }))) throw new AppError('CONFLICT');
        await repo.addTransition({ nominationId: id, from: current.status, to: current.status, reason: `Xác nhận tiêu chí ${key}: ${input.verdict} / attested`, author: by });
      });
    }
    return (await new NominationRepository(this.ctx.db, this.ctx.scope).findByIds([id]))[0];
  }

  /**
   * Forwards a decided nomination to the parent council: a new nomination, submitted today, from this
   * council's organization, for the parent plan when this plan implements one.
   */
  async forward(id: string, version: number, author: string | null | undefined): Promise<Nomination> {
    const who = author?.trim() ? requireText(author, 'author', 200) : 'exemplar';
    const today = vietnamDay(this.ctx.now());
    return this.ctx.db.transaction(async (tx) => {
      const repo = new NominationRepository(tx, this.ctx.scope);
      const current = await this.locked(repo, id, version, 'FORWARDED');
      if (!current.councilOrganizationId) throw new AppError('REQUIRED', { field: 'councilOrganizationId' }, 'councilOrganizationId');
      const [council] = await tx.query<{ parent: string | null }>(
        `SELECT p.organization_id::text AS parent FROM council c LEFT JOIN council p ON p.id = c.parent_council_id WHERE c.organization_id = $1`,
        [current.councilOrganizationId],
      );
      if (!council?.parent) throw new AppError('REQUIRED', { field: 'parentCouncilId' }, 'parentCouncilId');
      await moveNominationIn(tx, id, version, 'FORWARDED', { reason: 'Trình cấp trên / forwarded upward', author: who }, {}, this.ctx.scope);
      const [plan] = await tx.query<{ id: string }>(
        `SELECT COALESCE((SELECT pp.id FROM plan p CROSS JOIN LATERAL jsonb_array_elements(p.document->'parentPlans') l JOIN plan pp ON pp.code = l->>'planCode'
                          WHERE p.id = $1 AND l->>'kind' = 'INTERNAL' LIMIT 1), $1)::text AS id`,
        [current.planId],
      );
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO nomination (plan_id, nominating_organization_id, council_organization_id, exemplar_id, person_id, organization_id, household_id,
           period_year, period_quarter, period_month, status, summary, attachments, submitted_on, eligibility, forwarded_from_id, search_text)
         SELECT $2, n.council_organization_id, $3, n.exemplar_id, n.person_id, n.organization_id, n.household_id, n.period_year, n.period_quarter, n.period_month,
           'SUBMITTED', n.summary, n.attachments, $4, n.eligibility, n.id, n.search_text
         FROM nomination n WHERE n.id = $1 RETURNING id::text AS id`,
        [id, plan.id, council.parent, today],
      );
      await repo.addTransition({ nominationId: row.id, from: null, to: 'SUBMITTED', reason: `Chuyển từ hồ sơ ${id} / forwarded from ${id}`, author: who });
      return (await repo.findByIds([row.id]))[0];
    });
  }

  /** The nominating unit withdraws a nomination not yet appraised, with the reason. */
  async withdraw(id: string, version: number, reason: string, author: string | null | undefined): Promise<Nomination> {
    const why = requireText(reason, 'reason', 2000);
    return this.move(id, version, 'WITHDRAWN', why, author);
  }

  /** The organizations a quota rule asks nominations of (its selector, and what succeeded them), in one statement. */
  async quotaNominators(quotaRuleId: string): Promise<{ id: string }[]> {
    const [item] = await this.ctx.db.query<{ data: QuotaRule }>(`SELECT data FROM plan_item WHERE id = $1 AND list = 'quotaRules'`, [quotaRuleId]);
    if (!item) throw notFound('PlanQuotaRule', quotaRuleId);
    const p = new SqlParams();
    const where = selectorSql(item.data.nominators as OrganizationSelector, p);
    return this.ctx.db.query(
      `WITH RECURSIVE reach (id) AS (
         SELECT o.id FROM organization o WHERE ${where}
         UNION
         SELECT s.successor_id FROM organization_succession s JOIN reach r ON s.predecessor_id = r.id
       ) SELECT id::text AS id FROM reach ORDER BY id LIMIT 2000`,
      p.values,
    );
  }

  /** Receives a submitted nomination (the council's secretariat has it). */
  async receive(id: string, version: number, author: string | null | undefined): Promise<Nomination> {
    return this.move(id, version, 'RECEIVED', 'Tiếp nhận / received', author);
  }

  /** Returns a nomination to its nominator, with the reason (it may be corrected and submitted again). */
  async returnTo(id: string, version: number, reason: string, author: string | null | undefined): Promise<Nomination> {
    const why = requireText(reason, 'reason', 2000);
    return this.move(id, version, 'RETURNED', why, author, { returned_reason: why });
  }

  private async move(id: string, version: number, to: NominationStatus, reason: string, author: string | null | undefined, extra: Record<string, unknown> = {}): Promise<Nomination> {
    const who = author?.trim() ? requireText(author, 'author', 200) : 'exemplar';
    return this.ctx.db.transaction((tx) => moveNominationIn(tx, id, version, to, { reason, author: who }, extra, this.ctx.scope));
  }

  private async locked(repo: NominationRepository, id: string, version: number, to: NominationStatus): Promise<Nomination> {
    const current = await repo.findForUpdate(id);
    if (!current) throw notFound('Nomination', id);
    if (current.version !== version) throw new AppError('CONFLICT');
    if (!canMoveNomination(current.status as NominationStatus, to)) throw new AppError('NOMINATION_TRANSITION_REFUSED', { from: current.status, to }, 'status', { from: current.status, to });
    return current;
  }
}
