import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A subject rewarded by a decision: the award record it created, and the nomination or exemplar it came from.' })
export class AwardDecisionSubject {
  @Field(() => ID)
  awardRecordId!: string;

  @Field(() => String)
  subjectKind!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => String)
  achievementKey!: string;

  @Field(() => ID, { nullable: true })
  nominationId!: string | null;

  @Field(() => ID, { nullable: true })
  exemplarId!: string | null;
}

@ObjectType({ description: 'An award decision (quyết định khen thưởng): who issued it, when, which award, whom.' })
export class AwardDecision {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  number!: string;

  @Field(() => GraphQLLocalDate)
  decidedOn!: string;

  @Field(() => String, { nullable: true })
  signerTitle!: string | null;

  @Field(() => String, { nullable: true })
  signerName!: string | null;

  @Field(() => ID)
  issuingOrganizationId!: string;

  @Field(() => String)
  awardTypeCode!: string;

  @Field(() => ID, { nullable: true })
  planId!: string | null;

  @Field(() => String, { nullable: true })
  occasion!: string | null;

  @Field(() => String)
  author!: string;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;
}

@InputType()
export class AwardDecisionFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  issuingOrganizationId?: string | null;

  @Field(() => ID, { nullable: true })
  planId?: string | null;

  @Field(() => String, { nullable: true })
  awardTypeCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Decisions rewarding this nomination.' })
  nominationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Decisions honouring this exemplar.' })
  exemplarId?: string | null;
}

@InputType({ description: 'One subject of a decision: an approved nomination, an exemplar, or a subject named directly; and what is rewarded.' })
export class DecisionItemInput {
  @Field(() => ID, { nullable: true })
  nominationId?: string | null;

  @Field(() => ID, { nullable: true })
  exemplarId?: string | null;

  @Field(() => String, { nullable: true })
  subjectKind?: string | null;

  @Field(() => ID, { nullable: true })
  subjectId?: string | null;

  @Field(() => String, { description: 'What is rewarded ("2024:annual", "KH-153:phong-trao-2023"): one reward per achievement and subject.' })
  achievementKey!: string;
}

@ArgsType()
export class IssueDecisionArgs {
  @Field(() => String)
  number!: string;

  @Field(() => GraphQLLocalDate)
  decidedOn!: string;

  @Field(() => String, { nullable: true })
  signerTitle?: string | null;

  @Field(() => String, { nullable: true })
  signerName?: string | null;

  @Field(() => ID)
  issuingOrganizationId!: string;

  @Field(() => String)
  awardTypeCode!: string;

  @Field(() => ID, { nullable: true })
  planId?: string | null;

  @Field(() => String, { nullable: true })
  occasion?: string | null;

  @Field(() => [DecisionItemInput])
  items!: DecisionItemInput[];

  @Field(() => String)
  author!: string;
}
