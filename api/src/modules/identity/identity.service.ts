import type { AuditActor, Db } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { cleanText, parseId, requireText } from '../../graphql/input';
import { IdentityRepository } from './identity.repository';
import type { ApiKey, ApiKeySecret, AppUser, GrantInput, Principal, RoleGrant, SignInResult } from './identity.type';
import { DUMMY_HASH, hashPassword, MIN_PASSWORD_LENGTH, newToken, sha256, verifyPassword } from './password';

export const ROLES = ['NATIONAL_ADMIN', 'ADMIN', 'REVIEWER', 'ANALYST', 'API_CLIENT'] as const;
const SESSION_HOURS = 8;
const USERNAME = /^[a-z0-9._-]{3,64}$/;

function checkPassword(password: string, username: string): string {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH || password.length > 200 || password.toLowerCase().includes(username.toLowerCase())) {
    throw new AppError('WEAK_PASSWORD', { min: MIN_PASSWORD_LENGTH }, 'password');
  }
  return password;
}

/** Creates a user (the administrator bootstrap uses it too). */
export async function createUserRecord(db: Db, input: { username: string; displayName: string; password: string }): Promise<AppUser> {
  const username = requireText(input.username, 'username', 64).toLowerCase();
  if (!USERNAME.test(username)) throw new AppError('INVALID_CODE', { value: username.slice(0, 64), expected: 'a-z 0-9 . _ - (3–64)' }, 'username');
  const displayName = requireText(input.displayName, 'displayName', 200);
  const passwordHash = await hashPassword(checkPassword(input.password, username));
  const repo = new IdentityRepository(db);
  if (await repo.userByUsername(username)) throw new AppError('DUPLICATE_CODE', { value: username }, 'username');
  try {
    return await repo.insertUser({ username, displayName, passwordHash });
  } catch (error) {
    if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') throw new AppError('DUPLICATE_CODE', { value: username }, 'username');
    throw error;
  }
}

/** Resolves the credentials of a request (a session token or an API key) to its principal; one statement, none without credentials. */
/** Who acts, as the audit trail records it: `user:<id>:<name>`, `api_key:<id>:<name>` or `anonymous`, with the grants. */
export function actorOf(principal: Principal | null | undefined, requestId: string): AuditActor {
  return {
    actor: principal ? `${principal.kind === 'USER' ? 'user' : 'api_key'}:${principal.id}:${principal.name}` : 'anonymous',
    jurisdiction: principal?.grants ?? null,
    requestId,
  };
}

/**
 * A fresh installation has nobody to sign in as: the first start creates the national administrator
 * "admin" (password from EXEMPLAR_ADMIN_PASSWORD, or a random one the start command prints once).
 * Does nothing once any user exists.
 */
export async function ensureFirstAdministrator(db: Db, password?: string): Promise<{ username: string; password: string } | null> {
  return db.transaction(async (tx) => {
    // One starting process at a time decides (two instances on one database).
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('exemplar.first-administrator'))`);
    const [{ n }] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM app_user`);
    if (n > 0) return null;
    const chosen = password || newToken().slice(0, 20);
    const user = await createUserRecord(tx, { username: 'admin', displayName: 'Quản trị quốc gia', password: chosen });
    await tx.query(`INSERT INTO role_grant (user_id, role) VALUES ($1, 'NATIONAL_ADMIN')`, [user.id]);
    return { username: user.username, password: chosen };
  });
}

export async function authenticate(
  db: Db,
  headers: { authorization?: string | string[]; 'x-api-key'?: string | string[] },
  cache?: PrincipalCache,
): Promise<Principal | null> {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const bearer = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(first(headers.authorization) ?? '')?.[1];
  const key = first(headers['x-api-key']);
  const apiKey = key && /^exk_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{20,200}$/.test(key) ? key : undefined;
  if (!bearer && !apiKey) return null;
  const sessionHash = bearer ? sha256(bearer) : undefined;
  const keyHash = apiKey ? sha256(apiKey) : undefined;
  const cacheKey = `${sessionHash?.toString('base64') ?? ''}|${keyHash?.toString('base64') ?? ''}`;
  const known = cache?.get(cacheKey);
  if (known !== undefined) return known;
  const found = await new IdentityRepository(db).principal({ sessionHash, keyHash });
  if (!found) return null;
  const { expiresAt, ...principal } = found;
  cache?.set(cacheKey, principal, expiresAt);
  return principal;
}

