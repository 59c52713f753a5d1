import type { Grant } from './session';

/**
 * What the console offers each role, mirroring the API's rules (api/src/graphql/access.ts): every
 * role reads; reviewers also take the review steps (receive, return, appraise and attest a
 * nomination; a council session's agenda, attendance, conflicts, opening, closing, votes and
 * decisions); administrators also write; the award catalogue and the users and API keys are a
 * national administrator's. The server decides in the end: this only hides what it would refuse.
 */

/** react-admin's actions, plus `review` for the review steps of nominations and council sessions. */
export type AccessAction = 'list' | 'show' | 'export' | 'create' | 'edit' | 'delete' | 'clone' | 'review';

type Capability = 'read' | 'review' | 'write' | 'national';

const ROLE_CAPABILITIES: Record<string, readonly Capability[]> = {
  NATIONAL_ADMIN: ['read', 'review', 'write', 'national'],
  ADMIN: ['read', 'review', 'write'],
  REVIEWER: ['read', 'review'],
  ANALYST: ['read'],
  API_CLIENT: ['read'],
};

/** The award catalogue: written by national administrators only. */
export const CATALOGUE_RESOURCES: readonly string[] = ['AwardType', 'AwardAuthorityRule', 'ActivityField', 'CriteriaSet', 'Criterion'];
/** Users and API keys with their grants: national administrators only, reading included. */
export const ACCOUNT_RESOURCES: readonly string[] = ['AppUser', 'ApiKey'];
/** The audit log screen: administrators (each record's history tab is read by everyone). */
export const AUDIT_RESOURCE = 'AuditEntry';
/** Read by everyone, written by nobody through the console. */
const READ_ONLY_RESOURCES: readonly string[] = ['AdministrativeUnit', AUDIT_RESOURCE];
/** Resources with review steps. */
export const REVIEWED_RESOURCES: readonly string[] = ['Nomination', 'CouncilSession'];

const READS: readonly string[] = ['list', 'show', 'export'];
const WRITES: readonly string[] = ['create', 'edit', 'delete', 'clone'];

/** What an action on a resource needs, or null when nobody may take it. */
export function requiredCapability(action: string, resource: string): Capability | null {
  if (ACCOUNT_RESOURCES.includes(resource)) return READS.includes(action) || WRITES.includes(action) ? 'national' : null;
  // The audit log is an administrator's screen (those who may write); an entry itself anyone may read.
  if (resource === AUDIT_RESOURCE && (action === 'list' || action === 'export')) return 'write';
  if (READS.includes(action)) return 'read';
  if (action === 'review') return REVIEWED_RESOURCES.includes(resource) ? 'review' : null;
  if (WRITES.includes(action)) {
    if (READ_ONLY_RESOURCES.includes(resource)) return null;
    return CATALOGUE_RESOURCES.includes(resource) ? 'national' : 'write';
  }
  return null;
}

/** Whether any of these grants allows the action on the resource (no grants: nothing). */
export function canAccessWith(grants: readonly Grant[], params: { action: string; resource?: string }): boolean {
  const needs = requiredCapability(params.action, params.resource ?? '');
  if (!needs) return false;
  return grants.some((grant) => ROLE_CAPABILITIES[grant.role]?.includes(needs) ?? false);
}
