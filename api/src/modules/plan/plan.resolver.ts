import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { createResourceResolvers } from '../../graphql/resource/resource-resolver';
import { PlanService } from './plan.service';
import { Plan, PlanFilter, PlanImportResult } from './plan.type';

@Resolver()
export class PlanExchangeResolver {
  @Mutation(() => PlanImportResult, { description: 'Imports a plan in the exchange format (shared/src/plans/README.md); idempotent by plan code.' })
  importPlan(@Ctx() ctx: RequestContext, @Arg('document', () => GraphQLJSON) document: unknown): Promise<PlanImportResult> {
    return new PlanService(ctx).import(document);
  }

  @Query(() => String, { description: 'The plan in the exchange format, as canonical JSON text.' })
  exportPlan(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string): Promise<string> {
    return new PlanService(ctx).export(code);
  }
}

export const planResolvers = [
  ...createResourceResolvers({ type: Plan, filter: PlanFilter, service: (ctx) => new PlanService(ctx) }),
  PlanExchangeResolver,
];
