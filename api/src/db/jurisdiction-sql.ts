/**
 * The SQL of a jurisdiction check, shared by the row-level security policies (written into them by the
 * Jurisdiction migration) and the application's own queries. A request's jurisdiction lives in
 * settings local to its transaction: `exemplar.scope` ('all', 'jurisdiction' or nothing) and bitmaps
 * (hex) of its organizations, the organizations above them and its territory. Everything is plain
 * expressions — no function calls — so that planning a query costs what planning it unscoped costs.
 */

/** True when the request's jurisdiction is everything (national administrators). */
export const SCOPE_ALL = `(SELECT current_setting('exemplar.scope', true) = 'all')`;

/** One of the request's bitmaps, decoded once per statement (an InitPlan). */
export function bitmap(name: 'orgs' | 'read_orgs' | 'units'): string {
  return `(SELECT decode(COALESCE(current_setting('exemplar.${name}', true), ''), 'hex'))`;
}

/** Whether `id` is in `bits` (bit n = id n, as set_bit numbers them); an id past the end is absent. */
export function bitIn(bits: string, id: string): string {
  return `(CASE WHEN ${id} >= 0 THEN (get_byte(substring(${bits} FROM (${id} >> 3)::int + 1 FOR 1) || '\\x00'::bytea, 0) >> (${id} & 7)::int) & 1 = 1 ELSE false END)`;
}

export const inOrgs = (column: string) => bitIn(bitmap('orgs'), column);
export const inReadOrgs = (column: string) => bitIn(bitmap('read_orgs'), column);
export const inUnits = (column: string) => bitIn(bitmap('units'), column);

/**
 * The tables row-level security guards. A statement naming none of them needs no jurisdiction (it
 * reads reference data) and runs outside the request's transaction; one that names any of them runs
 * inside it, with the jurisdiction set.
 */
export const JURISDICTION_TABLES = [
  'organization', 'position', 'person', 'household', 'household_member', 'award_record', 'initiative', 'initiative_author',
  'annual_rating', 'discipline', 'cultural_title', 'subject_flag', 'yearly_metric', 'attestation', 'plan', 'plan_revision',
  'plan_item', 'milestone_completion', 'exemplar', 'exemplar_transition', 'exemplar_activity', 'nomination',
  'nomination_transition', 'council', 'council_member', 'council_session', 'council_session_item', 'council_attendance',
  'council_conflict', 'council_vote_cast', 'council_ballot', 'council_secret_tally', 'award_decision', 'award_decision_subject',
  'audit_log',
] as const;

export const NAMES_A_JURISDICTION_TABLE = new RegExp(`\\b(${JURISDICTION_TABLES.join('|')})\\b`, 'i');


/**
 * The statement that opens a request's jurisdiction (roots sorted, distinct). The function finds the
 * extent cached for the hierarchy's current generation with plans it keeps per connection (PL/pgSQL),
 * or computes and caches it.
 */
export function enterJurisdiction(orgRoots: string, unitRoots: string): string {
  return `SELECT generation FROM exemplar_enter_jurisdiction(${orgRoots}, ${unitRoots})`;
}
