/**
 * The measured questions: each one as the GraphQL request the API answers, and as the single
 * hand-written SQL statement (the floor) that builds the very same `data` in PostgreSQL.
 *
 * The floor uses `row_to_json` for objects (compact output, ~15 % fewer bytes and ~18 % less
 * PostgreSQL time on Q2 than `json_build_object`, which writes `"key" : value`) and `json_agg` for
 * lists, ordered as the API orders them (code, then id).
 */
export interface BenchQuery {
  id: string;
  label: string;
  /** The workload of docs/performance.md whose bar applies. */
  workload: string;
  /** Minimum API ÷ floor req/s (performance.md). */
  bar: number;
  graphql: string;
  variables: Record<string, unknown>;
  /** One statement returning one row, one text column: the JSON of `data`. */
  floorSql: string;
  floorParams(variables: Record<string, unknown>): unknown[];
  /**
   * Also measured as a provincial administrator against the same request as the national one (whose
   * jurisdiction is everything): the per-request jurisdiction's cost. Minimum scoped ÷ unscoped req/s.
   */
  jurisdictionBar?: number;
}

const UNIT_BY_CODE = `query($code:String!){ allAdministrativeUnits(filter:{code:$code}) { id code name shortName kind level validFrom validTo } }`;

const WHOLE_TREE_2024 = `{ allAdministrativeUnits(filter:{level:"province", validOn:"2025-06-30"}, perPage: 100) { id code name children { id code name children { id code name } } } }`;

const ORGANIZATIONS_IN_PROVINCE = `query($u: ID!){ allOrganizations(filter:{unitAncestorId:$u}, sortField:"code", perPage: 100) { id code name unitId } }`;

export const QUERIES: BenchQuery[] = [
  {
    id: 'Q1',
    label: 'one unit by code (state today)',
    workload: 'one record by id',
    bar: 0.3,
    graphql: UNIT_BY_CODE,
    variables: { code: '01' },
    floorSql: `
      SELECT json_build_object('allAdministrativeUnits', COALESCE(json_agg(row_to_json(r) ORDER BY r.code, r.id::bigint), '[]'::json))::text
      FROM (
        SELECT u.id::text AS "id", u.code, u.name, u.short_name AS "shortName", u.kind_code AS "kind",
               u.level_code AS "level", u.valid_from::text AS "validFrom", u.valid_to::text AS "validTo"
        FROM administrative_unit u
        WHERE u.code = $1 AND u.validity @> current_date
      ) r`,
    floorParams: (v) => [String(v.code)],
  },
  {
    id: 'Q2',
    label: 'whole 2024 tree (63 → 696 → 10,035)',
    workload: 'nested page / large response',
    bar: 0.4,
    graphql: WHOLE_TREE_2024,
    variables: {},
    floorSql: `
      SELECT json_build_object('allAdministrativeUnits', COALESCE(json_agg(row_to_json(pr) ORDER BY pr.code, pr.id::bigint), '[]'::json))::text
      FROM (
        SELECT p.id::text AS "id", p.code, p.name, (
          SELECT COALESCE(json_agg(row_to_json(dr) ORDER BY dr.code, dr.id::bigint), '[]'::json)
          FROM (
            SELECT d.id::text AS "id", d.code, d.name, (
              SELECT COALESCE(json_agg(row_to_json(cr) ORDER BY cr.code, cr.id::bigint), '[]'::json)
              FROM (SELECT c.id::text AS "id", c.code, c.name FROM administrative_unit c WHERE c.parent_id = d.id) cr
            ) AS "children"
            FROM administrative_unit d WHERE d.parent_id = p.id
          ) dr
        ) AS "children"
        FROM administrative_unit p
        WHERE p.level_code = $1 AND p.validity @> $2::date
        ORDER BY p.code, p.id
        LIMIT 100
      ) pr`,
    floorParams: () => ['province', '2025-06-30'],
  },
  {
    id: 'J1',
    label: "a page of a province's organizations (13,000 commune committees in the country)",
    workload: 'list page with filter',
    bar: 0.3,
    jurisdictionBar: 0.95,
    graphql: ORGANIZATIONS_IN_PROVINCE,
    // The province (the new Tỉnh Thái Nguyên) is filled in once the database is ready.
    variables: { u: null },
    floorSql: `
      SELECT json_build_object('allOrganizations', COALESCE(json_agg(row_to_json(r) ORDER BY r.code, r.id::bigint), '[]'::json))::text
      FROM (
        SELECT o.id::text AS "id", o.code, o.name, o.unit_id::text AS "unitId"
        FROM organization o
        WHERE o.unit_id IN (SELECT c.descendant_id FROM administrative_unit_closure c WHERE c.ancestor_id = $1)
        ORDER BY o.code, o.id
        LIMIT 100
      ) r`,
    floorParams: (v) => [String(v.u)],
  },
];

/** GraphQL text as sent, whitespace-normalised: how the floor server recognises a query. */
export function normaliseQuery(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
