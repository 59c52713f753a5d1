import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { createResourceResolvers } from '../../graphql/resource/resource-resolver';
import { unitLoaders } from '../administrative-unit/administrative-unit.loaders';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { organizationLoaders } from './organization.loaders';
import { OrganizationService } from './organization.service';
import { CreateOrganizationArgs, Organization, OrganizationFilter, UpdateOrganizationArgs } from './organization.type';

@Resolver(() => Organization)
export class OrganizationRelationsResolver {
  @FieldResolver(() => Organization, { nullable: true })
  async parent(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    if (!org.parentId) return null;
    return organizationLoaders(ctx).byId.load(org.parentId);
  }

  @FieldResolver(() => [Organization])
  children(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<Organization[]> {
    return organizationLoaders(ctx).children.load(org.id);
  }

  @FieldResolver(() => [Organization], { description: 'From the top of the tree down to the direct parent.' })
  ancestors(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<Organization[]> {
    return organizationLoaders(ctx).ancestors.load(org.id);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The administrative unit it is located in.' })
  async unit(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> {
    if (!org.unitId) return null;
    return unitLoaders(ctx).byId.load(org.unitId);
  }

  @FieldResolver(() => [Organization], { description: 'Organizations that took over its functions.' })
  successors(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<Organization[]> {
    return this.related(ctx, org.id, 'successors');
  }

  @FieldResolver(() => [Organization], { description: 'Organizations whose functions it took over.' })
  predecessors(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<Organization[]> {
    return this.related(ctx, org.id, 'predecessors');
  }

  private async related(ctx: RequestContext, id: string, direction: 'successors' | 'predecessors'): Promise<Organization[]> {
    const loaders = organizationLoaders(ctx);
    const links = await loaders.successionIds(direction).load(id);
    const rows = await loaders.byId.loadMany(links.map((l) => l.id));
    return rows.filter((r): r is Organization => r != null && !(r instanceof Error));
  }
}

export const organizationResolvers = [
  ...createResourceResolvers({
    type: Organization,
    filter: OrganizationFilter,
    service: (ctx) => new OrganizationService(ctx),
    writes: {
      createArgs: CreateOrganizationArgs,
      updateArgs: UpdateOrganizationArgs,
      service: (ctx) => new OrganizationService(ctx),
    },
  }),
  OrganizationRelationsResolver,
];
