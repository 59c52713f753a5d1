import { foldVietnamese, type CriteriaSet as CriteriaSetDefinition } from '@exemplar/shared';
import type { Db } from '../../db';
import { conditions } from '../../graphql/list/conditions';
import type { ListSpec } from '../../graphql/list/list-spec';
import type { CriteriaSet, CriteriaSetFilter, Criterion, CriterionFilter } from './criteria-set.type';

const SET_COLUMNS = `s.id::text AS "id", s.code, s.title, s.title_en AS "titleEn", s.origin, s.award_type_code AS "awardTypeCode",
  s.definition, s.is_reference AS "isReference", s.version, s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

const CRITERION_COLUMNS = `c.id::text AS "id", c.criteria_set_id::text AS "criteriaSetId", c.position, c.key, c.title,
  c.title_en AS "titleEn", c.source_text AS "sourceText", c.source, c.confidence, c.applies_to AS "appliesTo",
  c.role_group AS "roleGroup", c.field, c.rule`;

export const criteriaSetListSpec: ListSpec<CriteriaSetFilter> = {
  resource: 'CriteriaSet',
  from: 'criteria_set s',
  alias: 's',
  select: SET_COLUMNS,
  sortable: {
    id: { sql: 's.id', type: 'bigint' },
    code: { sql: 's.code', type: 'text' },
    title: { sql: 's.search_text', type: 'text' },
    origin: { sql: 's.origin', type: 'text' },
    updatedAt: { sql: 's.updated_at', type: 'timestamptz' },
  },
  defaultSort: { field: 'code', order: 'ASC' },
  maxPerPage: 200,
  where(filter, p) {
    const where: (string | null)[] = [];
    if (filter.q != null) where.push(conditions.search(p, 's.search_text', filter.q));
    if (filter.ids != null) where.push(conditions.ids(p, 's.id', filter.ids));
    if (filter.code != null) where.push(`s.code = ${p.add(filter.code)}`);
    if (filter.origin != null) where.push(conditions.code(p, 's.origin', filter.origin, /^(LAW|SEED|USER)$/, 'origin'));
    if (filter.awardTypeCode != null) where.push(`s.award_type_code = ${p.add(filter.awardTypeCode)}`);
    return where.filter((c): c is string => c !== null);
  },
  scope: () => null,
};

export const criterionListSpec: ListSpec<CriterionFilter> = {
  resource: 'Criterion',
  from: 'criterion c',
  alias: 'c',
  select: CRITERION_COLUMNS,
  sortable: {
    id: { sql: 'c.id', type: 'bigint' },
    position: { sql: 'c.position', type: 'integer' },
    key: { sql: 'c.key', type: 'text' },
  },
  defaultSort: { field: 'position', order: 'ASC' },
  maxPerPage: 500,
  where(filter, p) {
    const where: string[] = [];
    if (filter.ids != null) where.push(conditions.ids(p, 'c.id', filter.ids));
    if (filter.criteriaSetId != null) where.push(conditions.id(p, 'c.criteria_set_id', filter.criteriaSetId, 'filter.criteriaSetId'));
    if (filter.key != null) where.push(`c.key = ${p.add(filter.key)}`);
    if (filter.roleGroup != null) where.push(`c.role_group = ${p.add(filter.roleGroup)}`);
    return where;
  },
  scope: () => null,
};

export interface StoredSet {
  origin: 'LAW' | 'SEED' | 'USER';
  awardTypeCode: string | null;
  isReference: boolean;
  definition: CriteriaSetDefinition;
}

/** The only place SQL about criteria sets is written. */
export class CriteriaSetRepository {
  constructor(private readonly db: Db) {}

  findByIds(ids: readonly string[]): Promise<CriteriaSet[]> {
    return this.db.query(`SELECT ${SET_COLUMNS} FROM criteria_set s WHERE s.id = ANY($1::bigint[])`, [ids]);
  }

  findByCodes(codes: readonly string[]): Promise<CriteriaSet[]> {
    return this.db.query(`SELECT ${SET_COLUMNS} FROM criteria_set s WHERE s.code = ANY($1::text[])`, [codes]);
  }

  findCriteria(setIds: readonly string[]): Promise<(Criterion & { __key: string })[]> {
    return this.db.query(
      `SELECT ${CRITERION_COLUMNS}, c.criteria_set_id::text AS "__key" FROM criterion c
       WHERE c.criteria_set_id = ANY($1::bigint[]) ORDER BY c.criteria_set_id, c.position`,
      [setIds],
    );
  }

  /** Sets that qualify for an award type (LAW sets), with their award's rank, highest first. */
  findAwardSets(): Promise<(CriteriaSet & { rank: number })[]> {
    return this.db.query(
      `SELECT ${SET_COLUMNS}, t.rank FROM criteria_set s JOIN award_type t ON t.code = s.award_type_code
       ORDER BY t.rank DESC, s.code`,
    );
  }

  async codeTaken(code: string, exceptId: string | null): Promise<boolean> {
    return (await this.db.query(`SELECT 1 FROM criteria_set WHERE code = $1 AND id IS DISTINCT FROM $2::bigint`, [code, exceptId])).length > 0;
  }

  async insert(set: StoredSet): Promise<string> {
    const d = set.definition;
    const [{ id }] = await this.db.query<{ id: string }>(
      `INSERT INTO criteria_set (code, title, title_en, origin, award_type_code, definition, search_text, is_reference)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8) RETURNING id::text AS id`,
      [d.code, d.title.vi, d.title.en ?? null, set.origin, set.awardTypeCode, JSON.stringify(d), foldVietnamese(`${d.code} ${d.title.vi}`), set.isReference],
    );
    await this.insertCriteria(id, d);
    return id;
  }

  /** Replaces the definition (and its criteria) if the version still matches; false when stale. */
  async replace(id: string, definition: CriteriaSetDefinition, expectedVersion: number): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE criteria_set SET code = $2, title = $3, title_en = $4, definition = $5::jsonb, search_text = $6,
         version = version + 1, updated_at = now()
       WHERE id = $1 AND version = $7 RETURNING id`,
      [id, definition.code, definition.title.vi, definition.title.en ?? null, JSON.stringify(definition), foldVietnamese(`${definition.code} ${definition.title.vi}`), expectedVersion],
    );
    if (rows.length === 0) return false;
    await this.db.query(`DELETE FROM criterion WHERE criteria_set_id = $1`, [id]);
    await this.insertCriteria(id, definition);
    return true;
  }

  async delete(id: string): Promise<boolean> {
    return (await this.db.query(`DELETE FROM criteria_set WHERE id = $1 RETURNING id`, [id])).length === 1;
  }

  private async insertCriteria(setId: string, d: CriteriaSetDefinition): Promise<void> {
    const c = d.criteria;
    await this.db.query(
      `INSERT INTO criterion (criteria_set_id, position, key, title, title_en, source_text, source, confidence, applies_to, role_group, field, rule)
       SELECT $1, r.position, r.key, r.title, r.title_en, r.source_text, r.source, r.confidence, string_to_array(r.applies_to, ','), r.role_group, r.field, r.rule
       FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::jsonb[])
         AS r (position, key, title, title_en, source_text, source, confidence, applies_to, role_group, field, rule)`,
      [
        setId,
        c.map((_, i) => i),
        c.map((x) => x.key),
        c.map((x) => x.title.vi),
        c.map((x) => x.title.en ?? null),
        c.map((x) => x.sourceText),
        c.map((x) => x.source ?? null),
        c.map((x) => x.confidence),
        c.map((x) => x.appliesTo.join(',')),
        c.map((x) => x.roleGroup ?? null),
        c.map((x) => x.field ?? null),
        c.map((x) => JSON.stringify(x.rule)),
      ],
    );
  }
}
