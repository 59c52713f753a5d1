import { GraphQLDateTime, GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A nomination (hồ sơ đề nghị): a nominating organization proposes an exemplar or a subject to a council, for a plan and a period.' })
export class Nomination {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  planId!: string;

  @Field(() => ID, { nullable: true, description: 'The quota rule (a PlanQuotaRule id) it counts towards.' })
  quotaRuleId!: string | null;

  @Field(() => ID)
  nominatingOrganizationId!: string;

  @Field(() => ID, { nullable: true, description: 'The organization whose council receives it.' })
  councilOrganizationId!: string | null;

  @Field(() => ID, { nullable: true })
  exemplarId!: string | null;

  @Field(() => String, { nullable: true })
  subjectKind!: string | null;

  @Field(() => ID, { nullable: true })
  subjectId!: string | null;

  @Field(() => Int)
  periodYear!: number;

  @Field(() => Int, { nullable: true })
  periodQuarter!: number | null;

  @Field(() => Int, { nullable: true })
  periodMonth!: number | null;

  @Field(() => String, { description: 'DRAFT … FORWARDED (shared/src/exemplars/lifecycle.ts).' })
  status!: string;

  @Field(() => GraphQLJSON, { description: 'The achievement summary form (trích ngang): name, unit, role, field, achievements, initiatives, awards, ratings.' })
  summary!: unknown;

  @Field(() => GraphQLJSON, { description: '[{ title, url? }]' })
  attachments!: unknown;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The day (in Viet Nam) it was submitted.' })
  submittedOn!: string | null;

  @Field(() => String, { nullable: true })
  returnedReason!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The eligibility snapshot stored at appraisal, with its trace.' })
  eligibility!: unknown;

  @Field(() => ID, { nullable: true })
  forwardedFromId!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;
}

@InputType()
export class NominationFilter {
  @Field(() => String, { nullable: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  planId?: string | null;

  @Field(() => ID, { nullable: true })
  quotaRuleId?: string | null;

  @Field(() => ID, { nullable: true })
  nominatingOrganizationId?: string | null;

  @Field(() => ID, { nullable: true })
  exemplarId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Nominations to this council (its organization).' })
  councilOrganizationId?: string | null;

  @Field(() => String, { nullable: true })
  status?: string | null;

  @Field(() => Int, { nullable: true })
  periodYear?: number | null;

  @Field(() => Int, { nullable: true })
  periodQuarter?: number | null;
}

@ArgsType()
export class CreateNominationArgs {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID, { nullable: true })
  quotaRuleId?: string | null;

  @Field(() => ID)
  nominatingOrganizationId!: string;

  @Field(() => ID, { nullable: true })
  councilOrganizationId?: string | null;

  @Field(() => ID, { nullable: true })
  exemplarId?: string | null;

  @Field(() => String, { nullable: true })
  subjectKind?: string | null;

  @Field(() => ID, { nullable: true })
  subjectId?: string | null;

  @Field(() => Int)
  periodYear!: number;

  @Field(() => Int, { nullable: true })
  periodQuarter?: number | null;

  @Field(() => Int, { nullable: true })
  periodMonth?: number | null;

  @Field(() => GraphQLJSON, { nullable: true })
  summary?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  attachments?: unknown;

  @Field(() => String, { nullable: true })
  author?: string | null;
}

@ArgsType()
export class UpdateNominationArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID, { nullable: true })
  councilOrganizationId?: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  summary?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  attachments?: unknown;
}

@ObjectType({ description: 'A status change of a nomination: who, when, why.' })
export class NominationTransition {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  fromStatus!: string | null;

  @Field(() => String)
  toStatus!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => String)
  author!: string;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;
}
