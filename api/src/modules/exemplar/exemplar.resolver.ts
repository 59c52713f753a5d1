import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { groupByKey, type RequestContext } from '../../graphql/context';
import { parseId } from '../../graphql/input';
import { createResourceResolvers } from '../../graphql/resource/resource-resolver';
import { ExemplarRepository } from './exemplar.repository';
import { ExemplarService } from './exemplar.service';
import { CreateExemplarArgs, Exemplar, ExemplarFilter, ExemplarTransition, UpdateExemplarArgs } from './exemplar.type';

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

  @FieldResolver(() => [ExemplarTransition], { description: 'Every stage change, oldest first.' })
  transitions(@Root() exemplar: Exemplar, @Ctx() ctx: RequestContext): Promise<ExemplarTransition[]> {
    const repo = new ExemplarRepository(ctx.db);
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
];
