import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { createResourceResolvers } from '../../graphql/resource/resource-resolver';
import { DecisionService } from './decision.service';
import { AwardDecision, AwardDecisionFilter, AwardDecisionSubject, IssueDecisionArgs } from './decision.type';

@Resolver(() => AwardDecision)
export class DecisionResolver {
  @Mutation(() => AwardDecision, {
    description:
      'Issues an award decision: award records for its subjects (a second reward for the same achievement is refused: DUPLICATE_ACHIEVEMENT at items[i]), its nominations decided, its exemplars honoured — all or nothing.',
  })
  issueDecision(@Ctx() ctx: RequestContext, @Args(() => IssueDecisionArgs) args: IssueDecisionArgs): Promise<AwardDecision> {
    return new DecisionService(ctx).issue(args);
  }

  @FieldResolver(() => [AwardDecisionSubject])
  subjects(@Root() decision: AwardDecision, @Ctx() ctx: RequestContext): Promise<AwardDecisionSubject[]> {
    return new DecisionService(ctx).subjects(decision.id);
  }
}

export const decisionResolvers = [...createResourceResolvers({ type: AwardDecision, filter: AwardDecisionFilter, service: (ctx) => new DecisionService(ctx) }), DecisionResolver];
