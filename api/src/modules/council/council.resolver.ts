import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root, type ClassType } from 'type-graphql';
import { groupByKey, type RequestContext } from '../../graphql/context';
import { parseId } from '../../graphql/input';
import { Nomination } from '../nomination/nomination.type';
import { NominationService } from '../nomination/nomination.service';
import { councilResources, councilTableResolvers } from './council.resources';
import { CouncilRepository } from './council.repository';
import { CouncilService } from './council.service';

const CouncilSession = councilResources.find((r) => r.listSpec.resource === 'CouncilSession')!.type as ClassType<{ id: string }>;

@ObjectType({ description: 'A nomination on a session’s agenda, and what the council decided.' })
export class CouncilSessionItem {
  @Field(() => ID)
  nominationId!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => String, { nullable: true, description: 'APPROVED or REJECTED once decided.' })
  result!: string | null;

  @Field(() => Int, { nullable: true })
  yes!: number | null;

  @Field(() => Int, { nullable: true })
  no!: number | null;

  @Field(() => Int, { nullable: true })
  abstain!: number | null;

  @Field(() => Int, { nullable: true, description: 'Present voting members without a conflict of interest.' })
  eligible!: number | null;
}

@ObjectType({ description: 'A ballot of an open vote (secret ballots are not listed).' })
export class CouncilBallot {
  @Field(() => ID)
  nominationId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => String)
  choice!: string;
}

@ObjectType({ description: 'That a member voted on an item — not how.' })
export class CouncilVoteCast {
  @Field(() => ID)
  nominationId!: string;

  @Field(() => ID)
  memberId!: string;
}

@ObjectType({ description: 'A conflict of interest a member declared on an item.' })
export class CouncilConflict {
  @Field(() => ID)
  nominationId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType({ description: 'What the council decided on an item.' })
export class CouncilItemDecision {
  @Field(() => String)
  result!: string;

  @Field(() => Int)
  yes!: number;

  @Field(() => Int)
  no!: number;

  @Field(() => Int)
  abstain!: number;

  @Field(() => Int)
  eligible!: number;
}

@Resolver(() => CouncilSession)
export class CouncilSessionResolver {
  @FieldResolver(() => [CouncilSessionItem], { description: 'The agenda, in order, with the results.' })
  items(@Root() session: { id: string }, @Ctx() ctx: RequestContext): Promise<CouncilSessionItem[]> {
    const repo = new CouncilRepository(ctx.db);
    return ctx.loaders.get('council.items', async (ids: readonly string[]) => groupByKey(ids, await repo.items(ids))).load(session.id);
  }

  @FieldResolver(() => [ID], { description: 'Members recorded as present.' })
  async presentMemberIds(@Root() session: { id: string }, @Ctx() ctx: RequestContext): Promise<string[]> {
    const repo = new CouncilRepository(ctx.db);
    const rows = await ctx.loaders.get('council.attendance', async (ids: readonly string[]) => groupByKey(ids, await repo.attendance(ids))).load(session.id);
    return rows.map((r) => r.memberId);
  }

  @FieldResolver(() => [CouncilBallot], { description: 'Ballots of open votes, for the minutes; a secret ballot lists none.' })
  async openBallots(@Root() session: { id: string }, @Ctx() ctx: RequestContext): Promise<CouncilBallot[]> {
    const repo = new CouncilRepository(ctx.db);
    const rows = await ctx.loaders.get('council.ballots', async (ids: readonly string[]) => groupByKey(ids, await repo.ballotsOf(ids))).load(session.id);
    return rows as CouncilBallot[];
  }

  @FieldResolver(() => [CouncilVoteCast], { description: 'Who has voted on which item (kept for secret ballots too; how they voted is not).' })
  votesCast(@Root() session: { id: string }, @Ctx() ctx: RequestContext): Promise<CouncilVoteCast[]> {
    const repo = new CouncilRepository(ctx.db);
    return ctx.loaders.get('council.votesCast', async (ids: readonly string[]) => groupByKey(ids, await repo.votesCast(ids))).load(session.id);
  }

  @FieldResolver(() => [CouncilConflict], { description: 'Conflicts of interest declared at the session.' })
  conflicts(@Root() session: { id: string }, @Ctx() ctx: RequestContext): Promise<CouncilConflict[]> {
    const repo = new CouncilRepository(ctx.db);
    return ctx.loaders.get('council.conflicts', async (ids: readonly string[]) => groupByKey(ids, await repo.conflicts(ids))).load(session.id);
  }

  @Mutation(() => Nomination, { description: 'Puts an appraised nomination on the agenda: it goes to council review, its exemplar under review.' })
  async addToCouncilAgenda(
    @Ctx() ctx: RequestContext,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('author', () => String, { nullable: true }) author?: string | null,
  ): Promise<Nomination> {
    const id = parseId(nominationId, 'nominationId');
    await new CouncilService(ctx).addToAgenda(parseId(sessionId, 'sessionId'), id, author);
    return (await new NominationService(ctx).findById(id))!;
  }

  @Mutation(() => Boolean, { description: 'Records who is present (replaces the list).' })
  async recordCouncilAttendance(@Ctx() ctx: RequestContext, @Arg('sessionId', () => ID) sessionId: string, @Arg('memberIds', () => [ID]) memberIds: string[]): Promise<boolean> {
    await new CouncilService(ctx).setAttendance(parseId(sessionId, 'sessionId'), memberIds);
    return true;
  }

  @Mutation(() => Boolean, { description: 'A member declares a conflict of interest with a nomination: they do not vote on it and do not count towards its majority.' })
  async declareConflictOfInterest(
    @Ctx() ctx: RequestContext,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('memberId', () => ID) memberId: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<boolean> {
    await new CouncilService(ctx).declareConflict(parseId(sessionId, 'sessionId'), parseId(nominationId, 'nominationId'), parseId(memberId, 'memberId'), reason);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Opens a scheduled session (votes are taken only while it is open).' })
  async openCouncilSession(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<boolean> {
    await new CouncilService(ctx).changeSession(parseId(id), version, 'OPEN');
    return true;
  }

  @Mutation(() => Boolean, { description: 'Closes an open session, with its minutes.' })
  async closeCouncilSession(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('minutes', () => String, { nullable: true }) minutes?: string | null,
  ): Promise<boolean> {
    await new CouncilService(ctx).changeSession(parseId(id), version, 'CLOSED', minutes);
    return true;
  }

  @Mutation(() => Boolean, { description: 'A present, voting member without a conflict votes YES, NO or ABSTAIN on an item, once; a secret ballot keeps only that they voted.' })
  async castVote(
    @Ctx() ctx: RequestContext,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('memberId', () => ID) memberId: string,
    @Arg('choice', () => String) choice: string,
  ): Promise<boolean> {
    await new CouncilService(ctx).castVote(parseId(sessionId, 'sessionId'), parseId(nominationId, 'nominationId'), parseId(memberId, 'memberId'), choice);
    return true;
  }

  @Mutation(() => CouncilItemDecision, { description: 'Decides an item by the votes cast: needs a quorum; approved when more than half of the eligible present members voted yes.' })
  decideCouncilItem(
    @Ctx() ctx: RequestContext,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('author', () => String, { nullable: true }) author?: string | null,
  ): Promise<CouncilItemDecision> {
    return new CouncilService(ctx).decideItem(parseId(sessionId, 'sessionId'), parseId(nominationId, 'nominationId'), author);
  }
}

export const councilResolvers = [...councilTableResolvers, CouncilSessionResolver];
