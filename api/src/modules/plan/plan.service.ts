import { canonicalPlanJson, canTransition, diffJson, isPlanStatus, milestoneStatus, PLAN_FORMAT_VERSION, resolveDue, safeParsePlanDocument, SEED_PLANS, type PlanDocument, type PlanStatus } from '@exemplar/shared';
import type { Db } from '../../db';
import { indexById, type RequestContext } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { parseDate, parseId, requireText, todayIso } from '../../graphql/input';
import { findConnection, findPage } from '../../graphql/list/list-repository';
import type { CursorArgs, PageArgs } from '../../graphql/list/list-query';
import type { ResourceService } from '../../graphql/resource/resource-resolver';
import { resolveUnitRef } from '../administrative-unit/administrative-unit.service';
import { PlanItemRepository } from './plan-item.repository';
import { planListSpec, PlanRepository } from './plan.repository';
import type { Plan, PlanFilter, PlanImportResult, UpcomingMilestone } from './plan.type';

/** Validates a plan in the exchange format; refuses it with every offending path, in both languages. */
export function validatePlan(json: unknown, focus?: { prefix: string; as: string }): PlanDocument {
  const parsed = safeParsePlanDocument(json);
  if (parsed.ok) return parsed.value;
  // An edit of one part reports that part's problems against the input it came in (`item.count.value`).
  const rename = (path: string) =>
    focus && focus.prefix === ''
      ? `${focus.as}${path ? `.${path}` : ''}`
      : focus && (path === focus.prefix || path.startsWith(`${focus.prefix}.`) || path.startsWith(`${focus.prefix}[`)) ? focus.as + path.slice(focus.prefix.length) : path;
  const issues = parsed.issues.map(({ path, code, vi, en }) => ({ path: rename(path), code, vi, en }));
  throw new AppError('INVALID_PLAN', { detail: issues.map((i) => i.path || '(root)').join(', ') }, focus ? focus.as : 'document', { issues });
}

interface RevisionMeta {
  kind: 'IMPORT' | 'AMENDMENT' | 'STATUS' | 'REFERENCE' | 'EDIT';
  reason: string;
  author: string;
}

const TERMINAL: readonly string[] = ['CLOSED', 'SUPERSEDED', 'VOIDED'];

/** What `updatePlan` may change: the document's overview, never its identity, status, lists or original. */
const OVERVIEW_KEYS: readonly string[] = ['number', 'title', 'titleEn', 'documentType', 'field', 'issuer', 'signer', 'place', 'issueDate', 'effectiveDate', 'period', 'council', 'unknownParts', 'notes'];
const OPTIONAL_OVERVIEW_KEYS: readonly string[] = ['titleEn', 'notes'];

/** A draft with nothing in it yet. */
function emptyDraft(head: Pick<PlanDocument, 'code' | 'title' | 'issuer' | 'period'>): PlanDocument {
  return {
    version: PLAN_FORMAT_VERSION,
    code: head.code,
    number: { value: null, pattern: null },
    title: head.title,
    documentType: 'KE_HOACH',
    field: null,
    issuer: head.issuer,
    signer: { title: null, name: null },
    place: null,
    issueDate: null,
    effectiveDate: null,
    period: head.period,
    status: 'DRAFT',
    parentPlans: [],
    legalBases: [],
    objectives: [],
    requirements: [],
    contentItems: [],
    subjects: [],
    criteriaSets: [],
    quotaRules: [],
    submissionWindows: [],
    milestones: [],
    responsibilities: [],
    kpis: [],
    recipients: [],
    council: null,
    unknownParts: [],
    original: null,
  };
}

/**
 * Stores a validated plan under its code and records a revision when it changed. Unknown organization
 * codes are refused with their path. An issued plan is changed only by an amendment: an import that
 * would change it is refused (reference data updates excepted).
 */
async function issuerIds(repo: PlanRepository, plan: PlanDocument): Promise<Map<string, string>> {
  const ids = await repo.organizationIds(plan.issuer.organization ? [plan.issuer.organization] : []);
  if (plan.issuer.organization && !ids.has(plan.issuer.organization)) {
    throw new AppError('NOT_FOUND', { resource: 'Organization', id: plan.issuer.organization }, 'document.issuer.organization');
  }
  return ids;
}

