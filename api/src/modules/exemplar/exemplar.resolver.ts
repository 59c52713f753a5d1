import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { groupByKey, indexById, type RequestContext } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { parseId } from '../../graphql/input';
import { createResourceResolvers } from '../../graphql/resource/resource-resolver';
import { exemplarActivityResource } from './exemplar-activity.resource';
import { ExemplarRepository } from './exemplar.repository';
import { ExemplarService } from './exemplar.service';
import { CreateExemplarArgs, Exemplar, ExemplarFilter, ExemplarTransition, UpdateExemplarArgs } from './exemplar.type';

const ActivityType = exemplarActivityResource.type as ClassType;

@Resolver(() => Exemplar)
export class ExemplarVerbsResolver {
  @Mutation(() => Exemplar, { description: 'Moves an exemplar to another stage; illegal moves are refused (EXEMPLAR_TRANSITION_REFUSED) and change nothing; every move is recorded.' })
  advanceExemplar(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('stage', () => String) stage: string,
    @Arg('reason', () => String) reason: string,
    @Arg('author', () => String) author: string,
  ): Promise<Exemplar> {
    return new ExemplarService(ctx).advance(parseId(id), version, stage, reason, author);
  }

  @FieldResolver(() => String, { description: 'The model’s name, or the subject’s (person, collective, household).' })
  async displayName(@Root() exemplar: Exemplar, @Ctx() ctx: RequestContext): Promise<string> {
    const repo = new ExemplarRepository(ctx.db, ctx.scope);
    const row = await ctx.loaders.get('exemplar.displayName', async (ids: readonly string[]) => indexById(ids, await repo.displayNames(ids))).load(exemplar.id);
    return row?.name ?? '';
  }

  @FieldResolver(() => [ActivityType], { description: 'Nurturing actions, evaluations, publicity and replication, newest first; `kind` narrows to one.' })
  activities(@Root() exemplar: Exemplar, @Ctx() ctx: RequestContext, @Arg('kind', () => String, { nullable: true }) kind?: string | null): Promise<unknown[]> {
    if (kind != null && !['NURTURING', 'EVALUATION', 'PUBLICITY', 'REPLICATION'].includes(kind)) throw new AppError('INVALID_VALUE', { field: 'kind', value: kind.slice(0, 20) }, 'kind');
    const repo = new ExemplarRepository(ctx.db, ctx.scope);
    return ctx.loaders.get('exemplar.activities', async (keys: readonly string[]) => groupByKey(keys, await repo.activities(keys))).load(`${exemplar.id}:${kind ?? '*'}`);
  }

  @Query(() => [Exemplar], {
    description:
      'Recognised exemplars of a territorial unit (by id, or GSO code read on `date`), in either state of the 2025 reform, most recently changed first — for portals and newspapers’ exemplar columns (ask for `displayName` and `activities(kind: "PUBLICITY")`).',
  })
  recognisedExemplars(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null,
    @Arg('unitCode', () => String, { nullable: true }) unitCode?: string | null,
    @Arg('date', () => GraphQLLocalDate, { nullable: true }) date?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
  ): Promise<Exemplar[]> {
    return new ExemplarService(ctx).recognisedIn({ unitId, unitCode, date }, first ?? 50);
  }

  @FieldResolver(() => [ExemplarTransition], { description: 'Every stage change, oldest first.' })
  transitions(@Root() exemplar: Exemplar, @Ctx() ctx: RequestContext): Promise<ExemplarTransition[]> {
    const repo = new ExemplarRepository(ctx.db, ctx.scope);
    return ctx.loaders.get('exemplar.transitions', async (ids: readonly string[]) => groupByKey(ids, await repo.findTransitions(ids))).load(exemplar.id);
  }
}

export const exemplarResolvers = [
  ...createResourceResolvers({
    type: Exemplar,
    filter: ExemplarFilter,
    service: (ctx) => new ExemplarService(ctx),
    writes: { createArgs: CreateExemplarArgs, updateArgs: UpdateExemplarArgs, service: (ctx) => new ExemplarService(ctx) },
  }),
  ExemplarVerbsResolver,
  ...exemplarActivityResource.resolvers,
];
