import type { Db } from '../../db';
import { scoped, type JurisdictionSql } from '../../graphql/list/scope';
import { ScopedRepository } from '../../graphql/list/scoped-repository';
import { AppError } from '../../graphql/errors';
import { parseId } from '../../graphql/input';
import { conditions } from '../../graphql/list/conditions';
import type { ListSpec } from '../../graphql/list/list-spec';
import type { Exemplar, ExemplarFilter, ExemplarTransition } from './exemplar.type';

/** `subjectKind` and `subjectId` of a row with optional person/organization/household columns. */
export function subjectSelect(alias: string, kindAs = 'subjectKind', idAs = 'subjectId'): string {
  return `CASE WHEN ${alias}.person_id IS NOT NULL THEN 'CA_NHAN' WHEN ${alias}.organization_id IS NOT NULL THEN 'TAP_THE' WHEN ${alias}.household_id IS NOT NULL THEN 'HO_GIA_DINH' END AS "${kindAs}",
  COALESCE(${alias}.person_id, ${alias}.organization_id, ${alias}.household_id)::text AS "${idAs}"`;
}

/**
 * Writes the given columns of a versioned row if its version is still the one read (false when
 * stale); undefined values are left alone; `jsonColumns` are stored as JSON.
 */
export async function updateVersioned(
  db: Db,
  table: 'exemplar' | 'nomination',
  id: string,
  version: number,
  changes: Record<string, unknown>,
  jsonColumns: readonly string[] = [],
): Promise<boolean> {
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
  const sets = entries.map(([column], i) => `${column} = $${i + 3}`);
  const rows = await db.query(
    `UPDATE ${table} SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1 AND version = $2 RETURNING id`,
    [id, version, ...entries.map(([column, v]) => (jsonColumns.includes(column) && v !== null ? JSON.stringify(v) : v))],
  );
  return rows.length === 1;
}

export const EXEMPLAR_COLUMNS = `e.id::text AS "id", ${subjectSelect('e')},
  e.model_name AS "modelName", e.description, e.plan_id::text AS "planId", e.fields, e.discovered_via AS "discoveredVia",
  e.discovered_on::text AS "discoveredOn", e.organization_in_charge_id::text AS "organizationInChargeId", e.unit_id::text AS "unitId",
  e.stage, e.version, e.created_at AS "createdAt", e.updated_at AS "updatedAt"`;

export const SUBJECT_PREFIX: Record<string, string> = { CA_NHAN: 'P', TAP_THE: 'O', HO_GIA_DINH: 'H' };
export const SUBJECT_COLUMN: Record<string, 'person_id' | 'organization_id' | 'household_id'> = { CA_NHAN: 'person_id', TAP_THE: 'organization_id', HO_GIA_DINH: 'household_id' };

export const exemplarListSpec: ListSpec<ExemplarFilter> = {
  resource: 'Exemplar',
  from: 'exemplar e',
  alias: 'e',
  select: EXEMPLAR_COLUMNS,
  sortable: {
    id: { sql: 'e.id', type: 'bigint' },
    stage: { sql: 'e.stage', type: 'text' },
    modelName: { sql: `COALESCE(e.model_name, '')`, type: 'text' },
    discoveredOn: { sql: `COALESCE(e.discovered_on, '-infinity'::date)`, type: 'date' },
    updatedAt: { sql: 'e.updated_at', type: 'timestamptz' },
  },
  defaultSort: { field: 'id', order: 'DESC' },
  maxPerPage: 500,
  where(filter, p) {
    const where: (string | null)[] = [];
    if (filter.q != null) where.push(conditions.search(p, 'e.search_text', filter.q));
    if (filter.ids != null) where.push(conditions.ids(p, 'e.id', filter.ids));
    if (filter.planId != null) where.push(conditions.id(p, 'e.plan_id', filter.planId, 'filter.planId'));
    if (filter.stage != null) where.push(conditions.code(p, 'e.stage', filter.stage, /^[A-Z_]{1,40}$/, 'stage'));
    if (filter.field != null) {
      if (!/^[A-Z0-9_]{1,64}$/.test(filter.field)) throw new AppError('INVALID_VALUE', { field: 'field', value: filter.field.slice(0, 40) }, 'filter.field');
      where.push(`${p.add(filter.field)} = ANY(e.fields)`);
    }
    if (filter.organizationInChargeId != null) where.push(conditions.id(p, 'e.organization_in_charge_id', filter.organizationInChargeId, 'filter.organizationInChargeId'));
    if (filter.unitId != null) where.push(conditions.inSubtree(p, 'e.unit_id', 'administrative_unit_closure', filter.unitId, 'filter.unitId', true));
    if (filter.subjectKind != null) {
      const kind = filter.subjectKind;
      if (!(kind in SUBJECT_PREFIX)) throw new AppError('INVALID_VALUE', { field: 'subjectKind', value: kind.slice(0, 20) }, 'filter.subjectKind');
      where.push(filter.subjectId != null ? `e.subject_key = ${p.add(SUBJECT_PREFIX[kind] + parseId(filter.subjectId, 'filter.subjectId'))}` : `e.${SUBJECT_COLUMN[kind]} IS NOT NULL`);
    } else if (filter.subjectId != null) {
      throw new AppError('REQUIRED', { field: 'subjectKind' }, 'filter.subjectKind');
    }
    return where.filter((c): c is string => c !== null);
  },
  scope: (scope) => scoped(scope, (j) => j.exemplar('e')),
};

