import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { whereClause } from '../../graphql/list/list-query';
import { SqlParams } from '../../graphql/list/sql-params';
import { ANALYTIC_RESOURCES, type AnalyticResource } from './registry';

export const MAX_GROUPS = 1_000;

@ObjectType({ description: 'One group: its key values (in the order asked) and how many rows it holds.' })
export class AggregateGroup {
  @Field(() => [String], { nullable: 'items' })
  keys!: (string | null)[];

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Counts of a resource grouped by some of its fields, inside the caller\'s jurisdiction.' })
export class Aggregate {
  @Field(() => String)
  resource!: string;

  @Field(() => [String])
  groupBy!: string[];

  @Field(() => [AggregateGroup], { description: `Largest groups first; at most ${MAX_GROUPS}.` })
  groups!: AggregateGroup[];

  @Field(() => Int, { description: 'Rows counted (all groups, also those past the cap).' })
  total!: number;
}

export function analyticResource(name: string): AnalyticResource {
  const resource = Object.prototype.hasOwnProperty.call(ANALYTIC_RESOURCES, name) ? ANALYTIC_RESOURCES[name] : undefined;
  if (!resource) throw new AppError('INVALID_VALUE', { field: 'resource', value: String(name).slice(0, 40) }, 'resource');
  return resource;
}

/** A filter given as JSON: an object (the list's own filter, checked by its spec), or nothing. */
export function filterOf(filter: unknown): Record<string, unknown> {
  if (filter != null && (typeof filter !== 'object' || Array.isArray(filter))) throw new AppError('INVALID_VALUE', { field: 'filter', value: '…' }, 'filter');
  return (filter ?? {}) as Record<string, unknown>;
}

/** Group-by counts in one statement (the groups and the total over the same filtered rows). */
export async function aggregate(ctx: RequestContext, name: string, groupBy: string[], filter: unknown): Promise<Aggregate> {
  const resource = analyticResource(name);
  if (groupBy.length < 1 || groupBy.length > 3) throw new AppError('INVALID_VALUE', { field: 'groupBy', value: String(groupBy.length) }, 'groupBy');
  const keys = groupBy.map((g) => {
    const sql = Object.prototype.hasOwnProperty.call(resource.groupBy, g) ? resource.groupBy[g] : undefined;
    if (!sql) throw new AppError('INVALID_VALUE', { field: 'groupBy', value: `${String(g).slice(0, 40)} (${Object.keys(resource.groupBy).join(', ')})` }, 'groupBy');
    return sql;
  });
  const p = new SqlParams();
  const where = whereClause(resource.spec, filterOf(filter), ctx.scope, p);
  const rows = await ctx.db.query<{ keys: (string | null)[]; count: number; total: string }>(
    `SELECT ARRAY[${keys.map((k, i) => `k${i}`).join(', ')}]::text[] AS keys, n::int AS count, sum(n) OVER () AS total
     FROM (SELECT ${keys.map((k, i) => `${k} AS k${i}`).join(', ')}, count(*) AS n FROM ${resource.spec.from} ${where} GROUP BY ${keys.map((_, i) => i + 1).join(', ')}) g
     ORDER BY n DESC, ${keys.map((_, i) => `k${i}`).join(', ')} LIMIT ${MAX_GROUPS}`,
    p.values,
  );
  return { resource: name, groupBy, groups: rows.map(({ keys: k, count }) => ({ keys: k, count })), total: Number(rows[0]?.total ?? 0) };
}

@Resolver()
export class AnalyticsResolver {
  @Query(() => Aggregate, {
    description:
      'Counts of a resource (Organization, Person, Household, AwardRecord, Plan, Exemplar, ExemplarActivity, Nomination, AwardDecision, Council) grouped by up to three of its fields — e.g. exemplars by provinceId and stage. The filter is the resource list\'s own filter, as JSON.',
  })
  aggregate(
    @Ctx() ctx: RequestContext,
    @Arg('resource', () => String) resource: string,
    @Arg('groupBy', () => [String]) groupBy: string[],
    @Arg('filter', () => GraphQLJSON, { nullable: true }) filter?: unknown,
  ): Promise<Aggregate> {
    return aggregate(ctx, resource, groupBy, filter);
  }
}
