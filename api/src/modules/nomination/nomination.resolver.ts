import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { groupByKey, type RequestContext } from '../../graphql/context';
import { parseId } from '../../graphql/input';
import { createResourceResolvers } from '../../graphql/resource/resource-resolver';
import { ComplianceService } from './compliance.service';
import { QuotaComplianceRow } from './compliance.type';
import { NominationRepository } from './nomination.repository';
import { NominationService } from './nomination.service';
import { CreateNominationArgs, Nomination, NominationFilter, NominationTransition, UpdateNominationArgs } from './nomination.type';

@Resolver(() => Nomination)
export class NominationVerbsResolver {
  @Mutation(() => Nomination, {
    description:
      'Sends a nomination to the council: refused (nothing changes) when the summary form is incomplete, today (in Viet Nam) is outside the quota’s window for the period, or a maximum/exact quota is already reached.',
  })
  submitNomination(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('author', () => String, { nullable: true }) author?: string | null,
  ): Promise<Nomination> {
    return new NominationService(ctx).submit(parseId(id), version, author);
  }

  @Mutation(() => Nomination, { description: 'The nominating unit withdraws a nomination not yet appraised, with the reason.' })
  withdrawNomination(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
    @Arg('author', () => String, { nullable: true }) author?: string | null,
  ): Promise<Nomination> {
    return new NominationService(ctx).withdraw(parseId(id), version, reason, author);
  }

  @Query(() => [ID], { description: 'Ids of the organizations a quota rule asks nominations of (its selector, and their successors).' })
  async quotaNominatorIds(@Ctx() ctx: RequestContext, @Arg('quotaRuleId', () => ID) quotaRuleId: string): Promise<string[]> {
    return (await new NominationService(ctx).quotaNominators(parseId(quotaRuleId, 'quotaRuleId'))).map((r) => r.id);
  }

  @Mutation(() => Nomination, { description: 'The council’s secretariat receives a submitted nomination.' })
  receiveNomination(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('author', () => String, { nullable: true }) author?: string | null,
  ): Promise<Nomination> {
    return new NominationService(ctx).receive(parseId(id), version, author);
  }

  @Mutation(() => Nomination, { description: 'Returns a nomination to its nominator with the reason; it can be corrected and submitted again.' })
  returnNomination(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
    @Arg('author', () => String, { nullable: true }) author?: string | null,
  ): Promise<Nomination> {
    return new NominationService(ctx).returnTo(parseId(id), version, reason, author);
  }

  @Mutation(() => Nomination, { description: 'Appraises a received nomination: stores its subject’s eligibility (criteria set of the plan, or the one given) with the trace.' })
  appraiseNomination(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('criteriaSetCode', () => String, { nullable: true }) criteriaSetCode?: string | null,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true }) asOf?: string | null,
    @Arg('author', () => String, { nullable: true }) author?: string | null,
  ): Promise<Nomination> {
    return new NominationService(ctx).appraise(parseId(id), version, criteriaSetCode, asOf, author);
  }

  @Mutation(() => Nomination, { description: 'A reviewer attests a qualitative criterion (PASS or FAIL) for the nomination’s subject; an appraised nomination is evaluated again.' })
  recordAttestation(
    @Ctx() ctx: RequestContext,
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('criterionKey', () => String) criterionKey: string,
    @Arg('verdict', () => String) verdict: string,
    @Arg('attestedBy', () => String) attestedBy: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<Nomination> {
    return new NominationService(ctx).recordAttestation(parseId(nominationId, 'nominationId'), { criterionKey, verdict, attestedBy, note });
  }

  @Mutation(() => Nomination, { description: 'Forwards a decided nomination to the parent council: returns the new nomination (submitted, linked by forwardedFromId).' })
  forwardNomination(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('author', () => String, { nullable: true }) author?: string | null,
  ): Promise<Nomination> {
    return new NominationService(ctx).forward(parseId(id), version, author);
  }

  @Query(() => [QuotaComplianceRow], {
    description:
      'Quota compliance of a plan for a year (optionally one quarter): every quota rule, every nominating unit or sector, in one statement — not started, partial, met, exceeded or overdue as of a day (default today). Units that ended within the period are reported under their successor.',
  })
  quotaCompliance(
    @Ctx() ctx: RequestContext,
    @Arg('planId', () => ID) planId: string,
    @Arg('year', () => Int) year: number,
    @Arg('quarter', () => Int, { nullable: true }) quarter?: number | null,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true }) asOf?: string | null,
  ): Promise<QuotaComplianceRow[]> {
    return new ComplianceService(ctx).forPlan(planId, year, quarter, asOf);
  }

  @FieldResolver(() => [NominationTransition], { description: 'Every status change, oldest first.' })
  transitions(@Root() nomination: Nomination, @Ctx() ctx: RequestContext): Promise<NominationTransition[]> {
    const repo = new NominationRepository(ctx.db, ctx.scope);
    return ctx.loaders.get('nomination.transitions', async (ids: readonly string[]) => groupByKey(ids, await repo.findTransitions(ids))).load(nomination.id);
  }
}

export const nominationResolvers = [
  ...createResourceResolvers({
    type: Nomination,
    filter: NominationFilter,
    service: (ctx) => new NominationService(ctx),
    writes: { createArgs: CreateNominationArgs, updateArgs: UpdateNominationArgs, service: (ctx) => new NominationService(ctx) },
  }),
  NominationVerbsResolver,
];
