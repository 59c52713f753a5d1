import type { PlanDocument } from '@exemplar/shared';
import { scoped } from '../../graphql/list/scope';
import { groupByKey, indexById, type RequestContext } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { findConnection, findPage, type Connection, type Page } from '../../graphql/list/list-repository';
import type { CursorArgs, PageArgs } from '../../graphql/list/list-query';
import type { ListSpec } from '../../graphql/list/list-spec';
import type { ResourceService } from '../../graphql/resource/resource-resolver';
import { conditions } from '../../graphql/list/conditions';
import { PLAN_ITEM_COLUMNS, PLAN_ITEM_FROM, PlanItemRepository, type PlanItemRow } from './plan-item.repository';
import type { PartSpec } from './plan-item.specs';
import { PlanRepository } from './plan.repository';
import { editPlanDocument, requireEditable, type EditMeta } from './plan.service';

export type PartFilterInput = Record<string, unknown> & { q?: string | null; ids?: string[] | null; planId?: string | null; planCode?: string | null; key?: string | null };

/** A part as GraphQL serves it: the stored row plus the typed fields read from the item. */
export type PartNode = PlanItemRow & Record<string, unknown>;

export function toNode(spec: PartSpec, row: PlanItemRow): PartNode {
  const node: PartNode = { ...row };
  const period = { from: row.periodFrom, to: row.periodTo };
  for (const [name, field] of Object.entries(spec.fields)) node[name] = field.get(row.data, period);
  return node;
}

const KEY = /^[A-Za-z0-9_.-]{1,80}$/;

export function partListSpec(spec: PartSpec): ListSpec<PartFilterInput> {
  return {
    resource: spec.type,
    from: PLAN_ITEM_FROM,
    alias: 'i',
    select: PLAN_ITEM_COLUMNS,
    sortable: {
      id: { sql: 'i.id', type: 'bigint' },
      position: { sql: 'i.position', type: 'integer' },
      key: { sql: 'i.key', type: 'text' },
      planId: { sql: 'i.plan_id', type: 'bigint' },
      updatedAt: { sql: 'i.updated_at', type: 'timestamptz' },
    },
    defaultSort: { field: 'position', order: 'ASC' },
    maxPerPage: 500,
    where(filter, p) {
      const where: (string | null)[] = [`i.list = ${p.add(spec.list)}`];
      if (filter.q != null) where.push(conditions.search(p, 'i.search_text', filter.q));
      if (filter.ids != null) where.push(conditions.ids(p, 'i.id', filter.ids));
      if (filter.planId != null) where.push(conditions.id(p, 'i.plan_id', filter.planId, 'filter.planId'));
      if (filter.planCode != null) where.push(`p.code = ${p.add(filter.planCode)}`);
      if (filter.key != null) where.push(conditions.code(p, 'i.key', filter.key, KEY, 'key'));
      for (const [name, f] of Object.entries(spec.filters)) {
        const value = filter[name];
        if (value == null) continue;
        const code = String(value);
        if (!f.pattern.test(code)) throw new AppError('INVALID_VALUE', { field: name, value: code.slice(0, 40) }, `filter.${name}`);
        where.push(f.match === 'exact' ? `${f.sql} = ${p.add(code)}` : `${f.sql} ? ${p.add(code)}`);
      }
      return where.filter((c): c is string => c !== null);
    },
    // Parts follow their plan.
    scope: (scope) => scoped(scope, (j) => j.plan('p')),
  };
}

function asItem(value: unknown, field = 'data'): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new AppError('INVALID_VALUE', { field, value: Array.isArray(value) ? 'array' : typeof value }, field);
  return { ...(value as Record<string, unknown>) };
}

function checkPosition(position: number | null | undefined, length: number): number | null {
  if (position == null) return null;
  if (!Number.isInteger(position) || position < 0 || position > length) throw new AppError('INVALID_VALUE', { field: 'position', value: String(position) }, 'position');
  return position;
}

/**
 * The parts of plans, one list at a time: read from `plan_item`, written by changing the plan's
 * document (validated whole, revision recorded) under the plan's row lock, so two editors of one
 * plan are serialised and a stale part version is refused.
 */
export class PlanItemService implements ResourceService<PartNode, PartFilterInput> {
  private readonly listSpec: ListSpec<PartFilterInput>;

  constructor(
    private readonly ctx: RequestContext,
    private readonly spec: PartSpec,
  ) {
    this.listSpec = partListSpec(spec);
  }

  async findById(id: string): Promise<PartNode | null> {
    const repo = new PlanItemRepository(this.ctx.db);
    const row = await this.ctx.loaders.get<string, PlanItemRow | null>('planItem.byId', async (ids) => indexById(ids, await repo.findByIds(ids))).load(id);
    return row && row.list === this.spec.list ? toNode(this.spec, row) : null;
  }

