import type { OrganizationSelector } from '@exemplar/shared';
import type { Db } from '../../db';
import { SqlParams } from '../../graphql/list/sql-params';
import { selectorSql } from '../plan/selector.sql';

/** One quota rule over one period, as the report asks it. */
export interface QuotaPeriodQuery {
  quotaItemId: string;
  selector: OrganizationSelector;
  per: 'UNIT' | 'SECTOR';
  bound: 'MIN' | 'MAX' | 'EXACT';
  value: number;
  start: string;
  end: string;
  year: number | null;
  quarter: number | null;
  month: number | null;
  /** The deadline has passed (the period's last window, or its end). */
  over: boolean;
  /** Index of the query, returned with its rows. */
  index: number;
}

export interface ComplianceRowSql {
  index: number;
  organizationId: string | null;
  organizationName: string | null;
  sector: string | null;
  count: number;
  status: string;
  predecessorIds: string[];
  predecessorNames: string[];
}

/**
 * Quota compliance for every (rule, period) asked, in one statement: for each, the organizations the
 * selector picks that existed during the period, each carried forward to its successor when it ended
 * within the period (a commune merged on 1 July 2025 is reported under the new commune, with its
 * nominations), and the nominations that count, grouped per unit or per sector. The status rule is
 * `complianceStatus` of shared/src/exemplars/compliance.ts, written in SQL.
 */
export class ComplianceRepository {
  constructor(private readonly db: Db) {}

  async compute(queries: readonly QuotaPeriodQuery[], counted: readonly string[]): Promise<ComplianceRowSql[]> {
    if (!queries.length) return [];
    const p = new SqlParams();
    const countedParam = p.add(counted, 'text[]');
    const parts = queries.map((q) => {
      const start = p.add(q.start, 'date');
      const end = p.add(q.end, 'date');
      const value = p.add(q.value, 'integer');
      const bound = p.add(q.bound);
      const over = p.add(q.over, 'boolean');
      const owner = q.per === 'SECTOR' ? `COALESCE(ro.sector_code, '')` : `ro.id::text`;
      return `(WITH RECURSIVE selected AS (
          SELECT o.id FROM organization o WHERE ${selectorSql(q.selector, p)} AND o.validity && daterange(${start}, ${end}, '[]')
        ), chain (origin, id, depth) AS (
          SELECT id, id, 0 FROM selected
          UNION ALL
          SELECT c.origin, s.successor_id, c.depth + 1 FROM chain c
          JOIN organization o ON o.id = c.id JOIN organization_succession s ON s.predecessor_id = c.id
          WHERE o.valid_to IS NOT NULL AND o.valid_to < ${end} AND c.depth < 6
        ), reporter AS (
          SELECT DISTINCT ON (origin) origin, id AS reporter FROM chain ORDER BY origin, depth DESC
        ), owed AS (
          SELECT reporter, origin AS member FROM reporter UNION SELECT reporter, reporter FROM reporter
        ), counted AS (
          SELECT w.reporter, count(n.id)::int AS n FROM owed w
          LEFT JOIN nomination n ON n.nominating_organization_id = w.member AND n.quota_item_id = ${p.add(q.quotaItemId, 'bigint')}
            AND n.status = ANY(${countedParam})
            AND (${p.add(q.year, 'integer')} IS NULL OR n.period_year = ${p.add(q.year, 'integer')})
            AND (${p.add(q.quarter, 'integer')} IS NULL OR n.period_quarter = ${p.add(q.quarter, 'integer')})
            AND (${p.add(q.month, 'integer')} IS NULL OR n.period_month = ${p.add(q.month, 'integer')})
          GROUP BY w.reporter
        ), preds AS (
          SELECT ${owner} AS owner, array_agg(DISTINCT w.member::text) AS ids, array_agg(DISTINCT po.name) AS names
          FROM owed w JOIN organization ro ON ro.id = w.reporter JOIN organization po ON po.id = w.member
          WHERE w.member <> w.reporter GROUP BY 1
        ), grouped AS (
          SELECT ${owner} AS owner, min(ro.id) AS any_id, min(ro.name) AS any_name, min(ro.sector_code) AS sector, sum(c.n)::int AS cnt
          FROM counted c JOIN organization ro ON ro.id = c.reporter
          GROUP BY 1
        )
        SELECT ${q.index} AS "index",
          ${q.per === 'SECTOR' ? 'NULL' : 'g.any_id::text'} AS "organizationId", ${q.per === 'SECTOR' ? 'NULL' : 'g.any_name'} AS "organizationName",
          g.sector, g.cnt AS "count",
          CASE WHEN ${bound} = 'MAX' THEN CASE WHEN g.cnt > ${value} THEN 'EXCEEDED' WHEN g.cnt = 0 THEN 'NOT_STARTED' ELSE 'MET' END
               WHEN g.cnt > ${value} THEN CASE WHEN ${bound} = 'EXACT' THEN 'EXCEEDED' ELSE 'MET' END
               WHEN g.cnt = ${value} THEN 'MET'
               WHEN ${over} THEN 'OVERDUE'
               WHEN g.cnt = 0 THEN 'NOT_STARTED'
               ELSE 'PARTIAL' END AS status,
          COALESCE(pr.ids, '{}') AS "predecessorIds", COALESCE(pr.names, '{}') AS "predecessorNames"
        FROM grouped g LEFT JOIN preds pr ON pr.owner = g.owner)`;
    });
    return this.db.query<ComplianceRowSql>(`${parts.join('\nUNION ALL\n')}\nORDER BY "index", "organizationName", sector`, p.values);
  }
}
