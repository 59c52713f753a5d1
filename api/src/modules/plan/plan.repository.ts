import { canonicalPlanJson, foldVietnamese, type PlanDocument } from '@exemplar/shared';
import { AppError } from '../../graphql/errors';
import { scoped, type JurisdictionSql } from '../../graphql/list/scope';
import { ScopedRepository } from '../../graphql/list/scoped-repository';
import { conditions } from '../../graphql/list/conditions';
import type { ListSpec } from '../../graphql/list/list-spec';
import type { Plan, PlanFilter } from './plan.type';

const PLAN_COLUMNS = `p.id::text AS "id", p.code, p.number, p.number_pattern AS "numberPattern", p.title, p.status,
  p.issuer_organization_id::text AS "issuerOrganizationId", p.period_from AS "periodFrom", p.period_to AS "periodTo",
  p.document, p.is_reference AS "isReference", p.version, p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

export const planListSpec: ListSpec<PlanFilter> = {
  resource: 'Plan',
  from: 'plan p',
  alias: 'p',
  select: PLAN_COLUMNS,
  sortable: {
    id: { sql: 'p.id', type: 'bigint' },
    code: { sql: 'p.code', type: 'text' },
    title: { sql: 'p.search_text', type: 'text' },
    status: { sql: 'p.status', type: 'text' },
    periodFrom: { sql: 'p.period_from', type: 'integer' },
    updatedAt: { sql: 'p.updated_at', type: 'timestamptz' },
  },
  defaultSort: { field: 'code', order: 'ASC' },
  maxPerPage: 200,
  where(filter, p) {
    const where: (string | null)[] = [];
    if (filter.q != null) where.push(conditions.search(p, 'p.search_text', filter.q));
    if (filter.ids != null) where.push(conditions.ids(p, 'p.id', filter.ids));
    if (filter.code != null) where.push(`p.code = ${p.add(filter.code)}`);
    if (filter.status != null) where.push(conditions.code(p, 'p.status', filter.status, /^[A-Z_]{1,40}$/, 'status'));
    if (filter.issuerOrganizationId != null) where.push(conditions.id(p, 'p.issuer_organization_id', filter.issuerOrganizationId, 'filter.issuerOrganizationId'));
    if (filter.year != null) where.push(`${p.add(filter.year, 'integer')} BETWEEN p.period_from AND p.period_to`);
    return where.filter((c): c is string => c !== null);
  },
  // Plans issued by the jurisdiction, above it, or nationally.
  scope: (scope) => scoped(scope, (j) => j.plan('p')),
};

function planSearchText(plan: PlanDocument): string {
  return foldVietnamese(`${plan.code} ${plan.number.value ?? ''} ${plan.title}`);
}

export type StoredPlan = Plan & { canonical: string };

export interface PlanRevisionRow {
  id: string;
  planId: string;
  revision: number;
  kind: string;
  status: string;
  reason: string;
  author: string;
  document: unknown;
  diff: unknown;
  createdAt: Date;
}

/** The only place SQL about plans is written. */
export class PlanRepository extends ScopedRepository<Plan> {
  protected jurisdiction(j: JurisdictionSql): string {
    return j.plan('p');
  }

  findByIds(ids: readonly string[]): Promise<Plan[]> {
    return this.db.query(`SELECT ${PLAN_COLUMNS} FROM plan p WHERE p.id = ANY($1::bigint[])${this.scoped()}`, [ids]);
  }


  async findByCode(code: string): Promise<StoredPlan | null> {
    const [row] = await this.db.query<StoredPlan>(`SELECT ${PLAN_COLUMNS}, p.canonical FROM plan p WHERE p.code = $1`, [code]);
    return row ?? null;
  }

  /**
   * Plans in force on `date`: issued and not closed, the date's year inside the period, already
   * effective. For an organization: issued by it, an organization above it, or one they succeeded (a
   * plan of Bắc Kạn's committee still binds what Thái Nguyên took over). For a territorial unit: issued
   * by an organization seated in the unit or a unit above it — in either state of the 2025 reform,
   * through the official mapping both ways (a commune of the new Thái Nguyên is still bound by what
   * Ba Bể district and Bắc Kạn province issued for its former communes) — or by a national body.
   * Without either: every plan in force that day.
   */
  findInForce(on: { organizationId: string | null; unitId: string | null }, date: string): Promise<Plan[]> {
    return this.db.query(
      `WITH RECURSIVE issuers (id) AS (
         SELECT c.ancestor_id FROM organization_closure c WHERE c.descendant_id = $1::bigint
         UNION
         SELECT s.predecessor_id FROM organization_succession s JOIN issuers i ON s.successor_id = i.id
       ), earlier (id) AS (
         SELECT $3::bigint WHERE $3::bigint IS NOT NULL
         UNION
         SELECT s.predecessor_id FROM administrative_unit_succession s JOIN earlier e ON s.successor_id = e.id
       ), later (id) AS (
         SELECT $3::bigint WHERE $3::bigint IS NOT NULL
         UNION
         SELECT s.successor_id FROM administrative_unit_succession s JOIN later l ON s.predecessor_id = l.id
       ), territory (id) AS (
         SELECT c.ancestor_id FROM administrative_unit_closure c
         WHERE c.descendant_id IN (SELECT id FROM earlier UNION SELECT id FROM later)
       )
       SELECT ${PLAN_COLUMNS} FROM plan p
       WHERE p.status IN ('ISSUED', 'IN_EFFECT', 'INTERIM_REVIEWED', 'FINAL_REVIEWED')
         AND extract(year FROM $2::date) BETWEEN p.period_from AND p.period_to
         AND (p.document->>'effectiveDate' IS NULL OR (p.document->>'effectiveDate')::date <= $2::date)
         AND ($1::bigint IS NULL OR p.issuer_organization_id IN (SELECT id FROM issuers))
         AND ($3::bigint IS NULL OR p.issuer_organization_id IN (
               SELECT o.id FROM organization o WHERE o.unit_id IN (SELECT id FROM territory) OR o.unit_id IS NULL))
       ORDER BY p.period_from, p.code`,
      [on.organizationId, date, on.unitId],
    );
  }

  /** Each milestone of these plans: its part id and, when recorded done, the day ("planId:key" → …). */
  async milestoneCompletions(planIds: readonly string[]): Promise<Map<string, { id: string; doneOn: string | null }>> {
    const rows = await this.db.query<{ planId: string; key: string; id: string; doneOn: string | null }>(
      `SELECT i.plan_id::text AS "planId", i.key, i.id::text AS id, mc.done_on::text AS "doneOn"
       FROM plan_item i LEFT JOIN milestone_completion mc ON mc.milestone_item_id = i.id
       WHERE i.plan_id = ANY($1::bigint[]) AND i.list = 'milestones'`,
      [planIds],
    );
    return new Map(rows.map((r) => [`${r.planId}:${r.key}`, { id: r.id, doneOn: r.doneOn }]));
  }

  findDocumentsByCodes(codes: readonly string[]): Promise<{ code: string; document: unknown }[]> {
    return this.db.query(`SELECT code, document FROM plan WHERE code = ANY($1::text[])`, [codes]);
  }

  /** Plans implementing the given plans (by code), in one statement. */
  findChildren(parentCodes: readonly string[]): Promise<(Plan & { __key: string })[]> {
    return this.db.query(
      `SELECT ${PLAN_COLUMNS}, link->>'planCode' AS "__key"
       FROM plan p CROSS JOIN LATERAL jsonb_array_elements(p.document->'parentPlans') AS link
       WHERE link->>'kind' = 'INTERNAL' AND link->>'planCode' = ANY($1::text[])
       ORDER BY "__key", p.code`,
      [parentCodes],
    );
  }

  /**
   * The whole cascade below the given plans (by code), in one statement: every plan implementing them,
   * then those implementing these, with the depth and the code of the plan each one implements.
   */
  findDescendants(rootCodes: readonly string[]): Promise<(Plan & { __key: string; depth: number; parentCode: string })[]> {
    return this.db.query(
      `WITH RECURSIVE links AS (
         SELECT p.id, p.code, link->>'planCode' AS parent_code
         FROM plan p CROSS JOIN LATERAL jsonb_array_elements(p.document->'parentPlans') AS link
         WHERE link->>'kind' = 'INTERNAL'
       ), tree (root, id, code, parent_code, depth, path) AS (
         SELECT l.parent_code, l.id, l.code, l.parent_code, 1, ARRAY[l.id] FROM links l WHERE l.parent_code = ANY($1::text[])
         UNION ALL
         SELECT t.root, l.id, l.code, l.parent_code, t.depth + 1, t.path || l.id
         FROM links l JOIN tree t ON l.parent_code = t.code
         WHERE NOT l.id = ANY(t.path) AND t.depth < 20
       )
       SELECT ${PLAN_COLUMNS}, t.root AS "__key", t.depth, t.parent_code AS "parentCode"
       FROM tree t JOIN plan p ON p.id = t.id
       ORDER BY t.root, t.path`,
      [rootCodes],
    );
  }

  /**
   * The stored plan, locked for a change inside a transaction. A plan the caller may read but not
   * change (issued above its jurisdiction) is refused with FORBIDDEN; one it cannot see is null.
   */
  async findForUpdate(id: string): Promise<Plan | null> {
    const own = scoped(this.scope, (j) => j.org('p.issuer_organization_id')) ?? 'true';
    const [row] = await this.db.query<Plan & { __own: boolean }>(
      `SELECT ${PLAN_COLUMNS}, ${own} AS "__own" FROM plan p WHERE p.id = $1${this.scoped()} FOR UPDATE`,
      [id],
    );
    if (!row) return null;
    if (!row.__own) throw new AppError('FORBIDDEN');
    delete (row as { __own?: boolean }).__own;
    return row;
  }

  /** Replaces the document if the version is still the one read; false when stale. */
  async replaceDocument(id: string, plan: PlanDocument, expectedVersion: number): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE plan SET status = $3, document = $4::jsonb, canonical = $5, title = $6, number = $7, number_pattern = $8,
         issuer_organization_id = (SELECT o.id FROM organization o WHERE o.code = $9), period_from = $10, period_to = $11,
         search_text = $12, version = version + 1, updated_at = now()
       WHERE id = $1 AND version = $2 RETURNING id`,
      [
        id,
        expectedVersion,
        plan.status,
        JSON.stringify(plan),
        canonicalPlanJson(plan),
        plan.title,
        plan.number.value,
        plan.number.pattern,
        plan.issuer.organization,
        plan.period.from,
        plan.period.to,
        planSearchText(plan),
      ],
    );
    return rows.length === 1;
  }

  /** Plans whose document links to one of these codes as a parent (what deleting them would orphan). */
  async countLinking(code: string): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM plan p CROSS JOIN LATERAL jsonb_array_elements(p.document->'parentPlans') AS link
       WHERE link->>'kind' = 'INTERNAL' AND link->>'planCode' = $1`,
      [code],
    );
    return row.n;
  }

  async delete(id: string, expectedVersion: number): Promise<boolean> {
    return (await this.db.query(`DELETE FROM plan WHERE id = $1 AND version = $2 RETURNING id`, [id, expectedVersion])).length === 1;
  }

  /** Records a revision: the next number for the plan, with what changed and why. */
  async addRevision(planId: string, revision: { kind: 'IMPORT' | 'AMENDMENT' | 'STATUS' | 'REFERENCE' | 'EDIT'; status: string; reason: string; author: string; document: PlanDocument; diff: unknown }): Promise<void> {
    await this.db.query(
      `INSERT INTO plan_revision (plan_id, revision, kind, status, reason, author, document, diff)
       SELECT $1, COALESCE(max(revision), 0) + 1, $2, $3, $4, $5, $6::jsonb, $7::jsonb FROM plan_revision WHERE plan_id = $1`,
      [planId, revision.kind, revision.status, revision.reason, revision.author, JSON.stringify(revision.document), JSON.stringify(revision.diff)],
    );
  }

  findRevisions(planIds: readonly string[]): Promise<(PlanRevisionRow & { __key: string })[]> {
    return this.db.query(
      `SELECT r.id::text AS id, r.plan_id::text AS "planId", r.revision, r.kind, r.status, r.reason, r.author, r.document, r.diff,
              r.created_at AS "createdAt", r.plan_id::text AS "__key"
       FROM plan_revision r WHERE r.plan_id = ANY($1::bigint[]) ORDER BY r.plan_id, r.revision`,
      [planIds],
    );
  }

  /** Our organization ids for organization codes (unknown codes are absent). */
  async organizationIds(codes: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.db.query<{ code: string; id: string }>(`SELECT code, id::text AS id FROM organization WHERE code = ANY($1::text[])`, [codes]);
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  /** Inserts or replaces the plan with this code; returns what happened (a canonical text equal to the stored one changes nothing). */
  async upsert(plan: PlanDocument, issuerId: string | null, isReference: boolean): Promise<{ id: string; outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' }> {
    const canonical = canonicalPlanJson(plan);
    const [row] = await this.db.query<{ id: string; inserted: boolean; changed: boolean }>(
      `WITH current AS (SELECT id FROM plan WHERE code = $1),
       w AS (
         INSERT INTO plan (code, number, number_pattern, title, status, issuer_organization_id, period_from, period_to, document, canonical, search_text, is_reference)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12)
         ON CONFLICT (code) DO UPDATE SET number = EXCLUDED.number, number_pattern = EXCLUDED.number_pattern, title = EXCLUDED.title,
           status = EXCLUDED.status, issuer_organization_id = EXCLUDED.issuer_organization_id, period_from = EXCLUDED.period_from,
           period_to = EXCLUDED.period_to, document = EXCLUDED.document, canonical = EXCLUDED.canonical,
           search_text = EXCLUDED.search_text, version = plan.version + 1, updated_at = now()
         WHERE plan.canonical IS DISTINCT FROM EXCLUDED.canonical
         RETURNING id, (xmax = 0) AS inserted)
       SELECT COALESCE(w.id, c.id)::text AS id, COALESCE(w.inserted, false) AS inserted, w.id IS NOT NULL AS changed
       FROM (SELECT 1) one LEFT JOIN w ON true LEFT JOIN current c ON true`,
      [
        plan.code,
        plan.number.value,
        plan.number.pattern,
        plan.title,
        plan.status,
        issuerId,
        plan.period.from,
        plan.period.to,
        JSON.stringify(plan),
        canonical,
        planSearchText(plan),
        isReference,
      ],
    );
    return { id: row.id, outcome: row.inserted ? 'CREATED' : row.changed ? 'UPDATED' : 'UNCHANGED' };
  }
}
