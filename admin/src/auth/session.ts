import type { GraphQLFormattedError } from 'graphql';

/**
 * Sign-in on the console's side, as pure helpers: where the session token is kept, the header that
 * carries it, what a principal's grants allow. The API does not require sign-in yet; flipping
 * SIGN_IN_REQUIRED makes the console send anonymous visitors to the login page.
 */
export const SIGN_IN_REQUIRED = false;

/** The localStorage key of the session (token and expiry). */
export const SESSION_KEY = 'exemplar.session';

export interface StoredSession {
  token: string;
  /** ISO instant, or null when the server gave none. */
  expiresAt: string | null;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's localStorage, or none (tests, private modes refusing it). */
export function browserStorage(): Store | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The kept session, or null when there is none, it is unreadable or it has expired. */
export function readSession(storage: Store | undefined, now: number = Date.now()): StoredSession | null {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(SESSION_KEY) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof parsed?.token !== 'string' || !parsed.token) return null;
    const expiresAt = typeof parsed.expiresAt === 'string' ? parsed.expiresAt : null;
    if (expiresAt && !(Date.parse(expiresAt) > now)) return null;
    return { token: parsed.token, expiresAt };
  } catch {
    return null;
  }
}

export function writeSession(storage: Store | undefined, session: StoredSession): void {
  storage?.setItem(SESSION_KEY, JSON.stringify({ token: session.token, expiresAt: session.expiresAt ?? null }));
}

export function clearSession(storage: Store | undefined): void {
  storage?.removeItem(SESSION_KEY);
}

/** The headers a GraphQL request carries: `Authorization: Bearer <token>`, nothing anonymously. */
export function authHeaders(token: string | null | undefined): Record<string, string> {
  const trimmed = token?.trim();
  return trimmed ? { Authorization: `Bearer ${trimmed}` } : {};
}

/** The roles of the API (RoleGrant.role). */
export const ROLES = ['NATIONAL_ADMIN', 'ADMIN', 'REVIEWER', 'ANALYST', 'API_CLIENT'] as const;
export type Role = (typeof ROLES)[number];
/** The roles a user may be granted (API_CLIENT is for keys). */
export const USER_ROLES: readonly Role[] = ['NATIONAL_ADMIN', 'ADMIN', 'REVIEWER', 'ANALYST'];
/** The roles an API key may carry. */
export const API_KEY_ROLES: readonly Role[] = ['API_CLIENT', 'ANALYST'];

export interface Grant {
  id?: string;
  role: string;
  organizationId?: string | null;
  unitId?: string | null;
}

function grantsOf(permissions: unknown): Grant[] {
  return Array.isArray(permissions) ? permissions.filter((g): g is Grant => Boolean(g) && typeof (g as Grant).role === 'string') : [];
}

/** Whether the principal holds a national administrator's grant (the users and API keys screens). */
export function isNationalAdmin(permissions: unknown): boolean {
  return grantsOf(permissions).some((g) => g.role === 'NATIONAL_ADMIN');
}

/** Whether the principal holds a role (anywhere). */
export function hasRole(permissions: unknown, role: Role): boolean {
  return grantsOf(permissions).some((g) => g.role === role);
}

/** The i18n key of a role's name (an unknown role keeps its code). */
export function roleKey(role: string): string {
  return `exemplar.auth.roles.${role}`;
}

/**
 * A grant as one line: the role, then the organization and the territory it covers ("Quản trị ·
 * UBND tỉnh Bắc Kạn"); the names come from the caller (ids stand in while unknown).
 */
export function grantLabel(
  grant: Grant,
  names: { role: (role: string) => string; organization?: (id: string) => string | undefined; unit?: (id: string) => string | undefined },
): string {
  const scope = [
    grant.organizationId ? (names.organization?.(grant.organizationId) ?? `#${grant.organizationId}`) : null,
    grant.unitId ? (names.unit?.(grant.unitId) ?? `#${grant.unitId}`) : null,
  ].filter((part): part is string => Boolean(part));
  return [names.role(grant.role), ...scope].join(' · ');
}

/** The grant as GrantInput (role, organizationId, unitId; blanks sent as null). */
export function grantInput(values: { role?: string | null; organizationId?: string | null; unitId?: string | null }): { role: string; organizationId: string | null; unitId: string | null } {
  return { role: values.role ?? '', organizationId: values.organizationId || null, unitId: values.unitId || null };
}

/** The code of an error: a react-admin HttpError's body.code, or the first GraphQL error's. */
export function errorCodeOf(error: unknown): string | null {
  const body = (error as { body?: { code?: unknown; graphQLErrors?: readonly GraphQLFormattedError[] } } | null)?.body;
  if (typeof body?.code === 'string') return body.code;
  const source = (body ?? error) as { graphQLErrors?: readonly GraphQLFormattedError[] } | null;
  const code = source?.graphQLErrors?.find((e) => typeof e.extensions?.code === 'string')?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/** Whether the server refused the credentials sent (an expired or ended session). */
export function isUnauthenticated(error: unknown): boolean {
  return errorCodeOf(error) === 'UNAUTHENTICATED' || (error as { status?: number } | null)?.status === 401;
}
