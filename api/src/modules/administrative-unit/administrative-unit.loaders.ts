import { groupByKey, indexById, type RequestContext } from '../../graphql/context';
import { AdministrativeUnitRepository, unitColumns } from './administrative-unit.repository';
import type { AdministrativeUnit } from './administrative-unit.type';

/** Per-request batched access to units: one SQL statement per relation level, whatever the row count. */
export function unitLoaders(ctx: RequestContext) {
  const repo = new AdministrativeUnitRepository(ctx.db);
  return {
    byId: ctx.loaders.get<string, AdministrativeUnit | null>('unit.byId', async (ids) => indexById(ids, await repo.findByIds(ids))),
    /** Children with only the columns the selection needs; one loader (one statement) per selection. */
    children: (first: number | null, fields: readonly string[]) => {
      const columns = unitColumns(fields);
      return ctx.loaders.get(`unit.children:${first}:${columns}`, async (ids: readonly string[]) =>
        groupByKey(ids, await repo.findChildren(ids, first, columns)),
      );
    },
    ancestors: ctx.loaders.get('unit.ancestors', async (ids: readonly string[]) => groupByKey(ids, await repo.findAncestors(ids))),
    successions: (direction: 'successors' | 'predecessors') =>
      ctx.loaders.get(`unit.${direction}`, async (ids: readonly string[]) => groupByKey(ids, await repo.findSuccessions(ids, direction))),
    successorsOn: (date: string) =>
      ctx.loaders.get(`unit.successorsOn:${date}`, async (ids: readonly string[]) => groupByKey(ids, await repo.findSuccessorsOn(ids, date))),
  };
}
