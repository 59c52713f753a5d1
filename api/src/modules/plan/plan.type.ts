import { GraphQLDateTime, GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A plan (kế hoạch) in its exchange format, with the columns lists need.' })
export class Plan {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable code: the idempotency key of imports.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'The number, when the document has one.' })
  number!: string | null;

  @Field(() => String, { nullable: true, description: 'The number pattern, e.g. "/KH-UBND", kept when the number is blank.' })
  numberPattern!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  status!: string;

  @Field(() => ID, { nullable: true })
  issuerOrganizationId!: string | null;

  @Field(() => Int)
  periodFrom!: number;

  @Field(() => Int)
  periodTo!: number;

  @Field(() => GraphQLJSON, { description: 'The whole plan in the exchange format.' })
  document!: unknown;

  @Field(() => Boolean)
  isReference!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;
}

@InputType()
export class PlanFilter {
  @Field(() => String, { nullable: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  status?: string | null;

  @Field(() => ID, { nullable: true })
  issuerOrganizationId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Plans whose period includes this year.' })
  year?: number | null;
}

@ObjectType({ description: 'What an import did.' })
export class PlanImportResult {
  @Field(() => Plan)
  plan!: Plan;

  @Field(() => String, { description: 'CREATED, UPDATED or UNCHANGED (importing the same file twice changes nothing).' })
  outcome!: string;
}

@ObjectType({ description: 'A milestone of a plan, with the dates it stands for.' })
export class UpcomingMilestone {
  @Field(() => ID)
  planId!: string;

  @Field(() => String)
  planCode!: string;

  @Field(() => String)
  planTitle!: string;

  @Field(() => String)
  key!: string;

  @Field(() => ID, { description: 'The PlanMilestone.' })
  milestoneId!: string;

  @Field(() => String, { description: 'DUE, DONE or OVERDUE on the day asked from.' })
  status!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  doneOn!: string | null;

  @Field(() => String, { description: 'Interim or final review, conference, report, event…' })
  kind!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true, description: 'The due date as the plan prints it ("đầu quý II năm 2023").' })
  dueText!: string | null;

  @Field(() => String)
  actor!: string;

  @Field(() => GraphQLLocalDate)
  dueFrom!: string;

  @Field(() => GraphQLLocalDate)
  dueTo!: string;
}

@ObjectType({ description: 'One version of a plan: who changed it, when, why, and what changed.' })
export class PlanRevision {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  planId!: string;

  @Field(() => Int)
  revision!: number;

  @Field(() => String, { description: 'IMPORT, AMENDMENT, STATUS or REFERENCE (reference data updated).' })
  kind!: string;

  @Field(() => String)
  status!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => String)
  author!: string;

  @Field(() => GraphQLJSON, { description: 'The plan as it was after this revision.' })
  document!: unknown;

  @Field(() => GraphQLJSON, { description: 'What changed: [{ path, kind: ADDED|REMOVED|CHANGED, before, after }].' })
  diff!: unknown;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'An item a derived plan copied from its parent, and what changed since.' })
export class DerivedDifference {
  @Field(() => String, { description: 'criteriaSets, quotaRules or submissionWindows.' })
  list!: string;

  @Field(() => String)
  key!: string;

  @Field(() => String)
  parentPlanCode!: string;

  @Field(() => GraphQLJSON, { description: '[{ path, kind, before, after }] against the parent item.' })
  changes!: unknown;
}

@ObjectType({ description: 'A plan in the cascade below another: how far down, and which plan it implements.' })
export class PlanTreeNode {
  @Field(() => Int, { description: '1 for a plan implementing the root directly.' })
  depth!: number;

  @Field(() => String, { description: 'Code of the plan this one implements.' })
  parentCode!: string;

  @Field(() => Plan)
  plan!: Plan;
}