export interface ExemplarRow {
  person_id: string | null;
  organization_id: string | null;
  household_id: string | null;
  model_name: string | null;
  description: string | null;
  plan_id: string | null;
  fields: string[];
  discovered_via: string;
  discovered_on: string | null;
  organization_in_charge_id: string | null;
  unit_id: string | null;
  search_text: string;
}

/** The only place SQL about exemplars is written. */
export class ExemplarRepository extends ScopedRepository<Exemplar> {
  protected jurisdiction(j: JurisdictionSql): string {
    return j.exemplar('e');
  }

  findByIds(ids: readonly string[]): Promise<Exemplar[]> {
    return this.db.query(`SELECT ${EXEMPLAR_COLUMNS} FROM exemplar e WHERE e.id = ANY($1::bigint[])${this.scoped()}`, [ids]);
  }


  async findForUpdate(id: string): Promise<Exemplar | null> {
    const [row] = await this.db.query<Exemplar>(`SELECT ${EXEMPLAR_COLUMNS} FROM exemplar e WHERE e.id = $1${this.scoped()} FOR UPDATE`, [id]);
    return row ?? null;
  }

  async insert(row: ExemplarRow): Promise<string> {
    const [{ id }] = await this.db.query<{ id: string }>(
      `INSERT INTO exemplar (person_id, organization_id, household_id, model_name, description, plan_id, fields, discovered_via, discovered_on,
         organization_in_charge_id, unit_id, search_text)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id::text AS id`,
      [row.person_id, row.organization_id, row.household_id, row.model_name, row.description, row.plan_id, row.fields, row.discovered_via, row.discovered_on, row.organization_in_charge_id, row.unit_id, row.search_text],
    );
    return id;
  }

  update(id: string, version: number, changes: Partial<ExemplarRow>): Promise<boolean> {
    return updateVersioned(this.db, 'exemplar', id, version, changes);
  }

  async setStage(id: string, version: number, stage: string): Promise<boolean> {
    const rows = await this.db.query(`UPDATE exemplar SET stage = $3, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`, [id, version, stage]);
    return rows.length === 1;
  }

  async addTransition(t: { exemplarId: string; from: string | null; to: string; reason: string; author: string; source?: string | null }): Promise<void> {
    await this.db.query(`INSERT INTO exemplar_transition (exemplar_id, from_stage, to_stage, reason, author, source) VALUES ($1, $2, $3, $4, $5, $6)`, [
      t.exemplarId,
      t.from,
      t.to,
      t.reason,
      t.author,
      t.source ?? null,
    ]);
  }

  findTransitions(ids: readonly string[]): Promise<(ExemplarTransition & { __key: string })[]> {
    return this.db.query(
      `SELECT id::text AS id, from_stage AS "fromStage", to_stage AS "toStage", reason, author, source, created_at AS "createdAt", exemplar_id::text AS "__key"
       FROM exemplar_transition WHERE exemplar_id = ANY($1::bigint[]) ORDER BY exemplar_id, id`,
      [ids],
    );
  }

