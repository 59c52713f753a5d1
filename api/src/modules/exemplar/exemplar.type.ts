import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An exemplar (điển hình / mô hình): a person, collective or household, or a named model, on its way through the four stages.' })
export class Exemplar {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'CA_NHAN, TAP_THE or HO_GIA_DINH; null for a named model on its own.' })
  subjectKind!: string | null;

  @Field(() => ID, { nullable: true })
  subjectId!: string | null;

  @Field(() => String, { nullable: true, description: 'A model’s name (a way of working), e.g. "Mô hình dân vận khéo".' })
  modelName!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ID, { nullable: true, description: 'The plan it belongs to.' })
  planId!: string | null;

  @Field(() => [String], { description: 'Field codes (lĩnh vực).' })
  fields!: string[];

  @Field(() => String, { description: 'EMULATION_MOVEMENT, PRESS_REPORT, INSPECTION, UNIT_PROPOSAL or OTHER.' })
  discoveredVia!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  discoveredOn!: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization that follows it up.' })
  organizationInChargeId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Where it is (administrative unit).' })
  unitId!: string | null;

  @Field(() => String, { description: 'CANDIDATE … ARCHIVED (shared/src/exemplars/lifecycle.ts).' })
  stage!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;
}

@InputType()
export class ExemplarFilter {
  @Field(() => String, { nullable: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  planId?: string | null;

  @Field(() => String, { nullable: true })
  stage?: string | null;

  @Field(() => String, { nullable: true })
  subjectKind?: string | null;

  @Field(() => ID, { nullable: true })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true })
  organizationInChargeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'In this unit or below it.' })
  unitId?: string | null;

  @Field(() => String, { nullable: true })
  field?: string | null;
}

@ArgsType()
export class CreateExemplarArgs {
  @Field(() => String, { nullable: true })
  subjectKind?: string | null;

  @Field(() => ID, { nullable: true })
  subjectId?: string | null;

  @Field(() => String, { nullable: true })
  modelName?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  planId?: string | null;

  @Field(() => [String], { nullable: true })
  fields?: string[] | null;

  @Field(() => String)
  discoveredVia!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  discoveredOn?: string | null;

  @Field(() => ID, { nullable: true })
  organizationInChargeId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who records it (signed-in users come with jurisdiction).' })
  author?: string | null;
}

@ArgsType()
export class UpdateExemplarArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version read; a stale one gets CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true })
  modelName?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  planId?: string | null;

  @Field(() => [String], { nullable: true })
  fields?: string[] | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  discoveredOn?: string | null;

  @Field(() => ID, { nullable: true })
  organizationInChargeId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;
}

@ObjectType({ description: 'A stage change of an exemplar: who, when, why.' })
export class ExemplarTransition {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Null for the first record (discovered).' })
  fromStage!: string | null;

  @Field(() => String)
  toStage!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => String)
  author!: string;

  @Field(() => String, { nullable: true, description: 'What caused it, e.g. "DECISION:12" for an award decision.' })
  source!: string | null;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;
}
