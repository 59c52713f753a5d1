import { foldVietnamese, PLAN_ITEM_LISTS, type PlanDocument, type PlanItemList } from '@exemplar/shared';
import type { Db } from '../../db';
import { fromDatabaseError } from '../../graphql/errors';

/** A part of a plan as stored: the item in the exchange format plus where it sits. */
export interface PlanItemRow {
  id: string;
  planId: string;
  planCode: string;
  planStatus: string;
  periodFrom: number;
  periodTo: number;
  list: PlanItemList;
  key: string;
  position: number;
  /** The part in the exchange format. */
  data: Record<string, unknown> & { key: string };
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const PLAN_ITEM_COLUMNS = `i.id::text AS "id", i.plan_id::text AS "planId", p.code AS "planCode", p.status AS "planStatus",
  p.period_from AS "periodFrom", p.period_to AS "periodTo", i.list, i.key, i.position, i.data AS "data", i.version,
  i.created_at AS "createdAt", i.updated_at AS "updatedAt"`;

export const PLAN_ITEM_FROM = 'plan_item i JOIN plan p ON p.id = i.plan_id';

/** Every string inside an item, folded: what `q` searches. */
function searchText(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) searchText(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'derivedFrom') searchText(v, out);
  return out;
}

/** The only place SQL about the parts of plans is written. */
export class PlanItemRepository {
  constructor(private readonly db: Db) {}

  /**
   * Makes the plan's rows match its document, in one statement: new items are inserted, items whose
   * key is gone are deleted, changed items are rewritten with their version bumped; an unchanged item
   * is not touched (its id and version stay, whatever else changed in the plan).
   */
  async sync(planId: string, plan: PlanDocument): Promise<void> {
    const rows = PLAN_ITEM_LISTS.flatMap((list) =>
      (plan[list] as { key: string }[]).map((item, position) => ({ list, key: item.key, position, data: item, search_text: foldVietnamese(searchText(item).join(' ')) })),
    );
    try {
      await this.syncRows(planId, rows);
    } catch (error) {
      // A part that nominations point at (a quota rule) is not removed from under them.
      throw fromDatabaseError(error, { resource: 'PlanQuotaRule' }) ?? error;
    }
  }

  private async syncRows(planId: string, rows: unknown[]): Promise<void> {
    await this.db.query(
      `WITH incoming AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(list text, key text, position integer, data jsonb, search_text text)
       ), removed AS (
         DELETE FROM plan_item i WHERE i.plan_id = $1
           AND NOT EXISTS (SELECT 1 FROM incoming x WHERE x.list = i.list AND x.key = i.key)
       )
       INSERT INTO plan_item (plan_id, list, key, position, data, search_text)
       SELECT $1, x.list, x.key, x.position, x.data, x.search_text FROM incoming x
       ON CONFLICT (plan_id, list, key) DO UPDATE SET
         position = EXCLUDED.position, data = EXCLUDED.data, search_text = EXCLUDED.search_text,
         version = plan_item.version + CASE WHEN plan_item.data IS DISTINCT FROM EXCLUDED.data THEN 1 ELSE 0 END,
         updated_at = CASE WHEN plan_item.data IS DISTINCT FROM EXCLUDED.data THEN now() ELSE plan_item.updated_at END
       WHERE (plan_item.position, plan_item.data, plan_item.search_text) IS DISTINCT FROM (EXCLUDED.position, EXCLUDED.data, EXCLUDED.search_text)`,
      [planId, JSON.stringify(rows)],
    );
  }

  findByIds(ids: readonly string[]): Promise<PlanItemRow[]> {
    return this.db.query(`SELECT ${PLAN_ITEM_COLUMNS} FROM ${PLAN_ITEM_FROM} WHERE i.id = ANY($1::bigint[])`, [ids]);
  }

  /** The items of one list for many plans, in document order: one statement for a whole list level. */
  findByPlans(list: PlanItemList, planIds: readonly string[]): Promise<(PlanItemRow & { __key: string })[]> {
    return this.db.query(
      `SELECT ${PLAN_ITEM_COLUMNS}, i.plan_id::text AS "__key" FROM ${PLAN_ITEM_FROM}
       WHERE i.list = $1 AND i.plan_id = ANY($2::bigint[]) ORDER BY i.plan_id, i.position`,
      [list, planIds],
    );
  }

  /** The item and its plan, the plan row locked: part edits of one plan are serialised. */
  async findForUpdate(id: string): Promise<PlanItemRow | null> {
    // The plan first, alone (every writer of a plan's parts takes that lock first, so none deadlock);
    // then the item, read by a new statement that sees what the previous lock holder committed.
    await this.db.query(`SELECT 1 FROM plan WHERE id = (SELECT plan_id FROM plan_item WHERE id = $1) FOR UPDATE`, [id]);
    const [row] = await this.db.query<PlanItemRow>(`SELECT ${PLAN_ITEM_COLUMNS} FROM ${PLAN_ITEM_FROM} WHERE i.id = $1`, [id]);
    return row ?? null;
  }

  async findId(planId: string, list: PlanItemList, key: string): Promise<string | null> {
    const [row] = await this.db.query<{ id: string }>(`SELECT id::text AS id FROM plan_item WHERE plan_id = $1 AND list = $2 AND key = $3`, [planId, list, key]);
    return row?.id ?? null;
  }
}
