import { GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ExplainLabels } from '@exemplar/shared';
import { AwardTypeRef } from './award-type-ref';

@InputType({ description: 'A person (CA_NHAN), an organization acting as a collective (TAP_THE) or a household (HO_GIA_DINH).' })
export class SubjectInput {
  @Field(() => String)
  kind!: string;

  @Field(() => ID)
  id!: string;
}

@InputType({ description: 'Years or dates (YYYY-MM-DD), inclusive.' })
export class PeriodInput {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;
}

@ObjectType()
export class ExplanationLine {
  @Field(() => Int, { description: 'Nesting depth in the rule tree (0: the verdict).' })
  depth!: number;

  @Field(() => String)
  verdict!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { description: 'JSON path of the rule node ("" for the verdict and role lines).' })
  path!: string;
}

@ObjectType({ description: 'The verdict for one subject, the trace naming every record that counted, and the explanation.' })
export class EligibilityResult {
  @Field(() => String)
  subjectKind!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => String, { nullable: true })
  subjectName!: string | null;

  @Field(() => String)
  criteriaSetCode!: string;

  @Field(() => GraphQLLocalDate)
  asOf!: string;

  @Field(() => String, { description: 'PASS, FAIL or UNKNOWN (an unattested qualitative criterion or missing data).' })
  verdict!: string;

  @Field(() => Boolean, { description: 'False when no criterion of the set applies to this kind of subject.' })
  applicable!: boolean;

  @Field(() => String, { nullable: true, description: 'The role group that judged an individual (directors, heads of division, staff…).' })
  roleGroup!: string | null;

  @Field(() => GraphQLJSON, { description: 'The whole evaluation: per criterion, the rule tree with windows, counted record ids, thresholds.' })
  result!: unknown;

  /** Names used by the explanation (award types…); not a GraphQL field. */
  labels!: ExplainLabels;
}

@ObjectType({ description: 'An award type the subject meets the criteria of, highest rank first.' })
export class AwardSuggestion {
  @Field(() => AwardTypeRef)
  awardType!: AwardTypeRef;

  @Field(() => String)
  verdict!: string;

  @Field(() => EligibilityResult)
  eligibility!: EligibilityResult;
}