/** How long a looked-up principal is reused: the longest a revocation made elsewhere takes to bite. */
export const PRINCIPAL_CACHE_TTL_MS = 2_000;

/**
 * Principals of recent requests, for a moment: a busy client is not looked up on every request.
 * Any change to users, sessions, keys or grants made through this process empties it at once; a
 * change made elsewhere (another process, the database directly) bites within `ttlMs`. An entry never
 * outlives its session or key.
 */
export class PrincipalCache {
  private readonly entries = new Map<string, { principal: Principal; until: number }>();

  constructor(
    private readonly ttlMs = PRINCIPAL_CACHE_TTL_MS,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string): Principal | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.principal;
  }

  set(key: string, principal: Principal, expiresAt: Date | null): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const until = Math.min(Date.now() + this.ttlMs, expiresAt ? expiresAt.getTime() : Infinity);
    this.entries.set(key, { principal, until });
  }

  clear(): void {
    this.entries.clear();
  }
}

export class IdentityService {
  constructor(private readonly ctx: RequestContext) {}

  private signedIn(): Principal {
    if (!this.ctx.principal) throw new AppError('UNAUTHENTICATED');
    return this.ctx.principal;
  }

  private isNational(p: Principal): boolean {
    return p.grants.some((g) => g.role === 'NATIONAL_ADMIN');
  }

  /**
   * Whether the caller administers a jurisdiction: a national administrator, or an administrator of
   * subtrees covering each part of it (a grant covers its organization subtree and its territory).
   */
  private async administers(tx: Db, target: { organizationId: string | null; unitId: string | null }): Promise<boolean> {
    const p = this.signedIn();
    if (this.isNational(p)) return true;
    const repo = new IdentityRepository(tx);
    const admin = p.grants.filter((x) => x.role === 'ADMIN');
    const covered = async (table: 'organization' | 'administrative_unit', id: string | null, root: (g: RoleGrant) => string | null) => {
      if (id === null) return true;
      for (const g of admin) {
        const r = root(g);
        if (r !== null && (await repo.within(table, r, id))) return true;
      }
      return false;
    };
    if (admin.length === 0 || (target.organizationId === null && target.unitId === null)) return false;
    return (await covered('organization', target.organizationId, (g) => g.organizationId)) && (await covered('administrative_unit', target.unitId, (g) => g.unitId));
  }

  async signIn(usernameInput: string, password: string): Promise<SignInResult> {
    const username = String(usernameInput ?? '').trim().toLowerCase().slice(0, 64);
    const repo = new IdentityRepository(this.ctx.db);
    const user = USERNAME.test(username) ? await repo.userByUsername(username) : null;
    // The same work and the same answer whether the user is unknown, disabled or the password wrong.
    const ok = await verifyPassword(String(password ?? '').slice(0, 200), user?.passwordHash ?? DUMMY_HASH);
    if (!user || user.disabled || !ok) throw new AppError('INVALID_CREDENTIALS');
    const token = newToken();
    const expiresAt = await repo.insertSession(user.id, sha256(token), SESSION_HOURS);
    const { passwordHash: _, ...publicUser } = user;
    return { token, expiresAt, user: publicUser };
  }

  async signOut(): Promise<boolean> {
    const p = this.signedIn();
    if (p.sessionId) await new IdentityRepository(this.ctx.db).revokeSession(p.sessionId);
    return true;
  }

  /** A national administrator creates users; roles come by grants. */
  async createUser(input: { username: string; displayName: string; password: string }): Promise<AppUser> {
    if (!this.isNational(this.signedIn())) throw new AppError('FORBIDDEN');
    return this.ctx.db.transaction((tx) => createUserRecord(tx, input));
  }

