import type { GraphQLResolveInfo } from 'graphql';
import { operationNames } from '@exemplar/shared';
import { Arg, Args, ArgsType, Ctx, Field, ID, Info, Int, Mutation, ObjectType, Query, Resolver, type ClassType } from 'type-graphql';
import { memoize, type RequestContext } from '../context';
import { parseId } from '../input';
import { selectedFields } from '../selection';
import type { Connection, Page } from '../list/list-repository';
import type { CursorArgs, PageArgs } from '../list/list-query';
import { ListMetadata, PageInfo } from './types';

/** What the generic resolver needs from a resource's service. */
export interface ResourceService<TNode, TFilter> {
  findById(id: string): Promise<TNode | null>;
  findPage(args: PageArgs<TFilter>): Promise<Page<TNode>>;
  findConnection(args: CursorArgs<TFilter>, withTotal: boolean): Promise<Connection<TNode>>;
}

export interface WritableService<TNode, TCreate, TUpdate> {
  create(input: TCreate): Promise<TNode>;
  update(id: string, input: TUpdate): Promise<TNode>;
  delete(id: string): Promise<TNode>;
}

export interface ResourceOptions<TNode extends object, TFilter extends object, TCreate extends object, TUpdate extends object> {
  type: ClassType<TNode>;
  filter: ClassType<TFilter>;
  service: (ctx: RequestContext) => ResourceService<TNode, TFilter>;
  writes?: {
    createArgs: ClassType<TCreate>;
    updateArgs: ClassType<TUpdate & { id: string }>;
    service: (ctx: RequestContext) => WritableService<TNode, TCreate, TUpdate>;
  };
}

/**
 * Emits the react-admin grammar for one resource — `X(id)`, `allXs(page, perPage, sortField,
 * sortOrder, filter)`, `_allXsMeta`, and optionally `createX`/`updateX`/`deleteX` with flat
 * arguments — plus a cursor connection for downstream apps. Names come from `operationNames` in
 * shared, which the console uses too.
 */
export function createResourceResolvers<TNode extends object, TFilter extends object, TCreate extends object = never, TUpdate extends object = never>(
  options: ResourceOptions<TNode, TFilter, TCreate, TUpdate>,
): ClassType[] {
  const typeName = options.type.name;
  const names = operationNames(typeName);
  const Filter = options.filter;

  @ArgsType()
  class ListArgs {
    @Field(() => Int, { nullable: true, description: 'Page number, from 0.' })
    page?: number | null;

    @Field(() => Int, { nullable: true, description: 'Rows per page (capped).' })
    perPage?: number | null;

    @Field(() => String, { nullable: true })
    sortField?: string | null;

    @Field(() => String, { nullable: true, description: 'ASC or DESC.' })
    sortOrder?: string | null;

    @Field(() => Filter, { nullable: true })
    filter?: TFilter | null;
  }
  Object.defineProperty(ListArgs, 'name', { value: `${typeName}ListArgs` });

  @ArgsType()
  class ConnectionArgs {
    @Field(() => Int, { nullable: true, description: 'Rows to return after the cursor (capped).' })
    first?: number | null;

    @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after?: string | null;

    @Field(() => String, { nullable: true })
    sortField?: string | null;

    @Field(() => String, { nullable: true })
    sortOrder?: string | null;

    @Field(() => Filter, { nullable: true })
    filter?: TFilter | null;
  }
  Object.defineProperty(ConnectionArgs, 'name', { value: `${typeName}ConnectionArgs` });

  @ObjectType(names.edgeType)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => options.type)
    node!: TNode;
  }

  @ObjectType(names.connectionType)
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [options.type])
    nodes!: TNode[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { nullable: true, description: 'Total of the filtered set (one more statement; ask only when needed).' })
    totalCount!: number | null;
  }

  const pageKey = (args: ListArgs) =>
    `${typeName}:page:${JSON.stringify([args.page, args.perPage, args.sortField, args.sortOrder, args.filter])}`;

  @Resolver(() => options.type)
  class ReadResolver {
    @Query(() => options.type, { name: names.one, nullable: true })
    async one(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<TNode | null> {
      return options.service(ctx).findById(parseId(id));
    }

    @Query(() => [options.type], { name: names.list })
    async list(@Args(() => ListArgs) args: ListArgs, @Ctx() ctx: RequestContext): Promise<TNode[]> {
      const page = await memoize(ctx, pageKey(args), () => options.service(ctx).findPage(args));
      return page.items;
    }

    @Query(() => ListMetadata, { name: names.meta })
    async meta(@Args(() => ListArgs) args: ListArgs, @Ctx() ctx: RequestContext): Promise<ListMetadata> {
      const page = await memoize(ctx, pageKey(args), () => options.service(ctx).findPage(args));
      return { count: page.total };
    }

    @Query(() => ConnectionType, { name: names.connection })
    async connection(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Connection<TNode>> {
      return options.service(ctx).findConnection(args, selectedFields(info).includes('totalCount'));
    }
  }
  Object.defineProperty(ReadResolver, 'name', { value: `${typeName}ReadResolver` });

  const writes = options.writes;
  if (!writes) return [ReadResolver];

  @Resolver(() => options.type)
  class WriteResolver {
    @Mutation(() => options.type, { name: names.create })
    async create(@Args(() => writes!.createArgs) args: TCreate, @Ctx() ctx: RequestContext): Promise<TNode> {
      return writes!.service(ctx).create(args);
    }

    @Mutation(() => options.type, { name: names.update })
    async update(@Args(() => writes!.updateArgs) args: TUpdate & { id: string }, @Ctx() ctx: RequestContext): Promise<TNode> {
      const { id, ...rest } = args;
      return writes!.service(ctx).update(parseId(id), rest as TUpdate);
    }

    @Mutation(() => options.type, { name: names.delete })
    async delete(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<TNode> {
      return writes!.service(ctx).delete(parseId(id));
    }
  }
  Object.defineProperty(WriteResolver, 'name', { value: `${typeName}WriteResolver` });
  return [ReadResolver, WriteResolver];
}