async function store(tx: Db, plan: PlanDocument, isReference: boolean, meta: RevisionMeta) {
  const repo = new PlanRepository(tx);
  const ids = await issuerIds(repo, plan);
  const before = await repo.findByCode(plan.code);
  if (before && meta.kind === 'IMPORT' && before.status !== 'DRAFT' && before.canonical !== canonicalPlanJson(plan)) {
    throw new AppError('PLAN_AMENDMENT_REQUIRED', { status: before.status }, 'document');
  }
  const result = await repo.upsert(plan, plan.issuer.organization ? ids.get(plan.issuer.organization)! : null, isReference);
  // Always, not only on change: an unchanged plan's parts are left as they are by the sync itself.
  await new PlanItemRepository(tx).sync(result.id, plan);
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

/** Whose plans in force: an organization's, a territorial unit's (by id, or by GSO code read on the date), or everyone's. */
export interface InForceWhere {
  organizationId?: string | null;
  unitId?: string | null;
  unitCode?: string | null;
}

export interface EditMeta {
  reason?: string | null;
  author?: string | null;
}

/** Who may change a stored plan at all: not reference data, not a plan whose life is over. */
export function requireEditable(current: Plan): void {
  if (current.isReference) throw new AppError('PLAN_REFERENCE_READ_ONLY', {}, 'id');
  if (TERMINAL.includes(current.status)) throw new AppError('PLAN_CLOSED_FOR_CHANGES', { status: current.status }, 'id');
}

/**
 * Applies one change to a plan locked by the caller's transaction: the whole document is validated
 * again (a part refers to others), stored with the plan's version bumped, its parts re-synced, and a
 * revision recorded. A draft's changes are EDIT revisions; an issued plan's are amendments, which need
 * a reason and an author. Returns false when nothing changed.
 */
export async function editPlanDocument(
  tx: Db,
  current: Plan,
  change: (document: PlanDocument) => PlanDocument,
  meta: EditMeta,
  focus?: { prefix: string; as: string },
): Promise<boolean> {
  requireEditable(current);
  const draft = current.status === 'DRAFT';
  const reason = meta.reason?.trim() ? requireText(meta.reason, 'reason', 2000) : null;
  const author = meta.author?.trim() ? requireText(meta.author, 'author', 200) : null;
  if (!draft && (!reason || !author)) throw new AppError('AMENDMENT_REASON_REQUIRED', { status: current.status }, reason ? 'author' : 'reason');
  const before = current.document as PlanDocument;
  const plan = validatePlan(change(structuredClone(before)), focus);
  const diff = diffJson(before, JSON.parse(JSON.stringify(plan)));
  if (diff.length === 0) return false;
  const repo = new PlanRepository(tx);
  if (plan.issuer.organization !== before.issuer.organization) await issuerIds(repo, plan);
  if (!(await repo.replaceDocument(current.id, plan, current.version))) throw new AppError('CONFLICT');
  await new PlanItemRepository(tx).sync(current.id, plan);
  await repo.addRevision(current.id, {
    kind: draft ? 'EDIT' : 'AMENDMENT',
    status: plan.status,
    reason: reason ?? 'Soạn thảo / drafting',
    author: author ?? 'exemplar',
    document: plan,
    diff,
  });
  return true;
}

export class PlanService implements ResourceService<Plan, PlanFilter> {
  constructor(private readonly ctx: RequestContext) {}

  findById(id: string): Promise<Plan | null> {
    const repo = new PlanRepository(this.ctx.db, this.ctx.scope);
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
      const [row] = await new PlanRepository(tx, this.ctx.scope).findByIds([id]);
      return { plan: row, outcome };
    });
  }

  async plansInForce(where: InForceWhere, date: string | null | undefined): Promise<Plan[]> {
    const on = parseDate(date, 'date') ?? todayIso();
    const repo = new PlanRepository(this.ctx.db, this.ctx.scope);
    const unitId = await resolveUnitRef(this.ctx.db, where, on);
    return repo.findInForce({ organizationId: where.organizationId == null ? null : parseId(where.organizationId, 'organizationId'), unitId }, on);
  }

  /** Milestones of the plans in force whose due dates meet [from, from + days], soonest first. */
  async upcomingMilestones(where: InForceWhere, fromInput: string | null | undefined, days: number): Promise<UpcomingMilestone[]> {
    if (!Number.isInteger(days) || days < 0 || days > 366) throw new AppError('INVALID_VALUE', { field: 'days', value: String(days) }, 'days');
    const from = parseDate(fromInput, 'from') ?? todayIso();
    const end = new Date(`${from}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + days);
    const to = end.toISOString().slice(0, 10);
    const plans = await this.plansInForce(where, from);
    const done = await new PlanRepository(this.ctx.db, this.ctx.scope).milestoneCompletions(plans.map((p) => p.id));
    const upcoming: UpcomingMilestone[] = [];
    for (const plan of plans) {
      const document = plan.document as PlanDocument;
      for (const milestone of document.milestones) {
        const ranges = resolveDue(milestone.due, document.period);
        const record = done.get(`${plan.id}:${milestone.key}`);
        const status = milestoneStatus(ranges, record?.doneOn ?? null, from);
        for (const range of ranges) {
          if (range.to < from || range.from > to) continue;
          upcoming.push({
            planId: plan.id,
            planCode: plan.code,
            planTitle: plan.title,
            key: milestone.key,
            milestoneId: record?.id ?? '',
            status,
            doneOn: record?.doneOn ?? null,
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
      const repo = new PlanRepository(tx, this.ctx.scope);
      const current = await repo.findForUpdate(id);
      if (!current) throw notFound('Plan', id);
      if (current.isReference) throw new AppError('PLAN_REFERENCE_READ_ONLY', {}, 'id');
      if (current.version !== version) throw new AppError('CONFLICT');
      const from = current.status as PlanStatus;
      if (!canTransition(from, to)) {
        throw new AppError('PLAN_TRANSITION_REFUSED', { from, to }, 'status', { from, to });
      }
      const document = { ...(current.document as PlanDocument), status: to };
      if (to === 'ISSUED') requireIssuable(document);
      const plan = validatePlan(document);
      if (!(await repo.replaceDocument(id, plan, version))) throw new AppError('CONFLICT');
      await new PlanItemRepository(tx).sync(id, plan);
      await repo.addRevision(id, {
        kind: 'STATUS',
        status: to,
        reason: meta.reason ?? `${from} → ${to}`,
        author: meta.author ?? 'exemplar',
        document: plan,
        diff: [{ path: 'status', kind: 'CHANGED', before: from, after: to }],
      });
      return await repo.written(id);
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
      const repo = new PlanRepository(tx, this.ctx.scope);
      const current = await repo.findForUpdate(id);
      if (!current) throw notFound('Plan', id);
      requireEditable(current);
      if (current.version !== version) throw new AppError('CONFLICT');
      if (plan.code !== current.code) throw new AppError('INVALID_VALUE', { field: 'document.code', value: plan.code }, 'document.code');
      if (plan.status !== current.status) throw new AppError('INVALID_VALUE', { field: 'document.status', value: plan.status }, 'document.status');
      await issuerIds(repo, plan);
      const diff = diffJson(current.document, JSON.parse(JSON.stringify(plan)));
      if (diff.length === 0) return current;
      if (!(await repo.replaceDocument(id, plan, version))) throw new AppError('CONFLICT');
      await new PlanItemRepository(tx).sync(id, plan);
      await repo.addRevision(id, { kind: 'AMENDMENT', status: plan.status, reason: why, author: who, document: plan, diff });
      return await repo.written(id);
    });
  }

  /**
   * Changes the overview of a plan (the parts of the document that are not lists: number, title,
   * issuer, signer, dates, period, council, unknown parts, notes) by a merge of `changes` over it.
   * The code and status are not changed here, nor are the lists (each part has its own mutations).
   */
  async updateOverview(id: string, version: number, changes: unknown, meta: EditMeta): Promise<Plan> {
    if (!changes || typeof changes !== 'object' || Array.isArray(changes)) throw new AppError('INVALID_VALUE', { field: 'changes', value: typeof changes }, 'changes');
    const entries = Object.entries(changes as Record<string, unknown>);
    for (const [key] of entries) {
      if (!OVERVIEW_KEYS.includes(key)) throw new AppError('INVALID_VALUE', { field: 'changes', value: key.slice(0, 40) }, `changes.${key.slice(0, 40)}`);
    }
    return this.ctx.db.transaction(async (tx) => {
      const repo = new PlanRepository(tx, this.ctx.scope);
      const current = await repo.findForUpdate(id);
      if (!current) throw notFound('Plan', id);
      requireEditable(current);
      if (current.version !== version) throw new AppError('CONFLICT');
      const overview = (document: PlanDocument) => {
        const next = document as unknown as Record<string, unknown>;
        for (const [key, value] of entries) {
          if (value === undefined) continue;
          if (value === null && OPTIONAL_OVERVIEW_KEYS.includes(key)) delete next[key];
          else next[key] = value;
        }
        return document;
      };
      await editPlanDocument(tx, current, overview, meta, { prefix: '', as: 'changes' });
      return await repo.written(id);
    });
  }

  /** Starts an empty draft: what it is called, who issues it, for which years. */
  async create(input: { code: string; title: string; issuerOrganizationCode: string; periodFrom: number; periodTo: number; author?: string | null }): Promise<Plan> {
    const [issuer] = await this.ctx.db.query<{ name: string }>(`SELECT name FROM organization WHERE code = $1`, [input.issuerOrganizationCode]);
    if (!issuer) throw new AppError('NOT_FOUND', { resource: 'Organization', id: input.issuerOrganizationCode.slice(0, 80) }, 'issuerOrganizationCode');
    const plan = validatePlan(emptyDraft({ code: input.code, title: input.title, issuer: { text: issuer.name, organization: input.issuerOrganizationCode }, period: { from: input.periodFrom, to: input.periodTo } }));
    return this.ctx.db.transaction(async (tx) => {
      const repo = new PlanRepository(tx, this.ctx.scope);
      if (await repo.findByCode(plan.code)) throw new AppError('DUPLICATE_CODE', { value: plan.code }, 'code');
      const author = input.author?.trim() ? requireText(input.author, 'author', 200) : 'exemplar';
      const { id } = await store(tx, plan, false, { kind: 'EDIT', reason: 'Tạo kế hoạch / created', author });
      return await repo.written(id);
    });
  }

  /** Deletes a draft nobody implements; issued plans are voided or superseded instead. */
  async delete(id: string, version: number): Promise<Plan> {
    return this.ctx.db.transaction(async (tx) => {
      const repo = new PlanRepository(tx, this.ctx.scope);
      const current = await repo.findForUpdate(id);
      if (!current) throw notFound('Plan', id);
      if (current.isReference) throw new AppError('PLAN_REFERENCE_READ_ONLY', {}, 'id');
      if (current.status !== 'DRAFT') throw new AppError('PLAN_TRANSITION_REFUSED', { from: current.status, to: 'DELETED' }, 'status', { from: current.status, to: 'DELETED' });
      if (current.version !== version) throw new AppError('CONFLICT');
      if ((await repo.countLinking(current.code)) > 0) throw new AppError('IN_USE', { resource: 'Plan' }, 'id');
      if (!(await repo.delete(id, version))) throw new AppError('CONFLICT');
      return current;
    });
  }

  /**
   * Starts a child plan implementing a parent: a draft issued by another organization that copies the
   * parent's criteria sets, quota rules and submission windows, each item keeping where it came from.
   */
  async derive(parentId: string, input: { code: string; title: string; issuerOrganizationCode: string; author: string }): Promise<PlanImportResult> {
    const author = requireText(input.author, 'author', 200);
    const parent = (await new PlanRepository(this.ctx.db, this.ctx.scope).findByIds([parentId]))[0];
    if (!parent) throw notFound('Plan', parentId);
    const p = parent.document as PlanDocument;
    const [issuer] = await this.ctx.db.query<{ name: string }>(`SELECT name FROM organization WHERE code = $1`, [input.issuerOrganizationCode]);
    if (!issuer) throw new AppError('NOT_FOUND', { resource: 'Organization', id: input.issuerOrganizationCode }, 'issuerOrganizationCode');
    const from = (key: string) => ({ derivedFrom: { planCode: p.code, key } });
    const child: PlanDocument = {
      ...emptyDraft({ code: input.code, title: input.title, issuer: { text: issuer.name, organization: input.issuerOrganizationCode }, period: p.period }),
      number: { value: null, pattern: p.number.pattern },
      documentType: p.documentType,
      field: p.field,
      parentPlans: [{ key: 'parent', relation: 'IMPLEMENTS', kind: 'INTERNAL', planCode: p.code }],
      subjects: p.subjects,
      criteriaSets: p.criteriaSets.map((c) => ({ ...c, ...from(c.key) })),
      quotaRules: p.quotaRules.map((q) => ({ ...q, ...from(q.key) })),
      submissionWindows: p.submissionWindows.map((w) => ({ ...w, ...from(w.key) })),
    };
    const plan = validatePlan(child);
    return this.ctx.db.transaction(async (tx) => {
      const repo = new PlanRepository(tx, this.ctx.scope);
      if (await repo.findByCode(plan.code)) throw new AppError('DUPLICATE_CODE', { value: plan.code }, 'code');
      const { id, outcome } = await store(tx, plan, false, { kind: 'IMPORT', reason: `Xây dựng từ kế hoạch ${p.code} / derived from ${p.code}`, author });
      return { plan: await repo.written(id), outcome };
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
    const repo = new PlanRepository(this.ctx.db, this.ctx.scope);
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
    const stored = await new PlanRepository(this.ctx.db, this.ctx.scope).findByCode(code);
    if (!stored) throw notFound('Plan', code);
    return stored.canonical;
  }
}
