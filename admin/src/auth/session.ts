import type { GraphQLFormattedError } from 'graphql';

/**
 * Sign-in on the console's side, as pure helpers: where the session token is kept, the headers that
 * carry it and the grant acted under, what a principal's grants are. The API refuses anonymous
 * requests (HTTP 401), so anonymous visitors are sent to the login page.
 */
export const SIGN_IN_REQUIRED = true;

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

/** The localStorage key of the grant the console acts under (the jurisdiction picker); none: all grants. */
export const ACTING_GRANT_KEY = 'exemplar.actingGrant';

/** The header that narrows a request to one grant of the principal (the API's jurisdiction picker). */
export const ACTING_GRANT_HEADER = 'x-exemplar-grant';

/** The grant chosen in the jurisdiction picker, or null (all the principal's grants). */
export function readActingGrant(storage: Store | undefined): string | null {
  try {
    const value = storage?.getItem(ACTING_GRANT_KEY)?.trim();
    return value ? value : null;
  } catch {
    return null;
  }
}

export function writeActingGrant(storage: Store | undefined, grantId: string | null): void {
  try {
    if (grantId) storage?.setItem(ACTING_GRANT_KEY, grantId);
    else storage?.removeItem(ACTING_GRANT_KEY);
  } catch {
    // Private modes may refuse storage: the choice then lasts until the page is left.
  }
}

/** `x-exemplar-grant: <id>` while acting under one grant; nothing under all of them. */
export function actingGrantHeaders(grantId: string | null | undefined): Record<string, string> {
  const trimmed = grantId?.trim();
  return trimmed ? { [ACTING_GRANT_HEADER]: trimmed } : {};
}

/**
 * The grants a request acts under: the chosen one when the principal holds it, all of them otherwise
 * (a choice left from another principal means nothing).
 */
export function effectiveGrants<G extends Grant>(grants: readonly G[], actingGrantId: string | null | undefined): G[] {
  const chosen = actingGrantId ? grants.filter((g) => g.id === actingGrantId) : [];
  return chosen.length ? chosen : [...grants];
}

/** Whether a kept choice of grant is one the principal holds (else it is forgotten). */
export function holdsGrant(grants: readonly Grant[], grantId: string | null | undefined): boolean {
  return Boolean(grantId) && grants.some((g) => g.id === grantId);
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
