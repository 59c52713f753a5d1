import { scoped, type JurisdictionSql } from '../../graphql/list/scope';
import { ScopedRepository } from '../../graphql/list/scoped-repository';
import { subjectSelect, updateVersioned } from '../exemplar/exemplar.repository';
import { conditions } from '../../graphql/list/conditions';
import type { ListSpec } from '../../graphql/list/list-spec';
import type { Nomination, NominationFilter, NominationTransition } from './nomination.type';

export const NOMINATION_COLUMNS = `n.id::text AS "id", n.plan_id::text AS "planId", n.quota_item_id::text AS "quotaRuleId",
  n.nominating_organization_id::text AS "nominatingOrganizationId", n.council_organization_id::text AS "councilOrganizationId",
  n.exemplar_id::text AS "exemplarId", ${subjectSelect('n')},
  n.period_year AS "periodYear", n.period_quarter AS "periodQuarter", n.period_month AS "periodMonth", n.status, n.summary, n.attachments,
  n.submitted_on::text AS "submittedOn", n.returned_reason AS "returnedReason", n.eligibility, n.forwarded_from_id::text AS "forwardedFromId",
  n.version, n.created_at AS "createdAt", n.updated_at AS "updatedAt"`;

export const nominationListSpec: ListSpec<NominationFilter> = {
  resource: 'Nomination',
  from: 'nomination n',
  alias: 'n',
  select: NOMINATION_COLUMNS,
  sortable: {
    id: { sql: 'n.id', type: 'bigint' },
    status: { sql: 'n.status', type: 'text' },
    periodYear: { sql: 'n.period_year', type: 'integer' },
    submittedOn: { sql: `COALESCE(n.submitted_on, '-infinity'::date)`, type: 'date' },
    updatedAt: { sql: 'n.updated_at', type: 'timestamptz' },
  },
  defaultSort: { field: 'id', order: 'DESC' },
  maxPerPage: 500,
  where(filter, p) {
    const where: (string | null)[] = [];
    if (filter.q != null) where.push(conditions.search(p, 'n.search_text', filter.q));
    if (filter.ids != null) where.push(conditions.ids(p, 'n.id', filter.ids));
    if (filter.planId != null) where.push(conditions.id(p, 'n.plan_id', filter.planId, 'filter.planId'));
    if (filter.quotaRuleId != null) where.push(conditions.id(p, 'n.quota_item_id', filter.quotaRuleId, 'filter.quotaRuleId'));
    if (filter.nominatingOrganizationId != null) where.push(conditions.id(p, 'n.nominating_organization_id', filter.nominatingOrganizationId, 'filter.nominatingOrganizationId'));
    if (filter.exemplarId != null) where.push(conditions.id(p, 'n.exemplar_id', filter.exemplarId, 'filter.exemplarId'));
    if (filter.councilOrganizationId != null) where.push(conditions.id(p, 'n.council_organization_id', filter.councilOrganizationId, 'filter.councilOrganizationId'));
    if (filter.status != null) where.push(conditions.code(p, 'n.status', filter.status, /^[A-Z_]{1,40}$/, 'status'));
    if (filter.periodYear != null) where.push(`n.period_year = ${p.add(filter.periodYear, 'integer')}`);
    if (filter.periodQuarter != null) where.push(`n.period_quarter = ${p.add(filter.periodQuarter, 'integer')}`);
    return where.filter((c): c is string => c !== null);
  },
  scope: (scope) => scoped(scope, (j) => j.nomination('n')),
};

export interface NewNomination {
  planId: string;
  quotaItemId: string | null;
  nominatingOrganizationId: string;
  councilOrganizationId: string | null;
  exemplarId: string | null;
  subjectColumn: 'person_id' | 'organization_id' | 'household_id' | null;
  subjectId: string | null;
  periodYear: number;
  periodQuarter: number | null;
  periodMonth: number | null;
  summary: Record<string, unknown>;
  attachments: unknown[];
  searchText: string;
}

/** The only place SQL about nominations is written. */
export class NominationRepository extends ScopedRepository<Nomination> {
  protected jurisdiction(j: JurisdictionSql): string {
    return j.nomination('n');
  }

  findByIds(ids: readonly string[]): Promise<Nomination[]> {
    return this.db.query(`SELECT ${NOMINATION_COLUMNS} FROM nomination n WHERE n.id = ANY($1::bigint[])${this.scoped()}`, [ids]);
  }


