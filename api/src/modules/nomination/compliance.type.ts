import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where one nominating unit (or sector) stands against one quota rule in one period.' })
export class QuotaComplianceRow {
  @Field(() => ID)
  quotaRuleId!: string;

  @Field(() => String)
  quotaKey!: string;

  @Field(() => String)
  quotaText!: string;

  @Field(() => String, { description: 'UNIT or SECTOR.' })
  per!: string;

  @Field(() => String, { description: 'MIN, MAX or EXACT.' })
  bound!: string;

  @Field(() => Int)
  required!: number;

  @Field(() => String, { description: '2023, 2020-Q1, 2021-06 or the plan period.' })
  period!: string;

  @Field(() => GraphQLLocalDate, { description: 'The last day nominations count for this period (its last window, or its end).' })
  deadline!: string;

  @Field(() => ID, { nullable: true, description: 'The nominating unit (null for a sector row).' })
  organizationId!: string | null;

  @Field(() => String, { nullable: true })
  organizationName!: string | null;

  @Field(() => String, { nullable: true, description: 'The sector (for SECTOR rows; the unit’s sector otherwise).' })
  sector!: string | null;

  @Field(() => Int, { description: 'Nominations that count: sent, not returned or withdrawn.' })
  count!: number;

  @Field(() => String, { description: 'NOT_STARTED, PARTIAL, MET, EXCEEDED or OVERDUE.' })
  status!: string;

  @Field(() => [ID], { description: 'Units that ended within the period and whose nominations are counted here (the 2025 reform).' })
  countedPredecessorIds!: string[];

  @Field(() => String, { nullable: true, description: 'Says when predecessors are counted here, in Vietnamese.' })
  noteVi!: string | null;

  @Field(() => String, { nullable: true })
  noteEn!: string | null;
}