  /**
   * Recognised exemplars (recognised, nurtured, reviewed, replicating or honoured) located in a unit's
   * territory in either state of the 2025 reform: the unit's subtree, and the units its units
   * succeeded or were succeeded by (a portal of the new Thái Nguyên shows what Ba Bể's communes built).
   */
  findRecognisedIn(unitId: string, limit: number): Promise<Exemplar[]> {
    return this.db.query(
      `WITH RECURSIVE inside AS (
         SELECT descendant_id AS id FROM administrative_unit_closure WHERE ancestor_id = $1
       ), earlier (id) AS (
         SELECT id FROM inside
         UNION SELECT s.predecessor_id FROM administrative_unit_succession s JOIN earlier e ON s.successor_id = e.id
       ), later (id) AS (
         SELECT id FROM inside
         UNION SELECT s.successor_id FROM administrative_unit_succession s JOIN later l ON s.predecessor_id = l.id
       ), territory AS (
         SELECT c.descendant_id AS id FROM administrative_unit_closure c WHERE c.ancestor_id IN (SELECT id FROM earlier UNION SELECT id FROM later)
       )
       SELECT ${EXEMPLAR_COLUMNS} FROM exemplar e
       WHERE e.stage IN ('RECOGNISED', 'NURTURING', 'REVIEWED', 'REPLICATING', 'HONOURED')
         AND (e.unit_id IN (SELECT id FROM territory)
              OR e.organization_in_charge_id IN (SELECT o.id FROM organization o WHERE o.unit_id IN (SELECT id FROM territory)))
       ORDER BY e.updated_at DESC, e.id DESC
       LIMIT $2`,
      [unitId, limit],
    );
  }

  /** Display names: the model's name, or the subject's name, in one statement for many exemplars. */
  displayNames(ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    return this.db.query(
      `SELECT e.id::text AS id, COALESCE(e.model_name, p.full_name, o.name, h.name) AS name
       FROM exemplar e LEFT JOIN person p ON p.id = e.person_id LEFT JOIN organization o ON o.id = e.organization_id LEFT JOIN household h ON h.id = e.household_id
       WHERE e.id = ANY($1::bigint[])`,
      [ids],
    );
  }

  activities(keys: readonly string[]): Promise<(Record<string, unknown> & { __key: string })[]> {
    // keys are "exemplarId:KIND" or "exemplarId:*"
    const pairs = keys.map((k) => k.split(':'));
    return this.db.query(
      `SELECT a.id::text AS id, a.exemplar_id::text AS "exemplarId", a.kind, a.subtype, a.happened_on::text AS "happenedOn", a.title, a.details,
              a.organization_id::text AS "organizationId", a.channel, a.outlet, a.link, a.adopting_organization_ids::text[] AS "adoptingOrganizationIds",
              a.version, k.key AS "__key"
       FROM unnest($1::bigint[], $2::text[], $3::text[]) AS k(exemplar_id, kind, key)
       JOIN exemplar_activity a ON a.exemplar_id = k.exemplar_id AND (k.kind = '*' OR a.kind = k.kind)
       ORDER BY k.key, a.happened_on DESC, a.id DESC`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1]), keys],
    );
  }

  /** The subject's display name (for search), or null when the subject does not exist. */
  async subjectName(kind: string, id: string): Promise<string | null> {
    const sql = {
      CA_NHAN: `SELECT full_name AS name FROM person WHERE id = $1`,
      TAP_THE: `SELECT name FROM organization WHERE id = $1`,
      HO_GIA_DINH: `SELECT name FROM household WHERE id = $1`,
    }[kind];
    if (!sql) return null;
    const [row] = await this.db.query<{ name: string }>(sql, [id]);
    return row?.name ?? null;
  }

  async knownFields(codes: readonly string[]): Promise<string[]> {
    return (await this.db.query<{ code: string }>(`SELECT code FROM field WHERE code = ANY($1::text[])`, [codes])).map((r) => r.code);
  }

  async exists(table: 'plan' | 'organization' | 'administrative_unit', id: string): Promise<boolean> {
    return (await this.db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length === 1;
  }
}