  async findPage(args: PageArgs<PartFilterInput>): Promise<Page<PartNode>> {
    const page = await findPage<PlanItemRow, PartFilterInput>(this.ctx.db, this.listSpec, args, this.ctx.scope);
    return { items: page.items.map((r) => toNode(this.spec, r)), total: page.total };
  }

  async findConnection(args: CursorArgs<PartFilterInput>, withTotal: boolean): Promise<Connection<PartNode>> {
    const c = await findConnection<PlanItemRow, PartFilterInput>(this.ctx.db, this.listSpec, args, this.ctx.scope, withTotal);
    const nodes = c.nodes.map((r) => toNode(this.spec, r));
    return { ...c, nodes, edges: c.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
  }

  /** The parts of this list of a plan, batched over every plan of the request (one statement a level). */
  async ofPlan(planId: string): Promise<PartNode[]> {
    const repo = new PlanItemRepository(this.ctx.db);
    const rows = await this.ctx.loaders
      .get<string, PlanItemRow[]>(`planItem.ofPlan:${this.spec.list}`, async (ids) => groupByKey(ids, await repo.findByPlans(this.spec.list, ids)))
      .load(planId);
    return rows.map((r) => toNode(this.spec, r));
  }

  /** Adds a part at `position` (default: last); a missing key is made from the list's name. */
  async create(planId: string, input: unknown, position: number | null | undefined, meta: EditMeta): Promise<PartNode> {
    const item = asItem(input);
    return this.ctx.db.transaction(async (tx) => {
      const plans = new PlanRepository(tx, this.ctx.scope);
      const current = await plans.findForUpdate(planId);
      if (!current) throw notFound('Plan', planId);
      const list = (current.document as PlanDocument)[this.spec.list] as { key: string }[];
      const at = checkPosition(position, list.length) ?? list.length;
      if (item.key == null || item.key === '') {
        const taken = new Set(list.map((i) => i.key));
        let n = list.length + 1;
        while (taken.has(`${this.spec.list}-${n}`)) n++;
        item.key = `${this.spec.list}-${n}`;
      }
      await editPlanDocument(
        tx,
        current,
        (document) => {
          (document[this.spec.list] as unknown[]).splice(at, 0, item);
          return document;
        },
        meta,
        { prefix: `${this.spec.list}[${at}]`, as: 'data' },
      );
      const id = await new PlanItemRepository(tx).findId(planId, this.spec.list, String(item.key));
      return toNode(this.spec, (await new PlanItemRepository(tx).findByIds([id!]))[0]);
    });
  }

  /** Replaces a part (same key), optionally moving it; a stale version gets CONFLICT. */
  async update(id: string, version: number, input: unknown, position: number | null | undefined, meta: EditMeta): Promise<PartNode> {
    const item = input === undefined || input === null ? null : asItem(input);
    return this.ctx.db.transaction(async (tx) => {
      const items = new PlanItemRepository(tx);
      const row = await this.lockedRow(items, id, version);
      const current = (await new PlanRepository(tx, this.ctx.scope).findForUpdate(row.planId))!;
      requireEditable(current);
      if (item && item.key !== undefined && item.key !== row.key) throw new AppError('PLAN_ITEM_KEY_CHANGED', { key: row.key }, 'data.key');
      const next = item ? { ...item, key: row.key } : row.data;
      const length = ((current.document as PlanDocument)[this.spec.list] as unknown[]).length;
      const to = checkPosition(position, length - 1) ?? row.position;
      await editPlanDocument(
        tx,
        current,
        (document) => {
          const list = document[this.spec.list] as { key: string }[];
          const from = list.findIndex((i) => i.key === row.key);
          list.splice(from, 1);
          list.splice(to, 0, next as { key: string });
          return document;
        },
        meta,
        { prefix: `${this.spec.list}[${to}]`, as: 'data' },
      );
      return toNode(this.spec, (await items.findByIds([id]))[0]);
    });
  }

  /** Removes a part; refused when another part still refers to it (a quota's window, say). */
  async delete(id: string, version: number, meta: EditMeta): Promise<PartNode> {
    return this.ctx.db.transaction(async (tx) => {
      const items = new PlanItemRepository(tx);
      const row = await this.lockedRow(items, id, version);
      const current = (await new PlanRepository(tx, this.ctx.scope).findForUpdate(row.planId))!;
      await editPlanDocument(
        tx,
        current,
        (document) => {
          (document[this.spec.list] as { key: string }[]).splice(row.position, 1);
          return document;
        },
        meta,
      );
      return toNode(this.spec, row);
    });
  }

  private async lockedRow(items: PlanItemRepository, id: string, version: number): Promise<PlanItemRow> {
    const row = await items.findForUpdate(id);
    if (!row || row.list !== this.spec.list) throw notFound(this.spec.type, id);
    if (row.version !== version) throw new AppError('CONFLICT');
    return row;
  }
}
