import { UNIT_CODE_PATTERN } from '@exemplar/shared';
import type { Db } from '../../db';
import { AppError } from '../../graphql/errors';
import { parseDate, todayIso } from '../../graphql/input';
import { conditions } from '../../graphql/list/conditions';
import type { ListSpec } from '../../graphql/list/list-spec';
import type { AdministrativeUnit, AdministrativeUnitFilter, UnitSuccession } from './administrative-unit.type';

const UNIT_FIELD_SQL: Record<keyof AdministrativeUnit, string> = {
  id: 'u.id::text AS "id"',
  code: 'u.code',
  name: 'u.name',
  shortName: 'u.short_name AS "shortName"',
  kind: 'u.kind_code AS "kind"',
  level: 'u.level_code AS "level"',
  parentId: 'u.parent_id::text AS "parentId"',
  validFrom: 'u.valid_from::text AS "validFrom"',
  validTo: 'u.valid_to::text AS "validTo"',
  dataset: 'u.dataset',
};

const UNIT_COLUMNS = Object.values(UNIT_FIELD_SQL).join(', ');

/** Relation fields that read another column of their row. */
const RELATION_NEEDS: Record<string, keyof AdministrativeUnit> = { parent: 'parentId' };

/**
 * The select list for the GraphQL fields asked for: large nested reads (a whole level of the tree)
 * then build rows of three columns, not ten. `id` is always read (relations and DataLoader need it).
 */
export function unitColumns(fields: readonly string[]): string {
  const wanted = new Set<keyof AdministrativeUnit>(['id']);
  for (const field of fields) {
    if (field in UNIT_FIELD_SQL) wanted.add(field as keyof AdministrativeUnit);
    else if (field in RELATION_NEEDS) wanted.add(RELATION_NEEDS[field]);
  }
  return [...wanted].map((f) => UNIT_FIELD_SQL[f]).join(', ');
}

const VOCABULARY_CODE = /^[a-z_]{1,32}$/;

export const MAX_UNITS_PER_PAGE = 1_000;

export const unitListSpec: ListSpec<AdministrativeUnitFilter> = {
  resource: 'AdministrativeUnit',
  from: 'administrative_unit u',
  alias: 'u',
  select: UNIT_COLUMNS,
  sortable: {
    id: { sql: 'u.id', type: 'bigint' },
    code: { sql: 'u.code', type: 'text' },
    name: { sql: 'u.search_text', type: 'text' },
    shortName: { sql: 'u.search_text', type: 'text' },
    level: { sql: 'u.level_code', type: 'text' },
    kind: { sql: 'u.kind_code', type: 'text' },
    validFrom: { sql: `COALESCE(u.valid_from, '-infinity'::date)`, type: 'date' },
    validTo: { sql: `COALESCE(u.valid_to, 'infinity'::date)`, type: 'date' },
  },
  defaultSort: { field: 'code', order: 'ASC' },
  maxPerPage: MAX_UNITS_PER_PAGE,
  where(filter, p) {
    const where: (string | null)[] = [];
    if (filter.q != null) where.push(conditions.search(p, 'u.search_text', filter.q));
    if (filter.ids != null) where.push(conditions.ids(p, 'u.id', filter.ids));
    if (filter.code != null) {
      if (!UNIT_CODE_PATTERN.test(filter.code)) {
        throw new AppError('INVALID_CODE', { value: filter.code.slice(0, 20), expected: '2, 3 or 5 digits' }, 'filter.code');
      }
      where.push(`u.code = ${p.add(filter.code)}`);
    }
    if (filter.level != null) where.push(conditions.code(p, 'u.level_code', filter.level, VOCABULARY_CODE, 'level'));
    if (filter.kind != null) where.push(conditions.code(p, 'u.kind_code', filter.kind, VOCABULARY_CODE, 'kind'));
    if (filter.parentId != null) where.push(conditions.id(p, 'u.parent_id', filter.parentId, 'filter.parentId'));
    if (filter.ancestorId != null) {
      where.push(conditions.inSubtree(p, 'u.id', 'administrative_unit_closure', filter.ancestorId, 'filter.ancestorId', false));
    }
    // Units share their parent's state, so a list narrowed to a subtree needs no date.
    const narrowed = filter.ids != null || filter.parentId != null || filter.ancestorId != null;
    const validOn = parseDate(filter.validOn, 'filter.validOn') ?? (filter.allTime || narrowed ? null : todayIso());
    if (validOn) where.push(conditions.validOn(p, 'u.validity', validOn));
    return where.filter((c): c is string => c !== null);
  },
  // Administrative units are public reference data: every caller reads all of them.
  scope: () => null,
};

