import { operationNames } from '@exemplar/shared';
import { GraphQLDateTime, GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Resolver, Root, type ClassType } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { parseId } from '../../graphql/input';
import { createResourceResolvers } from '../../graphql/resource/resource-resolver';
import { PLAN_PART_SPECS, type PartFieldType, type PartSpec } from './plan-item.specs';
import { PlanItemService, type PartFilterInput, type PartNode } from './plan-item.service';
import { PlanService } from './plan.service';
import { Plan } from './plan.type';

@ObjectType('DateRange', { description: 'An inclusive range of dates.' })
export class DateRangeType {
  @Field(() => GraphQLLocalDate)
  from!: string;

  @Field(() => GraphQLLocalDate)
  to!: string;

  @Field(() => String, { description: '"2023-Q2", "2023-06", "2023-Q2-EARLY"…' })
  label!: string;
}

function graphQLType(type: PartFieldType) {
  switch (type) {
    case 'text':
      return String;
    case 'int':
      return Int;
    case 'float':
      return Float;
    case 'bool':
      return Boolean;
    case 'textArray':
      return [String];
    case 'json':
      return GraphQLJSON;
    case 'dateRanges':
      return [DateRangeType];
  }
}

function named<T extends ClassType>(cls: T, name: string): T {
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}

const EDIT_NOTE = 'A draft’s change is recorded as an edit; an issued plan’s as an amendment, which needs `reason` and `author`.';

/** The GraphQL object type of each kind of part, by type name (for resolvers that add fields to one). */
export const PART_TYPES: Record<string, ClassType> = {};

/** The GraphQL type, react-admin grammar, mutations and `Plan.<list>` field of one kind of plan part. */
function createPartResource(spec: PartSpec): ClassType[] {
  const names = operationNames(spec.type);
  const service = (ctx: RequestContext) => new PlanItemService(ctx, spec);

  const Node = named(class {}, spec.type);
  Field(() => ID)(Node.prototype, 'id');
  Field(() => ID, { description: 'The plan it belongs to.' })(Node.prototype, 'planId');
  Field(() => String)(Node.prototype, 'planCode');
  Field(() => String, { description: 'Unique in its list of the plan; the idempotency key of imports.' })(Node.prototype, 'key');
  Field(() => Int, { description: 'Order in the document, from 0.' })(Node.prototype, 'position');
  for (const [name, field] of Object.entries(spec.fields)) {
    Field(() => graphQLType(field.type), { nullable: field.nullable ?? false, description: field.description })(Node.prototype, name);
  }
  Field(() => GraphQLJSON, { description: 'The part in the exchange format (shared/src/plans/README.md): what create and update take.' })(Node.prototype, 'data');
  Field(() => Int, { description: 'Changes when this part changes; updates and deletes must send the one read.' })(Node.prototype, 'version');
  Field(() => GraphQLDateTime)(Node.prototype, 'createdAt');
  Field(() => GraphQLDateTime)(Node.prototype, 'updatedAt');
  ObjectType(spec.type, { description: spec.description })(Node);
  PART_TYPES[spec.type] = Node;

  const Filter = named(class {}, names.filterType);
  Field(() => String, { nullable: true, description: 'Search in every text of the part, ignoring diacritics.' })(Filter.prototype, 'q');
  Field(() => [ID], { nullable: true })(Filter.prototype, 'ids');
  Field(() => ID, { nullable: true })(Filter.prototype, 'planId');
  Field(() => String, { nullable: true })(Filter.prototype, 'planCode');
  Field(() => String, { nullable: true })(Filter.prototype, 'key');
  for (const [name, filter] of Object.entries(spec.filters)) Field(() => String, { nullable: true, description: filter.description })(Filter.prototype, name);
  InputType(names.filterType)(Filter);

  @Resolver(() => Node)
  class WriteResolver {
    @Mutation(() => Node, { name: names.create, description: `Adds a ${spec.type} to a plan. ${EDIT_NOTE}` })
    create(
      @Ctx() ctx: RequestContext,
      @Arg('planId', () => ID) planId: string,
      @Arg('data', () => GraphQLJSON, { description: 'The part in the exchange format; a missing key is made up.' }) data: unknown,
      @Arg('position', () => Int, { nullable: true, description: 'Where in the list (default: last).' }) position?: number | null,
      @Arg('reason', () => String, { nullable: true }) reason?: string | null,
      @Arg('author', () => String, { nullable: true }) author?: string | null,
    ): Promise<PartNode> {
      return service(ctx).create(parseId(planId, 'planId'), data, position, { reason, author });
    }

    @Mutation(() => Node, { name: names.update, description: `Replaces a ${spec.type} (its key stays), or moves it. ${EDIT_NOTE}` })
    update(
      @Ctx() ctx: RequestContext,
      @Arg('id', () => ID) id: string,
      @Arg('version', () => Int) version: number,
      @Arg('data', () => GraphQLJSON, { nullable: true, description: 'The whole part (its key stays); omit to only move it.' }) data?: unknown,
      @Arg('position', () => Int, { nullable: true }) position?: number | null,
      @Arg('reason', () => String, { nullable: true }) reason?: string | null,
      @Arg('author', () => String, { nullable: true }) author?: string | null,
    ): Promise<PartNode> {
      return service(ctx).update(parseId(id), version, data, position, { reason, author });
    }

    @Mutation(() => Node, { name: names.delete, description: `Removes a ${spec.type}. ${EDIT_NOTE}` })
    delete(
      @Ctx() ctx: RequestContext,
      @Arg('id', () => ID) id: string,
      @Arg('version', () => Int) version: number,
      @Arg('reason', () => String, { nullable: true }) reason?: string | null,
      @Arg('author', () => String, { nullable: true }) author?: string | null,
    ): Promise<PartNode> {
      return service(ctx).delete(parseId(id), version, { reason, author });
    }

    @FieldResolver(() => Plan)
    async plan(@Root() part: PartNode, @Ctx() ctx: RequestContext): Promise<Plan> {
      return (await new PlanService(ctx).findById(part.planId))!;
    }
  }
  named(WriteResolver, `${spec.type}WriteResolver`);

  // `Plan.<list>`: type-graphql matches field resolvers to fields by method name, so the method is
  // named after the list rather than declared once under a shared name.
  const PlanFieldResolver = named(class {}, `Plan${spec.type}sResolver`);
  const resolvePartsOfPlan = (plan: Plan, ctx: RequestContext): Promise<PartNode[]> => service(ctx).ofPlan(plan.id);
  Object.defineProperty(PlanFieldResolver.prototype, spec.list, { value: resolvePartsOfPlan, writable: true, configurable: true });
  Root()(PlanFieldResolver.prototype, spec.list, 0);
  Ctx()(PlanFieldResolver.prototype, spec.list, 1);
  FieldResolver(() => [Node], { description: `${spec.description} (in document order)` })(
    PlanFieldResolver.prototype,
    spec.list,
    Object.getOwnPropertyDescriptor(PlanFieldResolver.prototype, spec.list)!,
  );
  Resolver(() => Plan)(PlanFieldResolver);

  return [...createResourceResolvers<PartNode, PartFilterInput>({ type: Node as ClassType<PartNode>, filter: Filter as ClassType<PartFilterInput>, service }), WriteResolver, PlanFieldResolver];
}

export const planPartResolvers: ClassType[] = PLAN_PART_SPECS.flatMap(createPartResource);
