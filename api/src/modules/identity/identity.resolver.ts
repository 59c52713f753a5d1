import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { parseId } from '../../graphql/input';
import { IdentityService } from './identity.service';
import { ApiKey, ApiKeySecret, AppUser, GrantInput, Principal, RoleGrant, SignInResult } from './identity.type';

@Resolver()
export class IdentityResolver {
  @Query(() => Principal, { nullable: true, description: 'Who is calling (null without credentials).' })
  me(@Ctx() ctx: RequestContext): Principal | null {
    return ctx.principal ?? null;
  }

  @Mutation(() => SignInResult, { description: 'Signs in with a username and password; INVALID_CREDENTIALS whatever was wrong.' })
  signIn(@Ctx() ctx: RequestContext, @Arg('username', () => String) username: string, @Arg('password', () => String) password: string): Promise<SignInResult> {
    return new IdentityService(ctx).signIn(username, password);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return new IdentityService(ctx).signOut();
  }

  @Mutation(() => AppUser, { description: 'A national administrator creates a user (roles come by grantRole).' })
  createUser(
    @Ctx() ctx: RequestContext,
    @Arg('username', () => String) username: string,
    @Arg('displayName', () => String) displayName: string,
    @Arg('password', () => String) password: string,
  ): Promise<AppUser> {
    return new IdentityService(ctx).createUser({ username, displayName, password });
  }

  @Mutation(() => Boolean, { description: 'Changes one’s own password (with the current one), or a user’s as a national administrator; ends the user’s sessions.' })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Arg('newPassword', () => String) newPassword: string,
    @Arg('currentPassword', () => String, { nullable: true }) currentPassword?: string | null,
    @Arg('userId', () => ID, { nullable: true }) userId?: string | null,
  ): Promise<boolean> {
    return new IdentityService(ctx).changePassword({ userId, currentPassword, newPassword });
  }

  @Mutation(() => RoleGrant, { description: 'Grants a role on a jurisdiction to a user or an API key, within what the caller administers.' })
  grantRole(
    @Ctx() ctx: RequestContext,
    @Arg('grant', () => GrantInput) grant: GrantInput,
    @Arg('userId', () => ID, { nullable: true }) userId?: string | null,
    @Arg('apiKeyId', () => ID, { nullable: true }) apiKeyId?: string | null,
  ): Promise<RoleGrant> {
    return new IdentityService(ctx).grant({ userId, apiKeyId }, grant);
  }

  @Mutation(() => Boolean)
  revokeGrant(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return new IdentityService(ctx).revokeGrant(parseId(id));
  }

  @Mutation(() => ApiKeySecret, { description: 'Creates an API key with its grants (API_CLIENT or ANALYST); the secret is shown once.' })
  createApiKey(
    @Ctx() ctx: RequestContext,
    @Arg('name', () => String) name: string,
    @Arg('grants', () => [GrantInput]) grants: GrantInput[],
    @Arg('expiresAt', () => GraphQLDateTime, { nullable: true }) expiresAt?: Date | null,
  ): Promise<ApiKeySecret> {
    return new IdentityService(ctx).createApiKey({ name, grants, expiresAt });
  }

  @Mutation(() => ApiKeySecret, { description: 'A new secret with the same grants; the old key stops working at once.' })
  rotateApiKey(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ApiKeySecret> {
    return new IdentityService(ctx).rotateApiKey(parseId(id));
  }

  @Mutation(() => ApiKey)
  revokeApiKey(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ApiKey> {
    return new IdentityService(ctx).revokeApiKey(parseId(id));
  }
}
