import { foldVietnamese } from '@exemplar/shared';
import { AppError } from '../../graphql/errors';
import type { Db } from '../../db';
import { parseDate } from '../../graphql/input';
import { conditions } from '../../graphql/list/conditions';
import type { ListSpec } from '../../graphql/list/list-spec';
import { scoped, type Scope } from '../../graphql/list/scope';
import { SqlParams } from '../../graphql/list/sql-params';
import type { Organization, OrganizationFilter } from './organization.type';

const ORG_COLUMNS = `o.id::text AS "id", o.code, o.name, o.short_name AS "shortName", o.kind_code AS "kind",
  o.sector_code AS "sector", o.parent_id::text AS "parentId", o.unit_id::text AS "unitId",
  o.valid_from::text AS "validFrom", o.valid_to::text AS "validTo", o.note, o.is_reference AS "isReference",
  o.version, o.created_at AS "createdAt", o.updated_at AS "updatedAt"`;

const VOCABULARY_CODE = /^[A-Z_]{1,32}$/;

/** Restricts organizations to the caller's jurisdiction: organization subtrees or territorial subtrees. */
function scopeCondition(scope: Scope, _p?: SqlParams): string | null {
  return scoped(scope, (j) => j.organization('o'));
}

export const organizationListSpec: ListSpec<OrganizationFilter> = {
  resource: 'Organization',
  from: 'organization o',
  alias: 'o',
  select: ORG_COLUMNS,
  sortable: {
    id: { sql: 'o.id', type: 'bigint' },
    code: { sql: 'o.code', type: 'text' },
    name: { sql: 'o.search_text', type: 'text' },
    kind: { sql: 'o.kind_code', type: 'text' },
    sector: { sql: `COALESCE(o.sector_code, '')`, type: 'text' },
    validFrom: { sql: `COALESCE(o.valid_from, '-infinity'::date)`, type: 'date' },
    validTo: { sql: `COALESCE(o.valid_to, 'infinity'::date)`, type: 'date' },
    updatedAt: { sql: 'o.updated_at', type: 'timestamptz' },
  },
  defaultSort: { field: 'code', order: 'ASC' },
  maxPerPage: 500,
  where(filter, p) {
    const where: (string | null)[] = [];
    if (filter.q != null) where.push(conditions.search(p, 'o.search_text', filter.q));
    if (filter.ids != null) where.push(conditions.ids(p, 'o.id', filter.ids));
    if (filter.code != null) where.push(`o.code = ${p.add(filter.code)}`);
    if (filter.kind != null) where.push(conditions.code(p, 'o.kind_code', filter.kind, VOCABULARY_CODE, 'kind'));
    if (filter.sector != null) where.push(conditions.code(p, 'o.sector_code', filter.sector, VOCABULARY_CODE, 'sector'));
    if (filter.parentId != null) where.push(conditions.id(p, 'o.parent_id', filter.parentId, 'filter.parentId'));
    if (filter.ancestorId != null) {
      where.push(conditions.inSubtree(p, 'o.id', 'organization_closure', filter.ancestorId, 'filter.ancestorId', false));
    }
    if (filter.unitId != null) where.push(conditions.id(p, 'o.unit_id', filter.unitId, 'filter.unitId'));
    if (filter.unitAncestorId != null) {
      where.push(conditions.inSubtree(p, 'o.unit_id', 'administrative_unit_closure', filter.unitAncestorId, 'filter.unitAncestorId', true));
    }
    const validOn = parseDate(filter.validOn, 'filter.validOn');
    if (validOn) where.push(conditions.validOn(p, 'o.validity', validOn));
    return where.filter((c): c is string => c !== null);
  },
  scope: scopeCondition,
};

export interface OrganizationRow {
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
  sector: string | null;
  parentId: string | null;
  unitId: string | null;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
}

const WRITABLE: Record<keyof OrganizationRow, { column: string; cast: string }> = {
  code: { column: 'code', cast: 'text' },
  name: { column: 'name', cast: 'text' },
  shortName: { column: 'short_name', cast: 'text' },
  kind: { column: 'kind_code', cast: 'text' },
  sector: { column: 'sector_code', cast: 'text' },
  parentId: { column: 'parent_id', cast: 'bigint' },
  unitId: { column: 'unit_id', cast: 'bigint' },
  validFrom: { column: 'valid_from', cast: 'date' },
  validTo: { column: 'valid_to', cast: 'date' },
  note: { column: 'note', cast: 'text' },
};

function searchText(row: Pick<OrganizationRow, 'code' | 'name' | 'shortName'>): string {
  return foldVietnamese(`${row.name} ${row.shortName ?? ''} ${row.code}`);
}

/** The only place SQL about organizations is written. */
export class OrganizationRepository {
  constructor(
    private readonly db: Db,
    private readonly scope: Scope,
  ) {}

  findByIds(ids: readonly string[]): Promise<Organization[]> {
    const p = new SqlParams();
    const ids$ = p.add(ids, 'bigint[]');
    const scoped = scopeCondition(this.scope, p);
    return this.db.query(`SELECT ${ORG_COLUMNS} FROM organization o WHERE o.id = ANY(${ids$})${scoped ? ` AND (${scoped})` : ''}`, p.values);
  }