  /** Changes a password: one's own with the current one, anyone's as a national administrator. Every session of the user ends. */
  async changePassword(input: { userId?: string | null; currentPassword?: string | null; newPassword: string }): Promise<boolean> {
    const p = this.signedIn();
    const self = p.kind === 'USER' && (input.userId == null || input.userId === p.id);
    if (!self && !this.isNational(p)) throw new AppError('FORBIDDEN');
    const userId = self ? p.id : parseId(input.userId, 'userId');
    const repo = new IdentityRepository(this.ctx.db);
    const user = await repo.userById(userId);
    if (!user) throw notFound('AppUser', userId);
    if (self && !(await verifyPassword(String(input.currentPassword ?? ''), user.passwordHash))) throw new AppError('INVALID_CREDENTIALS', {}, 'currentPassword');
    const hash = await hashPassword(checkPassword(input.newPassword, user.username));
    await this.ctx.db.transaction((tx) => new IdentityRepository(tx).setPassword(userId, hash));
    return true;
  }

  private async checkGrant(tx: Db, input: GrantInput): Promise<{ role: string; organizationId: string | null; unitId: string | null }> {
    if (!(ROLES as readonly string[]).includes(input.role)) throw new AppError('INVALID_VALUE', { field: 'role', value: String(input.role).slice(0, 30) }, 'role');
    const organizationId = input.organizationId == null ? null : parseId(input.organizationId, 'organizationId');
    const unitId = input.unitId == null ? null : parseId(input.unitId, 'unitId');
    const repo = new IdentityRepository(tx);
    if (organizationId && !(await repo.exists('organization', organizationId))) throw new AppError('NOT_FOUND', { resource: 'Organization', id: organizationId }, 'organizationId');
    if (unitId && !(await repo.exists('administrative_unit', unitId))) throw new AppError('NOT_FOUND', { resource: 'AdministrativeUnit', id: unitId }, 'unitId');
    if (input.role !== 'NATIONAL_ADMIN' && !organizationId && !unitId) throw new AppError('REQUIRED', { field: 'organizationId' }, 'organizationId');
    const allowed = input.role === 'NATIONAL_ADMIN' ? this.isNational(this.signedIn()) : await this.administers(tx, { organizationId, unitId });
    if (!allowed) throw new AppError('FORBIDDEN');
    return { role: input.role, organizationId: input.role === 'NATIONAL_ADMIN' ? null : organizationId, unitId: input.role === 'NATIONAL_ADMIN' ? null : unitId };
  }

  /** Grants a role on a jurisdiction to a user or an API key — only within what the caller administers. */
  async grant(holder: { userId?: string | null; apiKeyId?: string | null }, input: GrantInput): Promise<RoleGrant> {
    const p = this.signedIn();
    if ((holder.userId == null) === (holder.apiKeyId == null)) throw new AppError('REQUIRED', { field: 'userId' }, 'userId');
    return this.ctx.db.transaction(async (tx) => {
      const repo = new IdentityRepository(tx);
      const userId = holder.userId == null ? null : parseId(holder.userId, 'userId');
      const apiKeyId = holder.apiKeyId == null ? null : parseId(holder.apiKeyId, 'apiKeyId');
      if (userId && !(await repo.exists('app_user', userId))) throw new AppError('NOT_FOUND', { resource: 'AppUser', id: userId }, 'userId');
      if (apiKeyId && !(await repo.exists('api_key', apiKeyId))) throw new AppError('NOT_FOUND', { resource: 'ApiKey', id: apiKeyId }, 'apiKeyId');
      if (input.role === 'API_CLIENT' && !apiKeyId) throw new AppError('INVALID_VALUE', { field: 'role', value: input.role }, 'role');
      const checked = await this.checkGrant(tx, input);
      return repo.insertGrant({ userId, apiKeyId, ...checked, grantedBy: p.kind === 'USER' ? p.id : null });
    });
  }

