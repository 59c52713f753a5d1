import { GraphQLLocalDate } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { parseDate, todayIso } from '../../graphql/input';
import { createResourceResolvers } from '../../graphql/resource/resource-resolver';
import { selectedFields } from '../../graphql/selection';
import { unitLoaders } from './administrative-unit.loaders';
import { AdministrativeUnitService } from './administrative-unit.service';
import { AdministrativeUnit, AdministrativeUnitFilter, UnitSuccession } from './administrative-unit.type';

const MAX_CHILDREN = 1_000;

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitRelationsResolver {
  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  async parent(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> {
    if (!unit.parentId) return null;
    return unitLoaders(ctx).byId.load(unit.parentId);
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'Units directly below, by code.' })
  children(
    @Root() unit: AdministrativeUnit,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many per parent.' }) first?: number | null,
  ): Promise<AdministrativeUnit[]> {
    if (first != null && (!Number.isInteger(first) || first < 0 || first > MAX_CHILDREN)) {
      throw new AppError('PAGE_SIZE_TOO_LARGE', { max: MAX_CHILDREN, requested: first }, 'first');
    }
    return unitLoaders(ctx).children(first ?? null, selectedFields(info)).load(unit.id);
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'From the province down to the direct parent.' })
  ancestors(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit[]> {
    return unitLoaders(ctx).ancestors.load(unit.id);
  }

  @FieldResolver(() => [UnitSuccession], { description: 'Official mapping rows from this unit to the units that took it over.' })
  successorLinks(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<UnitSuccession[]> {
    return unitLoaders(ctx).successions('successors').load(unit.id);
  }

  @FieldResolver(() => [UnitSuccession], { description: 'Official mapping rows from the units this one took over.' })
  predecessorLinks(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<UnitSuccession[]> {
    return unitLoaders(ctx).successions('predecessors').load(unit.id);
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'Units that directly took this one over (official mapping).' })
  async successors(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit[]> {
    const links = await unitLoaders(ctx).successions('successors').load(unit.id);
    return this.units(ctx, links.map((l) => l.successorId));
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'Units this one directly took over (official mapping).' })
  async predecessors(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit[]> {
    const links = await unitLoaders(ctx).successions('predecessors').load(unit.id);
    return this.units(ctx, links.map((l) => l.predecessorId));
  }

  @FieldResolver(() => [AdministrativeUnit], {
    description:
      'The unit(s) carrying this unit\'s territory on a date: itself if valid then; for a later date its successors ' +
      '(through its children\'s territory when it has no mapping of its own, as for districts abolished in 2025); ' +
      'for an earlier date the units it was formed from.',
  })
  successorsOn(
    @Root() unit: AdministrativeUnit,
    @Ctx() ctx: RequestContext,
    @Arg('date', () => GraphQLLocalDate, { nullable: true, description: 'Default: today.' }) date?: string | null,
  ): Promise<AdministrativeUnit[]> {
    return unitLoaders(ctx).successorsOn(parseDate(date, 'date') ?? todayIso()).load(unit.id);
  }

  private async units(ctx: RequestContext, ids: string[]): Promise<AdministrativeUnit[]> {
    const rows = await unitLoaders(ctx).byId.loadMany(ids);
    return rows.filter((r): r is AdministrativeUnit => r != null && !(r instanceof Error));
  }
}

export const administrativeUnitResolvers = [
  ...createResourceResolvers({
    type: AdministrativeUnit,
    filter: AdministrativeUnitFilter,
    service: (ctx) => new AdministrativeUnitService(ctx),
  }),
  AdministrativeUnitRelationsResolver,
];
