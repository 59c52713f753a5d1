import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { groupByKey, indexById, type RequestContext } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { conditions } from '../../graphql/list/conditions';
import { findConnection, findPage } from '../../graphql/list/list-repository';
import type { CursorArgs, PageArgs } from '../../graphql/list/list-query';
import type { ListSpec } from '../../graphql/list/list-spec';
import { parseId } from '../../graphql/input';
import { createResourceResolvers, type ResourceService } from '../../graphql/resource/resource-resolver';
import { ApiKey, AppUser, RoleGrant } from './identity.type';

@InputType()
export class AppUserFilter {
  @Field(() => String, { nullable: true, description: 'Part of the username or of the name (as typed, case ignored).' })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  disabled?: boolean | null;
}

@InputType()
export class ApiKeyFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only keys that still work (not revoked, not expired).' })
  active?: boolean | null;
}

const USER_COLUMNS = `u.id::text AS id, u.username, u.display_name AS "displayName", u.disabled`;
const KEY_COLUMNS = `k.id::text AS id, k.name, k.prefix, k.expires_at AS "expiresAt", k.revoked_at AS "revokedAt"`;

const userListSpec: ListSpec<AppUserFilter> = {
  resource: 'AppUser',
  from: 'app_user u',
  alias: 'u',
  select: USER_COLUMNS,
  sortable: { id: { sql: 'u.id', type: 'bigint' }, username: { sql: 'u.username', type: 'text' } },
  defaultSort: { field: 'username', order: 'ASC' },
  maxPerPage: 200,
  where(filter, p) {
    const where: (string | null)[] = [];
    if (filter.q != null && filter.q.trim()) {
      const like = p.add(`%${filter.q.trim().normalize('NFC').slice(0, 100).replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(u.username ILIKE ${like} OR u.display_name ILIKE ${like})`);
    }
    if (filter.ids != null) where.push(conditions.ids(p, 'u.id', filter.ids));
    if (filter.disabled != null) where.push(`u.disabled = ${p.add(filter.disabled, 'boolean')}`);
    return where.filter((c): c is string => c !== null);
  },
  scope: () => null,
};

const keyListSpec: ListSpec<ApiKeyFilter> = {
  resource: 'ApiKey',
  from: 'api_key k',
  alias: 'k',
  select: KEY_COLUMNS,
  sortable: { id: { sql: 'k.id', type: 'bigint' } },
  defaultSort: { field: 'id', order: 'DESC' },
  maxPerPage: 200,
  where(filter, p) {
    const where: string[] = [];
    if (filter.ids != null) where.push(conditions.ids(p, 'k.id', filter.ids));
    if (filter.active === true) where.push(`k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())`);
    if (filter.active === false) where.push(`(k.revoked_at IS NOT NULL OR k.expires_at <= now())`);
    return where;
  },
  scope: () => null,
};

/** Users and keys are administered by national administrators (administrators of a subtree come with enforcement). */
function requireNational(ctx: RequestContext): void {
  if (!ctx.principal) throw new AppError('UNAUTHENTICATED');
  if (!ctx.principal.grants.some((g) => g.role === 'NATIONAL_ADMIN')) throw new AppError('FORBIDDEN');
}

class UserService implements ResourceService<AppUser, AppUserFilter> {
  constructor(private readonly ctx: RequestContext) {}

  async findById(id: string) {
    requireNational(this.ctx);
    return this.ctx.loaders.get<string, AppUser | null>('user.byId', async (ids) => indexById(ids, await this.ctx.db.query<AppUser>(`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = ANY($1::bigint[])`, [ids]))).load(id);
  }

  findPage(args: PageArgs<AppUserFilter>) {
    requireNational(this.ctx);
    return findPage<AppUser, AppUserFilter>(this.ctx.db, userListSpec, args, this.ctx.scope);
  }

  findConnection(args: CursorArgs<AppUserFilter>, withTotal: boolean) {
    requireNational(this.ctx);
    return findConnection<AppUser, AppUserFilter>(this.ctx.db, userListSpec, args, this.ctx.scope, withTotal);
  }
}

class KeyService implements ResourceService<ApiKey, ApiKeyFilter> {
  constructor(private readonly ctx: RequestContext) {}

  async findById(id: string) {
    requireNational(this.ctx);
    return this.ctx.loaders.get<string, ApiKey | null>('apiKey.byId', async (ids) => indexById(ids, await this.ctx.db.query<ApiKey>(`SELECT ${KEY_COLUMNS} FROM api_key k WHERE k.id = ANY($1::bigint[])`, [ids]))).load(id);
  }

  findPage(args: PageArgs<ApiKeyFilter>) {
    requireNational(this.ctx);
    return findPage<ApiKey, ApiKeyFilter>(this.ctx.db, keyListSpec, args, this.ctx.scope);
  }

  findConnection(args: CursorArgs<ApiKeyFilter>, withTotal: boolean) {
    requireNational(this.ctx);
    return findConnection<ApiKey, ApiKeyFilter>(this.ctx.db, keyListSpec, args, this.ctx.scope, withTotal);
  }
}

function grantsLoader(ctx: RequestContext, column: 'user_id' | 'api_key_id') {
  return ctx.loaders.get<string, RoleGrant[]>(`grants.${column}`, async (ids) =>
    groupByKey(
      ids,
      await ctx.db.query(
        `SELECT g.id::text AS id, g.role, g.organization_id::text AS "organizationId", g.unit_id::text AS "unitId", g.${column}::text AS "__key"
         FROM role_grant g WHERE g.revoked_at IS NULL AND g.${column} = ANY($1::bigint[]) ORDER BY g.id`,
        [ids],
      ),
    ),
  );
}

@Resolver(() => AppUser)
export class AppUserResolver {
  @FieldResolver(() => [RoleGrant], { description: 'Live grants.' })
  grants(@Root() user: AppUser, @Ctx() ctx: RequestContext): Promise<RoleGrant[]> {
    return grantsLoader(ctx, 'user_id').load(user.id);
  }

  @Mutation(() => AppUser, { description: 'Disables (or enables again) a user; a disabled user’s sessions stop working at once.' })
  async setUserDisabled(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('disabled', () => Boolean) disabled: boolean): Promise<AppUser> {
    requireNational(ctx);
    const userId = parseId(id);
    if (ctx.principal!.kind === 'USER' && ctx.principal!.id === userId && disabled) throw new AppError('FORBIDDEN');
    const [row] = await ctx.db.transaction((tx) =>
      tx.query<AppUser>(`UPDATE app_user u SET disabled = $2, version = version + 1, updated_at = now() WHERE u.id = $1 RETURNING ${USER_COLUMNS}`, [userId, disabled]),
    );
    if (!row) throw notFound('AppUser', userId);
    return row;
  }
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @FieldResolver(() => [RoleGrant])
  grants(@Root() key: ApiKey, @Ctx() ctx: RequestContext): Promise<RoleGrant[]> {
    return grantsLoader(ctx, 'api_key_id').load(key.id);
  }
}

export const identityAdminResolvers = [
  ...createResourceResolvers({ type: AppUser, filter: AppUserFilter, service: (ctx) => new UserService(ctx) }),
  ...createResourceResolvers({ type: ApiKey, filter: ApiKeyFilter, service: (ctx) => new KeyService(ctx) }),
  AppUserResolver,
  ApiKeyResolver,
];
