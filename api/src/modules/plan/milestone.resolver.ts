import { milestoneStatus, type DateRange } from '@exemplar/shared';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root, type ClassType } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { cleanText, parseDate, parseId, requireText, vietnamDay } from '../../graphql/input';
import { PART_TYPES } from './plan-item.resolver';
import { PLAN_PART_SPECS } from './plan-item.specs';
import { PlanItemService, type PartNode } from './plan-item.service';

const MILESTONE_SPEC = PLAN_PART_SPECS.find((s) => s.list === 'milestones')!;
const PlanMilestone = PART_TYPES.PlanMilestone as ClassType;

function completions(ctx: RequestContext) {
  return ctx.loaders.get<string, string | null>('milestone.doneOn', async (ids) => {
    const rows = await ctx.db.query<{ id: string; doneOn: string }>(
      `SELECT milestone_item_id::text AS id, done_on::text AS "doneOn" FROM milestone_completion WHERE milestone_item_id = ANY($1::bigint[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r.doneOn]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Milestones are due, done or overdue: what was done is recorded, the rest follows from the dates. */
@Resolver(() => PlanMilestone)
export class MilestoneStatusResolver {
  @FieldResolver(() => GraphQLLocalDate, { nullable: true, description: 'When it was recorded done.' })
  doneOn(@Root() milestone: PartNode, @Ctx() ctx: RequestContext): Promise<string | null> {
    return completions(ctx).load(milestone.id);
  }

  @FieldResolver(() => String, { description: 'DUE, DONE or OVERDUE on `asOf` (default today in Viet Nam).' })
  async status(@Root() milestone: PartNode, @Ctx() ctx: RequestContext, @Arg('asOf', () => GraphQLLocalDate, { nullable: true }) asOf?: string | null): Promise<string> {
    const on = parseDate(asOf, 'asOf') ?? vietnamDay(ctx.now());
    return milestoneStatus(milestone.dueRanges as DateRange[], await completions(ctx).load(milestone.id), on);
  }

  @Mutation(() => PlanMilestone, { description: 'Records a milestone done (a review held, a report sent), on a day, with a note.' })
  async completeMilestone(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('doneOn', () => GraphQLLocalDate) doneOn: string,
    @Arg('author', () => String) author: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<PartNode> {
    const itemId = parseId(id);
    const day = parseDate(doneOn, 'doneOn')!;
    if (day > vietnamDay(ctx.now())) throw new AppError('INVALID_VALUE', { field: 'doneOn', value: day }, 'doneOn');
    const who = requireText(author, 'author', 200);
    const service = new PlanItemService(ctx, MILESTONE_SPEC);
    if (!(await service.findById(itemId))) throw notFound('PlanMilestone', itemId);
    await ctx.db.transaction((tx) => tx.query(
      `INSERT INTO milestone_completion (milestone_item_id, done_on, note, author) VALUES ($1, $2, $3, $4)
       ON CONFLICT (milestone_item_id) DO UPDATE SET done_on = EXCLUDED.done_on, note = EXCLUDED.note, author = EXCLUDED.author, created_at = now()`,
      [itemId, day, cleanText(note ?? null, 'note', 4000), who],
    ));
    return (await new PlanItemService(ctx, MILESTONE_SPEC).findById(itemId))!;
  }
}