export interface SuccessionRow extends UnitSuccession {
  __key: string;
}

/** The only place SQL about administrative units is written. */
export class AdministrativeUnitRepository {
  constructor(private readonly db: Db) {}

  findByIds(ids: readonly string[]): Promise<AdministrativeUnit[]> {
    return this.db.query(`SELECT ${UNIT_COLUMNS} FROM administrative_unit u WHERE u.id = ANY($1::bigint[])`, [ids]);
  }

  /**
   * Children of many parents in one statement; `first` keeps the first n per parent (window function).
   * `columns` comes from `unitColumns` (default: every field).
   */
  findChildren(parentIds: readonly string[], first: number | null, columns = UNIT_COLUMNS): Promise<(AdministrativeUnit & { __key: string })[]> {
    if (first == null) {
      return this.db.query(
        `SELECT ${columns}, u.parent_id::text AS "__key" FROM administrative_unit u
         WHERE u.parent_id = ANY($1::bigint[]) ORDER BY u.parent_id, u.code, u.id`,
        [parentIds],
      );
    }
    return this.db.query(
      `SELECT * FROM (
         SELECT ${columns}, u.code AS "__code", u.parent_id::text AS "__key",
                row_number() OVER (PARTITION BY u.parent_id ORDER BY u.code, u.id) AS "__n"
         FROM administrative_unit u WHERE u.parent_id = ANY($1::bigint[])
       ) ranked WHERE "__n" <= $2 ORDER BY "__key", "__code", id`,
      [parentIds, first],
    );
  }

  /** Ancestors from the root down, through the closure table. */
  findAncestors(ids: readonly string[]): Promise<(AdministrativeUnit & { __key: string })[]> {
    return this.db.query(
      `SELECT ${UNIT_COLUMNS}, c.descendant_id::text AS "__key"
       FROM administrative_unit_closure c JOIN administrative_unit u ON u.id = c.ancestor_id
       WHERE c.descendant_id = ANY($1::bigint[]) AND c.depth > 0
       ORDER BY c.descendant_id, c.depth DESC`,
      [ids],
    );
  }

  findSuccessions(ids: readonly string[], direction: 'successors' | 'predecessors'): Promise<SuccessionRow[]> {
    const key = direction === 'successors' ? 'predecessor_id' : 'successor_id';
    return this.db.query(
      `SELECT s.predecessor_id::text AS "predecessorId", s.successor_id::text AS "successorId", s.share,
              s.effective_date::text AS "effectiveDate", s.note, s.${key}::text AS "__key"
       FROM administrative_unit_succession s
       WHERE s.${key} = ANY($1::bigint[])
       ORDER BY s.${key}, s.predecessor_id, s.successor_id`,
      [ids],
    );
  }

  /**
   * The unit(s) carrying each unit's territory on `date`: the unit itself if valid then; for a later
   * date, following the official mapping forward from units that had ended by then (a unit with no
   * mapping of its own, such as a district abolished in 2025, through its children's territory); for
   * an earlier date, following it back to the units that held the territory then.
   */
  findSuccessorsOn(ids: readonly string[], date: string): Promise<(AdministrativeUnit & { __key: string })[]> {
    return this.db.query(
      `WITH RECURSIVE walk (origin, unit_id) AS (
         SELECT k.id, k.id FROM unnest($1::bigint[]) AS k (id)
         UNION
         SELECT w.origin, step.next_id
         FROM walk w
         JOIN administrative_unit cur ON cur.id = w.unit_id AND (cur.valid_to < $2::date OR cur.valid_from > $2::date)
         CROSS JOIN LATERAL (
           SELECT s.successor_id AS next_id FROM administrative_unit_succession s
           WHERE cur.valid_to < $2::date AND s.predecessor_id = cur.id
           UNION ALL
           SELECT child.id FROM administrative_unit child
           WHERE cur.valid_to < $2::date AND child.parent_id = cur.id
             AND NOT EXISTS (SELECT 1 FROM administrative_unit_succession s WHERE s.predecessor_id = cur.id)
           UNION ALL
           SELECT s.predecessor_id FROM administrative_unit_succession s
           WHERE cur.valid_from > $2::date AND s.successor_id = cur.id
         ) step
       )
       SELECT DISTINCT ${UNIT_COLUMNS}, w.origin::text AS "__key"
       FROM walk w JOIN administrative_unit u ON u.id = w.unit_id
       WHERE u.validity @> $2::date
       ORDER BY "__key", code`,
      [ids, date],
    );
  }
}
