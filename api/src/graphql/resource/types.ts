import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'react-admin list metadata: the total of the filtered set.' })
export class ListMetadata {
  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
