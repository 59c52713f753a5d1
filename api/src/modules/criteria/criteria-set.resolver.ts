import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { createResourceResolvers } from '../../graphql/resource/resource-resolver';
import { criteriaLoaders, CriteriaSetService, CriterionService } from './criteria-set.service';
import { CreateCriteriaSetArgs, CriteriaSet, CriteriaSetFilter, Criterion, CriterionFilter, UpdateCriteriaSetArgs } from './criteria-set.type';

@Resolver(() => CriteriaSet)
export class CriteriaSetRelationsResolver {
  @FieldResolver(() => [Criterion], { description: 'In the order of the set.' })
  criteria(@Root() set: CriteriaSet, @Ctx() ctx: RequestContext): Promise<Criterion[]> {
    return criteriaLoaders(ctx).criteriaOfSet.load(set.id);
  }
}

@Resolver(() => Criterion)
export class CriterionRelationsResolver {
  @FieldResolver(() => CriteriaSet, { nullable: true })
  criteriaSet(@Root() criterion: Criterion, @Ctx() ctx: RequestContext): Promise<CriteriaSet | null> {
    return criteriaLoaders(ctx).setById.load(criterion.criteriaSetId);
  }
}

export const criteriaResolvers = [
  ...createResourceResolvers({
    type: CriteriaSet,
    filter: CriteriaSetFilter,
    service: (ctx) => new CriteriaSetService(ctx),
    writes: { createArgs: CreateCriteriaSetArgs, updateArgs: UpdateCriteriaSetArgs, service: (ctx) => new CriteriaSetService(ctx) },
  }),
  ...createResourceResolvers({ type: Criterion, filter: CriterionFilter, service: (ctx) => new CriterionService(ctx) }),
  CriteriaSetRelationsResolver,
  CriterionRelationsResolver,
];
