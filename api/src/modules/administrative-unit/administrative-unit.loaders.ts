import { groupByKey, indexById, type RequestContext } from '../../graphql/context';
import { AdministrativeUnitRepository } from './administrative-unit.repository';
import type { AdministrativeUnit } from './administrative-unit.type';

/** Per-request batched access to units: one SQL statement per relation level, whatever the row count. */
export function unitLoaders(ctx: RequestContext) {
  const repo = new AdministrativeUnitRepository(ctx.db);
  return {
    byId: ctx.loaders.get<string, AdministrativeUnit | null>('unit.byId', async (ids) => indexById(ids, await repo.findByIds(ids))),
    children: (first: number | null) =>
      ctx.loaders.get(`unit.children:${first}`, async (ids: readonly string[]) => groupByKey(ids, await repo.findChildren(ids, first))),
    ancestors: ctx.loaders.get('unit.ancestors', async (ids: readonly string[]) => groupByKey(ids, await repo.findAncestors(ids))),
    successions: (direction: 'successors' | 'predecessors') =>
      ctx.loaders.get(`unit.${direction}`, async (ids: readonly string[]) => groupByKey(ids, await repo.findSuccessions(ids, direction))),
    successorsOn: (date: string) =>
      ctx.loaders.get(`unit.successorsOn:${date}`, async (ids: readonly string[]) => groupByKey(ids, await repo.findSuccessorsOn(ids, date))),
  };
}
