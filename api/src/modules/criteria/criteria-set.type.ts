import { GraphQLDateTime, GraphQLJSON } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A set of criteria in the rule language (shared/src/criteria), stored whole and spread into criteria.' })
export class CriteriaSet {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  titleEn!: string | null;

  @Field(() => String, { description: 'LAW (the Law on emulation and commendation), SEED (a seed plan) or USER.' })
  origin!: string;

  @Field(() => String, { nullable: true, description: 'The award type these criteria qualify for (LAW sets).' })
  awardTypeCode!: string | null;

  @Field(() => GraphQLJSON, { description: 'The whole set in its JSON form (what createCriteriaSet accepts).' })
  definition!: unknown;

  @Field(() => Boolean)
  isReference!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;
}

@ObjectType({ description: 'One criterion of a set: verbatim source text, confidence, and its rule.' })
export class Criterion {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  criteriaSetId!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => String, { description: 'Stable within the set; attestations refer to it.' })
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  titleEn!: string | null;

  @Field(() => String, { description: 'The criterion as the plan or the Law words it, verbatim.' })
  sourceText!: string;

  @Field(() => String, { nullable: true })
  source!: string | null;

  @Field(() => String, { description: 'exact or interpreted.' })
  confidence!: string;

  @Field(() => [String])
  appliesTo!: string[];

  @Field(() => String, { nullable: true, description: 'Role-exclusive group (directors, heads of division, staff…).' })
  roleGroup!: string | null;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field(() => GraphQLJSON)
  rule!: unknown;
}

@InputType()
export class CriteriaSetFilter {
  @Field(() => String, { nullable: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  origin?: string | null;

  @Field(() => String, { nullable: true })
  awardTypeCode?: string | null;
}

@InputType()
export class CriterionFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  criteriaSetId?: string | null;

  @Field(() => String, { nullable: true })
  key?: string | null;

  @Field(() => String, { nullable: true })
  roleGroup?: string | null;
}

@ArgsType()
export class CreateCriteriaSetArgs {
  @Field(() => GraphQLJSON, { description: 'The set in its JSON form; refused with every offending path when invalid.' })
  definition!: unknown;
}

@ArgsType()
export class UpdateCriteriaSetArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;

  @Field(() => GraphQLJSON, { nullable: true })
  definition?: unknown;
}
