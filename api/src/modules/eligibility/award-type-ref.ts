import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('AwardTypeSummary', { description: 'The award type a suggestion is for.' })
export class AwardTypeRef {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  nameVi!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => Int)
  rank!: number;
}
