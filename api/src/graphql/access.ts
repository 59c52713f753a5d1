import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { formatErrorMessage, type ErrorCode } from '@exemplar/shared';
import type { RequestSession } from '../db';
import type { Principal } from '../modules/identity/identity.type';
import { JURISDICTION, UNRESTRICTED, type Scope } from './list/scope';
import { AppError } from './errors';


/** What an operation's root field needs from the caller. */
export type Capability = 'PUBLIC' | 'SIGNED_IN' | 'READ' | 'REVIEW' | 'WRITE' | 'NATIONAL';

/** What each role may do, always inside the jurisdiction it was granted on. */
export const ROLE_CAPABILITIES: Record<string, readonly Capability[]> = {
  NATIONAL_ADMIN: ['SIGNED_IN', 'READ', 'REVIEW', 'WRITE', 'NATIONAL'],
  ADMIN: ['SIGNED_IN', 'READ', 'REVIEW', 'WRITE'],
  REVIEWER: ['SIGNED_IN', 'READ', 'REVIEW'],
  ANALYST: ['SIGNED_IN', 'READ'],
  API_CLIENT: ['SIGNED_IN', 'READ'],
};

const NATIONAL_CATALOGUE = ['AwardType', 'AwardAuthorityRule', 'ActivityField', 'CriteriaSet'].flatMap((t) => [`create${t}`, `update${t}`, `delete${t}`]);

/**
 * Mutations by what they need. Anything not named here changes a jurisdiction's records: WRITE.
 * The identity verbs check their own rules (a user changes their own password; administrators grant
 * only within what they administer).
 */
const MUTATIONS: Record<string, Capability> = {
  signIn: 'PUBLIC',
  ...Object.fromEntries(
    ['signOut', 'changePassword', 'createUser', 'grantRole', 'revokeGrant', 'createApiKey', 'rotateApiKey', 'revokeApiKey', 'setUserDisabled'].map((m) => [m, 'SIGNED_IN']),
  ),
  ...Object.fromEntries(
    [
      'receiveNomination', 'returnNomination', 'appraiseNomination', 'recordAttestation', 'addToCouncilAgenda', 'recordCouncilAttendance',
      'declareConflictOfInterest', 'openCouncilSession', 'closeCouncilSession', 'castVote', 'decideCouncilItem',
    ].map((m) => [m, 'REVIEW']),
  ),
  ...Object.fromEntries(NATIONAL_CATALOGUE.map((m) => [m, 'NATIONAL'])),
};

const IDENTITY_MUTATIONS = new Set([
  'signOut', 'changePassword', 'createUser', 'grantRole', 'revokeGrant', 'createApiKey', 'rotateApiKey', 'revokeApiKey', 'setUserDisabled',
]);

/** Whether a mutation changes users, sessions, keys or grants (cached principals must go). */
export function touchesIdentities(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  return rootFields(document, operation.selectionSet).some((f) => IDENTITY_MUTATIONS.has(f));
}

/** Query fields anyone may ask (the rest, introspection included, need a principal). */
const PUBLIC_QUERIES = new Set(['__typename']);

export function capabilityOf(operation: 'query' | 'mutation' | 'subscription', field: string): Capability {
  if (operation === 'mutation') return MUTATIONS[field] ?? 'WRITE';
  if (PUBLIC_QUERIES.has(field)) return 'PUBLIC';
  return field === 'me' ? 'SIGNED_IN' : 'READ';
}

function rootFields(document: DocumentNode, selectionSet: SelectionSetNode, seen = new Set<string>()): string[] {
  const names: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) names.push(...rootFields(document, selection.selectionSet, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
      if (fragment && fragment.kind === Kind.FRAGMENT_DEFINITION) names.push(...rootFields(document, fragment.selectionSet, seen));
    }
  }
  return names;
}

export function refusal(code: ErrorCode, status: number): GraphQLError {
  return new GraphQLError(formatErrorMessage(code, 'en'), { originalError: new AppError(code), extensions: { code, http: { status } } });
}

export interface Access {
  /** The jurisdiction of the request's transaction (row-level security, and the application's SQL). */
  jurisdiction: RequestSession['jurisdiction'];
  /** Whether the application's own SQL adds the jurisdiction's conditions (always, but in a test). */
  appScoping: boolean;
}

/** The scope the application's own SQL applies for an access (the database applies the jurisdiction either way). */
export function appScope(access: Access): Scope {
  return access.jurisdiction.kind === 'all' || !access.appScoping ? UNRESTRICTED : JURISDICTION;
}

export interface AccessOptions {
  /** Test-only: leave scoping to the database's policies alone (the application adds no conditions). */
  appScoping?: boolean;
  /** Test-only: run requests as the connecting owner, so that only the application's own SQL scopes. */
  rowSecurity?: boolean;
}

/**
 * Decides, before anything executes, whether the principal may run the operation and in which
 * jurisdiction: a query reads within all its grants; a mutation acts within the grants whose roles
 * allow every root field it names. Refusals are HTTP 401 (no principal) or 403.
 */
export function decideAccess(principal: Principal | null | undefined, document: DocumentNode, operation: OperationDefinitionNode, options: AccessOptions = {}): Access {
  const needs = new Set(rootFields(document, operation.selectionSet).map((f) => capabilityOf(operation.operation, f)));
  return accessFor(principal, needs, options);
}

/** The access of a principal needing these capabilities (GraphQL operations and the export route). */
export function accessFor(principal: Principal | null | undefined, wanted: Iterable<Capability>, options: AccessOptions = {}): Access {
  const needs = new Set(wanted);
  const appScoping = options.appScoping !== false;
  if (needs.size === 0 || [...needs].every((n) => n === 'PUBLIC')) return { jurisdiction: { kind: 'none' }, appScoping };
  if (!principal) throw refusal('UNAUTHENTICATED', 401);
  needs.delete('PUBLIC');
  // Being signed in is enough for one's own account (me, sign out, password) and for the identity
  // verbs, which check the caller's grants themselves; the request reads within all its grants.
  if ([...needs].every((n) => n === 'SIGNED_IN')) needs.clear();
  const grants = principal.grants.filter((g) => [...needs].every((n) => ROLE_CAPABILITIES[g.role]?.includes(n)));
  if (grants.length === 0 && needs.size > 0) throw refusal('FORBIDDEN', 403);
  if (grants.some((g) => g.role === 'NATIONAL_ADMIN')) return { jurisdiction: { kind: 'all' }, appScoping };
  if (grants.length === 0) return { jurisdiction: { kind: 'none' }, appScoping };
  const organizationRoots = [...new Set(grants.map((g) => g.organizationId).filter((id): id is string => id !== null))];
  const unitRoots = [...new Set(grants.map((g) => g.unitId).filter((id): id is string => id !== null))];
  return { jurisdiction: { kind: 'jurisdiction', organizationRoots, unitRoots }, appScoping };
}
