import { canonicalPlanJson, canTransition, diffJson, isPlanStatus, resolveDue, safeParsePlanDocument, SEED_PLANS, type PlanDocument, type PlanStatus } from '@exemplar/shared';
import type { Db } from '../../db';
import { indexById, type RequestContext } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { parseDate, parseId, requireText, todayIso } from '../../graphql/input';
import { findConnection, findPage } from '../../graphql/list/list-repository';
import type { CursorArgs, PageArgs } from '../../graphql/list/list-query';
import type { ResourceService } from '../../graphql/resource/resource-resolver';
import { planListSpec, PlanRepository } from './plan.repository';
import type { Plan, PlanFilter, PlanImportResult, UpcomingMilestone } from './plan.type';

/** Validates a plan in the exchange format; refuses it with every offending path, in both languages. */
export function validatePlan(json: unknown): PlanDocument {
  const parsed = safeParsePlanDocument(json);
  if (parsed.ok) return parsed.value;
  throw new AppError('INVALID_PLAN', { detail: parsed.issues.map((i) => i.path || '(root)').join(', ') }, 'document', {
    issues: parsed.issues.map(({ path, code, vi, en }) => ({ path, code, vi, en })),
  });
}

interface RevisionMeta {
  kind: 'IMPORT' | 'AMENDMENT' | 'STATUS' | 'REFERENCE';
  reason: string;
  author: string;
}

const TERMINAL: readonly string[] = ['CLOSED', 'SUPERSEDED', 'VOIDED'];

/**
 * Stores a validated plan under its code and records a revision when it changed. Unknown organization
 * codes are refused with their path. An issued plan is changed only by an amendment: an import that
 * would change it is refused (reference data updates excepted).
 */
async function store(tx: Db, plan: PlanDocument, isReference: boolean, meta: RevisionMeta) {
  const repo = new PlanRepository(tx);
  const codes = plan.issuer.organization ? [plan.issuer.organization] : [];
  const ids = await repo.organizationIds(codes);
  if (plan.issuer.organization && !ids.has(plan.issuer.organization)) {
    throw new AppError('NOT_FOUND', { resource: 'Organization', id: plan.issuer.organization }, 'document.issuer.organization');
  }
  const before = await repo.findByCode(plan.code);
  if (before && meta.kind === 'IMPORT' && before.status !== 'DRAFT' && before.canonical !== canonicalPlanJson(plan)) {
    throw new AppError('PLAN_AMENDMENT_REQUIRED', { status: before.status }, 'document');
  }
  const result = await repo.upsert(plan, plan.issuer.organization ? ids.get(plan.issuer.organization)! : null, isReference);
  if (result.outcome !== 'UNCHANGED') {
    await repo.addRevision(result.id, { ...meta, status: plan.status, document: plan, diff: before ? diffJson(before.document, JSON.parse(JSON.stringify(plan))) : [] });
  }
  return result;
}

/** The five seed plans, as reference data (idempotent: an unchanged plan is not rewritten). */
export async function loadReferencePlans(tx: Db, plans: readonly PlanDocument[] = SEED_PLANS): Promise<number> {
  let written = 0;
  for (const plan of plans) {
    const meta: RevisionMeta = { kind: 'REFERENCE', reason: 'Dữ liệu tham chiếu (kế hoạch mẫu) / reference data', author: 'exemplar' };
    if ((await store(tx, plan, true, meta)).outcome !== 'UNCHANGED') written++;
  }
  return written;
}

/** What issuing needs: a document that says who issues it, who signs it, when, and what it does. */
function requireIssuable(plan: PlanDocument): void {
  const missing: string[] = [];
  if (!plan.issuer.organization) missing.push('issuer.organization');
  if (!plan.signer.name) missing.push('signer.name');
  if (!plan.signer.title) missing.push('signer.title');
  if (!plan.issueDate?.month) missing.push('issueDate');
  if (plan.number.value === null && plan.number.pattern === null) missing.push('number');
  if (plan.contentItems.length === 0) missing.push('contentItems');
  if (missing.length) throw new AppError('PLAN_NOT_READY', { missing: missing.join(', ') }, missing[0], { missing });
}

export class PlanService implements ResourceService<Plan, PlanFilter> {
  constructor(private readonly ctx: RequestContext) {}

  findById(id: string): Promise<Plan | null> {
    const repo = new PlanRepository(this.ctx.db);
    return this.ctx.loaders.get<string, Plan | null>('plan.byId', async (ids) => indexById(ids, await repo.findByIds(ids))).load(id);
  }

  findPage(args: PageArgs<PlanFilter>) {
    return findPage<Plan, PlanFilter>(this.ctx.db, planListSpec, args, this.ctx.scope);
  }

  findConnection(args: CursorArgs<PlanFilter>, withTotal: boolean) {
    return findConnection<Plan, PlanFilter>(this.ctx.db, planListSpec, args, this.ctx.scope, withTotal);
  }

