import { groupByKey, indexById, type RequestContext } from '../../graphql/context';
import { OrganizationRepository } from './organization.repository';
import type { Organization } from './organization.type';

/** Per-request batched access to organizations, scoped like every other read. */
export function organizationLoaders(ctx: RequestContext) {
  const repo = new OrganizationRepository(ctx.db, ctx.scope);
  return {
    byId: ctx.loaders.get<string, Organization | null>('org.byId', async (ids: readonly string[]) => indexById(ids, await repo.findByIds(ids))),
    children: ctx.loaders.get('org.children', async (ids: readonly string[]) => groupByKey(ids, await repo.findChildren(ids))),
    ancestors: ctx.loaders.get('org.ancestors', async (ids: readonly string[]) => groupByKey(ids, await repo.findAncestors(ids))),
    successionIds: (direction: 'successors' | 'predecessors') =>
      ctx.loaders.get(`org.${direction}`, async (ids: readonly string[]) => groupByKey(ids, await repo.findSuccessionIds(ids, direction))),
  };
}
