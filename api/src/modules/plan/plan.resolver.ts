import { GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { parseId } from '../../graphql/input';
import { createResourceResolvers } from '../../graphql/resource/resource-resolver';
import { groupByKey } from '../../graphql/context';
import { MilestoneStatusResolver } from './milestone.resolver';
import { planPartResolvers } from './plan-item.resolver';
import { PlanRepository } from './plan.repository';
import { PlanService } from './plan.service';
import { DerivedDifference, Plan, PlanFilter, PlanImportResult, PlanRevision, PlanTreeNode, UpcomingMilestone } from './plan.type';

@Resolver()
export class PlanExchangeResolver {
  @Mutation(() => PlanImportResult, { description: 'Imports a plan in the exchange format (shared/src/plans/README.md); idempotent by plan code.' })
  importPlan(@Ctx() ctx: RequestContext, @Arg('document', () => GraphQLJSON) document: unknown): Promise<PlanImportResult> {
    return new PlanService(ctx).import(document);
  }

  @Mutation(() => Plan, { description: 'Changes a plan by an amendment: a new revision with who, why and the diff (the code and status stay).' })
  amendPlan(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('document', () => GraphQLJSON) document: unknown,
    @Arg('reason', () => String) reason: string,
    @Arg('author', () => String, { description: 'Who amends it (signed-in users come with jurisdiction).' }) author: string,
  ): Promise<Plan> {
    return new PlanService(ctx).amend(parseId(id), version, document, reason, author);
  }

  @Mutation(() => Plan, { description: 'Starts an empty draft plan.' })
  createPlan(
    @Ctx() ctx: RequestContext,
    @Arg('code', () => String) code: string,
    @Arg('title', () => String) title: string,
    @Arg('issuerOrganizationCode', () => String) issuerOrganizationCode: string,
    @Arg('periodFrom', () => Int) periodFrom: number,
    @Arg('periodTo', () => Int) periodTo: number,
    @Arg('author', () => String, { nullable: true }) author?: string | null,
  ): Promise<Plan> {
    return new PlanService(ctx).create({ code, title, issuerOrganizationCode, periodFrom, periodTo, author });
  }

  @Mutation(() => Plan, {
    description:
      'Changes the overview of a plan: a merge of `changes` (number, title, titleEn, documentType, field, issuer, signer, place, issueDate, effectiveDate, period, council, unknownParts, notes; exchange-format shapes) over the document. A draft’s change is an edit; an issued plan’s an amendment, which needs `reason` and `author`.',
  })
  updatePlan(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('changes', () => GraphQLJSON) changes: unknown,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
    @Arg('author', () => String, { nullable: true }) author?: string | null,
  ): Promise<Plan> {
    return new PlanService(ctx).updateOverview(parseId(id), version, changes, { reason, author });
  }

  @Mutation(() => Plan, { description: 'Deletes a draft plan that no plan implements (issued plans are voided or superseded instead).' })
  deletePlan(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<Plan> {
    return new PlanService(ctx).delete(parseId(id), version);
  }

  @Mutation(() => PlanImportResult, { description: "Starts a draft implementing a plan, copying its criteria sets, quota rules and windows with their provenance." })
  derivePlan(
    @Ctx() ctx: RequestContext,
    @Arg('parentId', () => ID) parentId: string,
    @Arg('code', () => String) code: string,
    @Arg('title', () => String) title: string,
    @Arg('issuerOrganizationCode', () => String) issuerOrganizationCode: string,
    @Arg('author', () => String) author: string,
  ): Promise<PlanImportResult> {
    return new PlanService(ctx).derive(parseId(parentId, 'parentId'), { code, title, issuerOrganizationCode, author });
  }

  @Mutation(() => Plan, { description: 'Issues a draft plan; refused with PLAN_NOT_READY listing what issuing still needs.' })
  issuePlan(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<Plan> {
    return new PlanService(ctx).transition(parseId(id), version, 'ISSUED');
  }

  @Mutation(() => Plan, { description: 'Closes a plan after its final review.' })
  closePlan(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<Plan> {
    return new PlanService(ctx).transition(parseId(id), version, 'CLOSED');
  }

  @Mutation(() => Plan, { description: 'Any other step of the lifecycle (IN_EFFECT, INTERIM_REVIEWED, FINAL_REVIEWED, SUPERSEDED, VOIDED).' })
  changePlanStatus(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => String) status: string,
  ): Promise<Plan> {
    return new PlanService(ctx).transition(parseId(id), version, status);
  }

  @Query(() => [Plan], {
    description:
      'Plans in force on a date (default today): for an organization (issued by it, above it, or by what it succeeded), for a territorial unit (issued in it or above it, in either state of the 2025 reform, or nationally), or for everyone.',
  })
  plansInForce(
    @Ctx() ctx: RequestContext,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null,
    @Arg('unitCode', () => String, { nullable: true, description: 'GSO code, read on `date` (codes changed on 1 July 2025).' }) unitCode?: string | null,
    @Arg('date', () => GraphQLLocalDate, { nullable: true }) date?: string | null,
  ): Promise<Plan[]> {
    return new PlanService(ctx).plansInForce({ organizationId, unitId, unitCode }, date);
  }

  @Query(() => [UpcomingMilestone], { description: 'Milestones of the plans in force due between `from` (default today) and `days` later (at most 366).' })
  upcomingMilestones(
    @Ctx() ctx: RequestContext,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null,
    @Arg('unitCode', () => String, { nullable: true, description: 'GSO code, read on `from`.' }) unitCode?: string | null,
    @Arg('from', () => GraphQLLocalDate, { nullable: true }) from?: string | null,
    @Arg('days', () => Int, { nullable: true, defaultValue: 90 }) days?: number,
  ): Promise<UpcomingMilestone[]> {
    return new PlanService(ctx).upcomingMilestones({ organizationId, unitId, unitCode }, from, days ?? 90);
  }

  @Query(() => String, { description: 'The plan in the exchange format, as canonical JSON text.' })
  exportPlan(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string): Promise<string> {
    return new PlanService(ctx).export(code);
  }
}

@Resolver(() => Plan)
export class PlanRelationsResolver {
  @FieldResolver(() => [DerivedDifference], { description: 'For a derived plan: where its copied items differ from the parent’s.' })
  derivedDifferences(@Root() plan: Plan, @Ctx() ctx: RequestContext): Promise<DerivedDifference[]> {
    return new PlanService(ctx).derivedDifferences(plan);
  }

  @FieldResolver(() => [Plan], { description: 'Plans that implement this one (the cascade, one level down).' })
  children(@Root() plan: Plan, @Ctx() ctx: RequestContext): Promise<Plan[]> {
    const repo = new PlanRepository(ctx.db, ctx.scope);
    return ctx.loaders.get('plan.children', async (codes: readonly string[]) => groupByKey(codes, await repo.findChildren(codes))).load(plan.code);
  }

  @FieldResolver(() => [PlanTreeNode], { description: 'The whole cascade below this plan, depth first (children, their children…), in one statement for a list of plans.' })
  async descendants(@Root() plan: Plan, @Ctx() ctx: RequestContext): Promise<PlanTreeNode[]> {
    const repo = new PlanRepository(ctx.db, ctx.scope);
    const rows = await ctx.loaders.get('plan.descendants', async (codes: readonly string[]) => groupByKey(codes, await repo.findDescendants(codes))).load(plan.code);
    return rows.map(({ depth, parentCode, ...node }) => ({ depth, parentCode, plan: node }));
  }

  @FieldResolver(() => [PlanRevision], { description: 'Every version of the plan, oldest first.' })
  revisions(@Root() plan: Plan, @Ctx() ctx: RequestContext): Promise<PlanRevision[]> {
    const repo = new PlanRepository(ctx.db, ctx.scope);
    return ctx.loaders.get('plan.revisions', async (ids: readonly string[]) => groupByKey(ids, await repo.findRevisions(ids))).load(plan.id);
  }
}

export const planResolvers = [
  ...createResourceResolvers({ type: Plan, filter: PlanFilter, service: (ctx) => new PlanService(ctx) }),
  PlanExchangeResolver,
  PlanRelationsResolver,
  ...planPartResolvers,
  MilestoneStatusResolver,
];