  /** Creates or replaces the plan with the document's code; the same file twice changes nothing. */
  async import(document: unknown): Promise<PlanImportResult> {
    const plan = validatePlan(document);
    return this.ctx.db.transaction(async (tx) => {
      const { id, outcome } = await store(tx, plan, false, { kind: 'IMPORT', reason: 'Nhập kế hoạch / import', author: 'import' });
      const [row] = await new PlanRepository(tx).findByIds([id]);
      return { plan: row, outcome };
    });
  }

  plansInForce(organizationId: string | null | undefined, date: string | null | undefined): Promise<Plan[]> {
    const on = parseDate(date, 'date') ?? todayIso();
    return new PlanRepository(this.ctx.db).findInForce(organizationId == null ? null : parseId(organizationId, 'organizationId'), on);
  }

  /** Milestones of the plans in force whose due dates meet [from, from + days], soonest first. */
  async upcomingMilestones(organizationId: string | null | undefined, fromInput: string | null | undefined, days: number): Promise<UpcomingMilestone[]> {
    if (!Number.isInteger(days) || days < 0 || days > 366) throw new AppError('INVALID_VALUE', { field: 'days', value: String(days) }, 'days');
    const from = parseDate(fromInput, 'from') ?? todayIso();
    const end = new Date(`${from}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + days);
    const to = end.toISOString().slice(0, 10);
    const plans = await this.plansInForce(organizationId, from);
    const upcoming: UpcomingMilestone[] = [];
    for (const plan of plans) {
      const document = plan.document as PlanDocument;
      for (const milestone of document.milestones) {
        for (const range of resolveDue(milestone.due, document.period)) {
          if (range.to < from || range.from > to) continue;
          upcoming.push({
            planId: plan.id,
            planCode: plan.code,
            planTitle: plan.title,
            key: milestone.key,
            kind: milestone.kind,
            text: milestone.text,
            dueText: milestone.dueText ?? null,
            actor: milestone.actor.text,
            dueFrom: range.from,
            dueTo: range.to,
          });
        }
      }
    }
    return upcoming.sort((a, b) => (a.dueFrom < b.dueFrom ? -1 : a.dueFrom > b.dueFrom ? 1 : a.planCode.localeCompare(b.planCode)));
  }

  /**
   * Moves a plan along its lifecycle (shared/src/plans/lifecycle.ts), checking the version read:
   * an illegal step, a stale version or a plan not ready to issue is refused and nothing changes.
   */
  async transition(id: string, version: number, to: string, meta: { reason?: string | null; author?: string | null } = {}): Promise<Plan> {
    if (!isPlanStatus(to)) throw new AppError('INVALID_VALUE', { field: 'status', value: to.slice(0, 30) }, 'status');
    return this.ctx.db.transaction(async (tx) => {
      const repo = new PlanRepository(tx);
      const current = await repo.findForUpdate(id);
      if (!current) throw notFound('Plan', id);
      if (current.version !== version) throw new AppError('CONFLICT');
      const from = current.status as PlanStatus;
      if (!canTransition(from, to)) {
        throw new AppError('PLAN_TRANSITION_REFUSED', { from, to }, 'status', { from, to });
      }
      const document = { ...(current.document as PlanDocument), status: to };
      if (to === 'ISSUED') requireIssuable(document);
      const plan = validatePlan(document);
      if (!(await repo.replaceDocument(id, plan, version))) throw new AppError('CONFLICT');
      await repo.addRevision(id, {
        kind: 'STATUS',
        status: to,
        reason: meta.reason ?? `${from} → ${to}`,
        author: meta.author ?? 'exemplar',
        document: plan,
        diff: [{ path: 'status', kind: 'CHANGED', before: from, after: to }],
      });
      return (await repo.findByIds([id]))[0];
    });
  }

  /**
   * Changes an issued (or draft) plan by an amendment: a new revision with who, why and the diff.
   * Closed, superseded and voided plans are not amended; a stale version gets CONFLICT; the code and
   * the status are not changed by an amendment (the lifecycle verbs do that).
   */
  async amend(id: string, version: number, document: unknown, reason: string, author: string): Promise<Plan> {
    const why = requireText(reason, 'reason', 2000);
    const who = requireText(author, 'author', 200);
    const plan = validatePlan(document);
    return this.ctx.db.transaction(async (tx) => {
      const repo = new PlanRepository(tx);
      const current = await repo.findForUpdate(id);
      if (!current) throw notFound('Plan', id);
      if (TERMINAL.includes(current.status)) throw new AppError('PLAN_CLOSED_FOR_CHANGES', { status: current.status }, 'id');
      if (current.version !== version) throw new AppError('CONFLICT');
      if (plan.code !== current.code) throw new AppError('INVALID_VALUE', { field: 'document.code', value: plan.code }, 'document.code');
      if (plan.status !== current.status) throw new AppError('INVALID_VALUE', { field: 'document.status', value: plan.status }, 'document.status');
      const diff = diffJson(current.document, JSON.parse(JSON.stringify(plan)));
      if (diff.length === 0) return current;
      if (!(await repo.replaceDocument(id, plan, version))) throw new AppError('CONFLICT');
      await repo.addRevision(id, { kind: 'AMENDMENT', status: plan.status, reason: why, author: who, document: plan, diff });
      return (await repo.findByIds([id]))[0];
    });
  }

  /**
   * Starts a child plan implementing a parent: a draft issued by another organization that copies the
   * parent's criteria sets, quota rules and submission windows, each item keeping where it came from.
   */
  async derive(parentId: string, input: { code: string; title: string; issuerOrganizationCode: string; author: string }): Promise<PlanImportResult> {
    const author = requireText(input.author, 'author', 200);
    const parent = (await new PlanRepository(this.ctx.db).findByIds([parentId]))[0];
    if (!parent) throw notFound('Plan', parentId);
    const p = parent.document as PlanDocument;
    const [issuer] = await this.ctx.db.query<{ name: string }>(`SELECT name FROM organization WHERE code = $1`, [input.issuerOrganizationCode]);
    if (!issuer) throw new AppError('NOT_FOUND', { resource: 'Organization', id: input.issuerOrganizationCode }, 'issuerOrganizationCode');
    const from = (key: string) => ({ derivedFrom: { planCode: p.code, key } });
    const child: PlanDocument = {
      version: p.version,
      code: input.code,
      number: { value: null, pattern: p.number.pattern },
      title: input.title,
      documentType: p.documentType,
      field: p.field,
      issuer: { text: issuer.name, organization: input.issuerOrganizationCode },
      signer: { title: null, name: null },
      place: null,
      issueDate: null,
      effectiveDate: null,
      period: p.period,
      status: 'DRAFT',
      parentPlans: [{ key: 'parent', relation: 'IMPLEMENTS', kind: 'INTERNAL', planCode: p.code }],
      legalBases: [],
      objectives: [],
      requirements: [],
      contentItems: [],
      subjects: p.subjects,
      criteriaSets: p.criteriaSets.map((c) => ({ ...c, ...from(c.key) })),
      quotaRules: p.quotaRules.map((q) => ({ ...q, ...from(q.key) })),
      submissionWindows: p.submissionWindows.map((w) => ({ ...w, ...from(w.key) })),
      milestones: [],
      responsibilities: [],
      kpis: [],
      recipients: [],
      council: null,
      unknownParts: [],
      original: null,
    };
    const plan = validatePlan(child);
    return this.ctx.db.transaction(async (tx) => {
      const repo = new PlanRepository(tx);
      if (await repo.findByCode(plan.code)) throw new AppError('DUPLICATE_CODE', { value: plan.code }, 'code');
      const { id, outcome } = await store(tx, plan, false, { kind: 'IMPORT', reason: `Xây dựng từ kế hoạch ${p.code} / derived from ${p.code}`, author });
      return { plan: (await repo.findByIds([id]))[0], outcome };
    });
  }

  /**
   * Where a derived plan differs from the items it copied: for each item with `derivedFrom`, the
   * changes against the parent's item of that key (or REMOVED when the parent no longer has it).
   */
  async derivedDifferences(plan: Plan): Promise<{ list: string; key: string; parentPlanCode: string; changes: unknown[] }[]> {
    const document = plan.document as PlanDocument;
    const lists = ['criteriaSets', 'quotaRules', 'submissionWindows'] as const;
    const parentCodes = [...new Set(lists.flatMap((l) => (document[l] as { derivedFrom?: { planCode: string } }[]).flatMap((i) => (i.derivedFrom ? [i.derivedFrom.planCode] : []))))];
    // Batched across every plan of the request: one statement per list level, not one per plan.
    const repo = new PlanRepository(this.ctx.db);
    const byCode = this.ctx.loaders.get<string, PlanDocument | null>('plan.documentByCode', async (codes) => {
      const rows = new Map((await repo.findDocumentsByCodes(codes)).map((r) => [r.code, r.document as PlanDocument]));
      return codes.map((c) => rows.get(c) ?? null);
    });
    const parents = new Map<string, PlanDocument>();
    for (const [i, document] of (await byCode.loadMany(parentCodes)).entries()) {
      if (document && !(document instanceof Error)) parents.set(parentCodes[i], document);
    }
    const out: { list: string; key: string; parentPlanCode: string; changes: unknown[] }[] = [];
    for (const list of lists) {
      for (const item of document[list] as { key: string; derivedFrom?: { planCode: string; key: string } }[]) {
        if (!item.derivedFrom) continue;
        const origin = (parents.get(item.derivedFrom.planCode)?.[list] as { key: string }[] | undefined)?.find((o) => o.key === item.derivedFrom!.key);
        const { derivedFrom, ...own } = item;
        const changes = diffJson(origin ?? undefined, own);
        if (changes.length) out.push({ list, key: item.key, parentPlanCode: derivedFrom.planCode, changes });
      }
    }
    return out;
  }

  /** The plan in the exchange format, canonical: export → import → export gives the same bytes. */
  async export(code: string): Promise<string> {
    const stored = await new PlanRepository(this.ctx.db).findByCode(code);
    if (!stored) throw notFound('Plan', code);
    return stored.canonical;
  }
}