  findChildren(parentIds: readonly string[]): Promise<(Organization & { __key: string })[]> {
    const p = new SqlParams();
    const ids$ = p.add(parentIds, 'bigint[]');
    const scoped = scopeCondition(this.scope, p);
    return this.db.query(
      `SELECT ${ORG_COLUMNS}, o.parent_id::text AS "__key" FROM organization o
       WHERE o.parent_id = ANY(${ids$})${scoped ? ` AND (${scoped})` : ''} ORDER BY o.parent_id, o.code`,
      p.values,
    );
  }

  findAncestors(ids: readonly string[]): Promise<(Organization & { __key: string })[]> {
    const p = new SqlParams();
    const ids$ = p.add(ids, 'bigint[]');
    const scoped = scopeCondition(this.scope, p);
    return this.db.query(
      `SELECT ${ORG_COLUMNS}, c.descendant_id::text AS "__key"
       FROM organization_closure c JOIN organization o ON o.id = c.ancestor_id
       WHERE c.descendant_id = ANY(${ids$}) AND c.depth > 0${scoped ? ` AND (${scoped})` : ''}
       ORDER BY c.descendant_id, c.depth DESC`,
      p.values,
    );
  }

  findSuccessionIds(ids: readonly string[], direction: 'successors' | 'predecessors'): Promise<{ id: string; __key: string }[]> {
    const [key, other] = direction === 'successors' ? ['predecessor_id', 'successor_id'] : ['successor_id', 'predecessor_id'];
    return this.db.query(
      `SELECT s.${other}::text AS "id", s.${key}::text AS "__key" FROM organization_succession s
       WHERE s.${key} = ANY($1::bigint[]) ORDER BY s.${key}, s.${other}`,
      [ids],
    );
  }

  async codeTaken(code: string, exceptId: string | null): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM organization WHERE code = $1 AND id IS DISTINCT FROM $2::bigint`, [code, exceptId]);
    return rows.length > 0;
  }

  /** Would `parentId` sit inside the subtree of `id`? (The database trigger refuses it too.) */
  async isInSubtree(id: string, parentId: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM organization_closure WHERE ancestor_id = $1 AND descendant_id = $2`, [id, parentId]);
    return rows.length > 0;
  }

  async exists(table: 'organization' | 'administrative_unit' | 'organization_kind' | 'sector', key: string): Promise<boolean> {
    const column = table === 'organization_kind' || table === 'sector' ? 'code' : 'id';
    const cast = column === 'id' ? 'bigint' : 'text';
    const rows = await this.db.query(`SELECT 1 FROM ${table} WHERE ${column} = $1::${cast}`, [key]);
    return rows.length > 0;
  }

  async insert(row: OrganizationRow): Promise<string> {
    const p = new SqlParams();
    const fields = Object.keys(WRITABLE) as (keyof OrganizationRow)[];
    const values = fields.map((f) => p.add(row[f], WRITABLE[f].cast));
    const [{ id }] = await this.db.query<{ id: string }>(
      `INSERT INTO organization (${fields.map((f) => WRITABLE[f].column).join(', ')}, search_text)
       VALUES (${values.join(', ')}, ${p.add(searchText(row))}) RETURNING id::text AS id`,
      p.values,
    );
    return id;
  }

  /**
   * Applies a patch only if the row still has the version the caller read (when given): a stale
   * writer changes nothing. Returns whether a row was updated.
   */
  async update(id: string, patch: Partial<OrganizationRow>, expectedVersion: number | null, merged: OrganizationRow): Promise<boolean> {
    const p = new SqlParams();
    const sets = (Object.keys(patch) as (keyof OrganizationRow)[])
      .filter((f) => f in WRITABLE)
      .map((f) => `${WRITABLE[f].column} = ${p.add(patch[f], WRITABLE[f].cast)}`);
    sets.push(`search_text = ${p.add(searchText(merged))}`, 'version = o.version + 1', 'updated_at = now()');
    const rows = await this.db.query(
      `UPDATE organization o SET ${sets.join(', ')}
       WHERE o.id = ${p.add(id, 'bigint')} AND (${p.add(expectedVersion, 'integer')} IS NULL OR o.version = ${p.add(expectedVersion, 'integer')})
       RETURNING o.id`,
      p.values,
    );
    return rows.length === 1;
  }

  /**
   * Refuses a change to an organization the caller may read but not change (one above its
   * jurisdiction): FORBIDDEN. Nothing to check when unrestricted.
   */
  async assertWritable(id: string): Promise<void> {
    const own = scoped(this.scope, (j) => `(${j.org('o.id')} OR ${j.org('o.parent_id')} OR ${j.unit('o.unit_id')})`);
    if (!own) return;
    const rows = await this.db.query(`SELECT 1 FROM organization o WHERE o.id = $1 AND ${own}`, [id]);
    if (rows.length === 0) throw new AppError('FORBIDDEN');
  }

  async countChildren(id: string): Promise<number> {
    const [{ n }] = await this.db.query<{ n: string }>(`SELECT count(*) AS n FROM organization WHERE parent_id = $1`, [id]);
    return Number(n);
  }

  async delete(id: string): Promise<boolean> {
    const rows = await this.db.query(`DELETE FROM organization WHERE id = $1 RETURNING id`, [id]);
    return rows.length === 1;
  }
}