  async revokeGrant(id: string): Promise<boolean> {
    return this.ctx.db.transaction(async (tx) => {
      const repo = new IdentityRepository(tx);
      const grant = await repo.grantForUpdate(id);
      if (!grant) throw notFound('RoleGrant', id);
      const allowed = grant.role === 'NATIONAL_ADMIN' ? this.isNational(this.signedIn()) : await this.administers(tx, grant);
      if (!allowed) throw new AppError('FORBIDDEN');
      await repo.revokeGrant(id);
      return true;
    });
  }

  private async issueKey(tx: Db, name: string, expiresAt: Date | null, createdBy: string | null): Promise<{ secret: string; apiKey: ApiKey }> {
    const prefix = newToken().replace(/[^A-Za-z0-9]/g, '').slice(0, 8).padEnd(8, 'x');
    const secret = `exk_${prefix}_${newToken()}`;
    const apiKey = await new IdentityRepository(tx).insertApiKey({ name, prefix, keyHash: sha256(secret), createdBy, expiresAt });
    return { secret, apiKey };
  }

  /** A key for a downstream app with its grants (API_CLIENT or ANALYST, within what the caller administers); the secret is shown once. */
  async createApiKey(input: { name: string; expiresAt?: Date | null; grants: GrantInput[] }): Promise<ApiKeySecret> {
    const p = this.signedIn();
    const name = requireText(input.name, 'name', 200);
    if (!input.grants.length || input.grants.length > 20) throw new AppError('INVALID_VALUE', { field: 'grants', value: String(input.grants.length) }, 'grants');
    if (input.grants.some((g) => g.role !== 'API_CLIENT' && g.role !== 'ANALYST')) throw new AppError('INVALID_VALUE', { field: 'grants.role', value: 'API_CLIENT | ANALYST' }, 'grants');
    if (input.expiresAt && input.expiresAt.getTime() <= this.ctx.now().getTime()) throw new AppError('INVALID_VALUE', { field: 'expiresAt', value: input.expiresAt.toISOString() }, 'expiresAt');
    return this.ctx.db.transaction(async (tx) => {
      const checked = [];
      for (const g of input.grants) checked.push(await this.checkGrant(tx, g));
      const { secret, apiKey } = await this.issueKey(tx, name, input.expiresAt ?? null, p.kind === 'USER' ? p.id : null);
      for (const g of checked) await new IdentityRepository(tx).insertGrant({ apiKeyId: apiKey.id, ...g, grantedBy: p.kind === 'USER' ? p.id : null });
      return { key: secret, apiKey };
    });
  }

  /** A new secret with the same grants; the old key stops working at once. */
  async rotateApiKey(id: string): Promise<ApiKeySecret> {
    const p = this.signedIn();
    return this.ctx.db.transaction(async (tx) => {
      const repo = new IdentityRepository(tx);
      const old = await repo.apiKeyForUpdate(id);
      if (!old || old.revokedAt) throw notFound('ApiKey', id);
      const grants = await repo.grantsOf({ apiKeyId: id });
      for (const g of grants) if (!(await this.administers(tx, g))) throw new AppError('FORBIDDEN');
      const { secret, apiKey } = await this.issueKey(tx, old.name, old.expiresAt, p.kind === 'USER' ? p.id : null);
      for (const g of grants) await repo.insertGrant({ apiKeyId: apiKey.id, role: g.role, organizationId: g.organizationId, unitId: g.unitId, grantedBy: p.kind === 'USER' ? p.id : null });
      await repo.revokeApiKey(id, apiKey.id);
      return { key: secret, apiKey };
    });
  }

  async revokeApiKey(id: string): Promise<ApiKey> {
    this.signedIn();
    return this.ctx.db.transaction(async (tx) => {
      const repo = new IdentityRepository(tx);
      const key = await repo.apiKeyForUpdate(id);
      if (!key) throw notFound('ApiKey', id);
      for (const g of await repo.grantsOf({ apiKeyId: id })) if (!(await this.administers(tx, g))) throw new AppError('FORBIDDEN');
      return repo.revokeApiKey(id, null);
    });
  }

  static displayName(name: string | null | undefined): string | null {
    return cleanText(name ?? null, 'displayName', 200);
  }
}