  async findForUpdate(id: string): Promise<Nomination | null> {
    const [row] = await this.db.query<Nomination>(`SELECT ${NOMINATION_COLUMNS} FROM nomination n WHERE n.id = $1${this.scoped()} FOR UPDATE`, [id]);
    return row ?? null;
  }

  async insert(n: NewNomination): Promise<string> {
    const subject = n.subjectColumn ?? 'person_id';
    const [{ id }] = await this.db.query<{ id: string }>(
      `INSERT INTO nomination (plan_id, quota_item_id, nominating_organization_id, council_organization_id, exemplar_id, ${subject},
         period_year, period_quarter, period_month, summary, attachments, search_text)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12) RETURNING id::text AS id`,
      [
        n.planId,
        n.quotaItemId,
        n.nominatingOrganizationId,
        n.councilOrganizationId,
        n.exemplarId,
        n.subjectColumn ? n.subjectId : null,
        n.periodYear,
        n.periodQuarter,
        n.periodMonth,
        JSON.stringify(n.summary),
        JSON.stringify(n.attachments),
        n.searchText,
      ],
    );
    return id;
  }

  update(id: string, version: number, changes: Record<string, unknown>): Promise<boolean> {
    return updateVersioned(this.db, 'nomination', id, version, changes, ['summary', 'attachments', 'eligibility']);
  }

  async addTransition(t: { nominationId: string; from: string | null; to: string; reason: string; author: string }): Promise<void> {
    await this.db.query(`INSERT INTO nomination_transition (nomination_id, from_status, to_status, reason, author) VALUES ($1, $2, $3, $4, $5)`, [t.nominationId, t.from, t.to, t.reason, t.author]);
  }

  findTransitions(ids: readonly string[]): Promise<(NominationTransition & { __key: string })[]> {
    return this.db.query(
      `SELECT id::text AS id, from_status AS "fromStatus", to_status AS "toStatus", reason, author, created_at AS "createdAt", nomination_id::text AS "__key"
       FROM nomination_transition WHERE nomination_id = ANY($1::bigint[]) ORDER BY nomination_id, id`,
      [ids],
    );
  }

  /** A quota rule of the plan, with the plan's period and its windows (the document's). */
  async findQuota(planId: string, quotaItemId: string): Promise<{ data: Record<string, unknown>; document: Record<string, unknown> } | null> {
    const [row] = await this.db.query<{ data: Record<string, unknown>; document: Record<string, unknown> }>(
      `SELECT i.data, p.document FROM plan_item i JOIN plan p ON p.id = i.plan_id WHERE i.id = $1 AND i.plan_id = $2 AND i.list = 'quotaRules'`,
      [quotaItemId, planId],
    );
    return row ?? null;
  }

  /**
   * Nominations that count towards a quota for the same nominator (or, per sector, the same sector)
   * and period, this one excluded. Serialised per quota and nominator by an advisory lock held to the
   * end of the transaction, so two submissions at once cannot both take the last place.
   */
  async countTowardsQuota(q: { quotaItemId: string; nominatingOrganizationId: string; perSector: boolean; year: number | null; quarter: number | null; month: number | null; excludeId: string; counted: readonly string[] }): Promise<number> {
    const [{ sector }] = await this.db.query<{ sector: string | null }>(`SELECT sector_code AS sector FROM organization WHERE id = $1`, [q.nominatingOrganizationId]);
    const lockKey = `quota:${q.quotaItemId}:${q.perSector ? `S${sector}` : `O${q.nominatingOrganizationId}`}`;
    await this.db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [lockKey]);
    const [{ n }] = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM nomination n JOIN organization o ON o.id = n.nominating_organization_id
       WHERE n.quota_item_id = $1 AND n.id <> $2 AND n.status = ANY($3::text[])
         AND ($4::int IS NULL OR n.period_year = $4) AND ($5::int IS NULL OR n.period_quarter = $5) AND ($6::int IS NULL OR n.period_month = $6)
         AND (CASE WHEN $7 THEN o.sector_code IS NOT DISTINCT FROM $8 ELSE n.nominating_organization_id = $9::bigint END)`,
      [q.quotaItemId, q.excludeId, q.counted, q.year, q.quarter, q.month, q.perSector, sector, q.nominatingOrganizationId],
    );
    return n;
  }

  async organizationName(id: string): Promise<string | null> {
    const [row] = await this.db.query<{ name: string }>(`SELECT name FROM organization WHERE id = $1`, [id]);
    return row?.name ?? null;
  }
}
