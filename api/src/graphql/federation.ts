import 'reflect-metadata';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import { createResolversMap, Directive } from 'type-graphql';
import type { RequestContext } from './context';
import { AppError } from './errors';
import { AdministrativeUnit } from '../modules/administrative-unit/administrative-unit.type';
import { AdministrativeUnitService } from '../modules/administrative-unit/administrative-unit.service';
import { Exemplar } from '../modules/exemplar/exemplar.type';
import { ExemplarService } from '../modules/exemplar/exemplar.service';
import { Organization } from '../modules/organization/organization.type';
import { OrganizationService } from '../modules/organization/organization.service';
import { Plan } from '../modules/plan/plan.type';
import { PlanService } from '../modules/plan/plan.service';

type Representation = Record<string, unknown> & { __typename: string };
type Resolve = (ctx: RequestContext, ref: Representation) => Promise<unknown>;

const isId = (value: unknown): value is string => typeof value === 'string' && /^[0-9]{1,18}$/.test(value);

/** A loader of rows by one text column, one statement for every representation of a request. */
function byColumn(ctx: RequestContext, name: string, sql: string) {
  return ctx.loaders.get<string, { id: string } | null>(name, async (keys) => {
    const rows = await ctx.db.query<{ id: string; key: string }>(sql, [keys]);
    const ids = new Map(rows.map((r) => [r.key, r.id]));
    return keys.map((k) => (ids.has(k) ? { id: ids.get(k)! } : null));
  });
}

/**
 * The entities other subgraphs may extend or point at, their keys, and how a representation becomes
 * the object — through the same DataLoaders as every other read, so `_entities` costs one statement
 * per entity type and key, however many representations arrive.
 */
const ENTITIES: { type: Function; keys: string[]; resolve: Resolve }[] = [
  {
    type: AdministrativeUnit,
    keys: ['id', 'dataset code'],
    resolve: async (ctx, ref) => {
      let id = isId(ref.id) ? ref.id : null;
      if (!id && typeof ref.code === 'string' && typeof ref.dataset === 'string') {
        id = (await byColumn(ctx, 'federation.unitByDatasetCode', `SELECT id::text AS id, dataset || ':' || code AS key FROM administrative_unit WHERE dataset || ':' || code = ANY($1::text[])`).load(`${ref.dataset}:${ref.code}`))?.id ?? null;
      }
      return id ? new AdministrativeUnitService(ctx).findById(id) : null;
    },
  },
  {
    type: Organization,
    keys: ['id', 'code'],
    resolve: async (ctx, ref) => {
      let id = isId(ref.id) ? ref.id : null;
      if (!id && typeof ref.code === 'string') id = (await byColumn(ctx, 'federation.organizationByCode', `SELECT id::text AS id, code AS key FROM organization WHERE code = ANY($1::text[])`).load(ref.code))?.id ?? null;
      return id ? new OrganizationService(ctx).findById(id) : null;
    },
  },
  {
    type: Plan,
    keys: ['id', 'code'],
    resolve: async (ctx, ref) => {
      let id = isId(ref.id) ? ref.id : null;
      if (!id && typeof ref.code === 'string') id = (await byColumn(ctx, 'federation.planByCode', `SELECT id::text AS id, code AS key FROM plan WHERE code = ANY($1::text[])`).load(ref.code))?.id ?? null;
      return id ? new PlanService(ctx).findById(id) : null;
    },
  },
  {
    type: Exemplar,
    keys: ['id'],
    resolve: async (ctx, ref) => (isId(ref.id) ? new ExemplarService(ctx).findById(ref.id) : null),
  },
];

// Keys are declared on the type-graphql classes, so the subgraph SDL carries them.
for (const entity of ENTITIES) for (const key of entity.keys) Directive(`@key(fields: "${key}")`)(entity.type);

export const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

/**
 * The API as an Apollo Federation 2 subgraph: the type-graphql schema printed with its keys, rebuilt
 * by @apollo/subgraph (which adds `_service` and `_entities`), with type-graphql's resolvers and a
 * reference resolver per entity.
 */
export function buildSubgraph(base: GraphQLSchema): GraphQLSchema {
  const resolvers = createResolversMap(base) as Record<string, Record<string, unknown>>;
  for (const entity of ENTITIES) {
    const name = entity.type.name;
    resolvers[name] = { ...resolvers[name], __resolveReference: (ref: Representation, ctx: RequestContext) => entity.resolve(ctx, ref) };
  }
  const subgraph = buildSubgraphSchema([{ typeDefs: parse(`${FEDERATION_LINK}\n${printSubgraphSchema(base)}`), resolvers: resolvers as never }]);
  guardEntities(subgraph);
  return subgraph;
}

const MAX_REPRESENTATIONS = 1_000;
const ENTITY_NAMES = new Set(ENTITIES.map((e) => e.type.name));

/** `_entities` refuses what is not a representation of one of our entities, by name, before resolving. */
function guardEntities(schema: GraphQLSchema): void {
  const field = schema.getQueryType()!.getFields()._entities;
  const resolve = field.resolve!;
  field.resolve = (source, args: { representations?: unknown }, ctx, info) => {
    const representations = args.representations;
    if (!Array.isArray(representations)) throw new AppError('INVALID_VALUE', { field: 'representations', value: typeof representations }, 'representations');
    if (representations.length > MAX_REPRESENTATIONS) throw new AppError('PAGE_SIZE_TOO_LARGE', { max: MAX_REPRESENTATIONS, requested: representations.length }, 'representations');
    for (const [i, r] of representations.entries()) {
      const typename = r && typeof r === 'object' ? (r as { __typename?: unknown }).__typename : undefined;
      if (typeof typename !== 'string' || !ENTITY_NAMES.has(typename)) {
        throw new AppError('INVALID_VALUE', { field: `representations[${i}].__typename`, value: String(typename).slice(0, 40) }, `representations[${i}].__typename`);
      }
    }
    return resolve(source, args, ctx, info);
  };
}

