import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A role granted on a jurisdiction: an organization subtree and/or a territorial subtree.' })
export class RoleGrant {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'NATIONAL_ADMIN, ADMIN, REVIEWER, ANALYST or API_CLIENT.' })
  role!: string;

  @Field(() => ID, { nullable: true, description: 'Root of the organization subtree.' })
  organizationId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Root of the territorial subtree (a unit of the 2024 or the 2025 state).' })
  unitId!: string | null;
}

@ObjectType({ description: 'Who is calling: a signed-in user or an API key, and what it was granted.' })
export class Principal {
  @Field(() => String, { description: 'USER or API_KEY.' })
  kind!: 'USER' | 'API_KEY';

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [RoleGrant])
  grants!: RoleGrant[];

  /** The session of a signed-in user (for signing out); not a GraphQL field. */
  sessionId?: string | null;
}

@ObjectType()
export class AppUser {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Boolean)
  disabled!: boolean;
}

@ObjectType({ description: 'A new session: keep the token secret; send it as `Authorization: Bearer <token>`.' })
export class SignInResult {
  @Field(() => String)
  token!: string;

  @Field(() => GraphQLDateTime)
  expiresAt!: Date;

  @Field(() => AppUser)
  user!: AppUser;
}

@ObjectType({ description: 'An API key for a downstream app.' })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The first characters of the key, to recognise it.' })
  prefix!: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'A key as created or rotated: the secret is shown this once and stored only as a hash.' })
export class ApiKeySecret {
  @Field(() => String, { description: 'Send it as `x-api-key: <key>`.' })
  key!: string;

  @Field(() => ApiKey)
  apiKey!: ApiKey;
}

@InputType()
export class GrantInput {
  @Field(() => String)
  role!: string;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;
}
