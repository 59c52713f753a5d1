/**
 * Whose rows a request may see. A jurisdiction's extent (its organizations and territory) lives in
 * settings local to the request's transaction, computed once when it opens; the application's SQL
 * and the database's row-level security read the same settings (see the Jurisdiction migration).
 */
export type Scope = { kind: 'unrestricted' } | { kind: 'jurisdiction' };

export const UNRESTRICTED: Scope = { kind: 'unrestricted' };
export const JURISDICTION: Scope = { kind: 'jurisdiction' };

/** SQL conditions of a jurisdiction, for the application's own queries (the policies say the same). */
export const inJurisdiction = {
  /** An organization column within the jurisdiction's organizations. */
  org: (column: string) => `${column} = ANY ((SELECT exemplar_scope_orgs())::bigint[])`,
  /** An organization column readable: one's own or above them. */
  readableOrg: (column: string) => `(${column} = ANY ((SELECT exemplar_scope_orgs())::bigint[]) OR ${column} = ANY ((SELECT exemplar_scope_read_orgs())::bigint[]))`,
  /** A territorial unit column within the jurisdiction's territory. */
  unit: (column: string) => `${column} = ANY ((SELECT exemplar_scope_units())::bigint[])`,
  /** A subject (person, household or organization columns of one alias) the jurisdiction can see. */
  subject: (alias: string) => `CASE
    WHEN ${alias}.person_id IS NOT NULL THEN EXISTS (SELECT 1 FROM person s_p WHERE s_p.id = ${alias}.person_id AND (s_p.unit_id = ANY ((SELECT exemplar_scope_units())::bigint[])
      OR EXISTS (SELECT 1 FROM position s_pos WHERE s_pos.person_id = s_p.id AND s_pos.organization_id = ANY ((SELECT exemplar_scope_orgs())::bigint[]))))
    WHEN ${alias}.household_id IS NOT NULL THEN EXISTS (SELECT 1 FROM household s_h WHERE s_h.id = ${alias}.household_id AND s_h.unit_id = ANY ((SELECT exemplar_scope_units())::bigint[]))
    ELSE ${alias}.organization_id = ANY ((SELECT exemplar_scope_orgs())::bigint[]) END`,
  /** An exemplar: its organization in charge, its place, its subject organization or its plan's issuer. */
  exemplar: (alias: string) => `(${inJurisdiction.org(`${alias}.organization_in_charge_id`)} OR ${inJurisdiction.unit(`${alias}.unit_id`)}
    OR ${inJurisdiction.org(`${alias}.organization_id`)}
    OR EXISTS (SELECT 1 FROM plan e_p WHERE e_p.id = ${alias}.plan_id AND ${inJurisdiction.org('e_p.issuer_organization_id')}))`,
  /** A plan readable: issued by the jurisdiction, above it, or nationally without an issuer. */
  plan: (alias: string) => `(${alias}.issuer_organization_id IS NULL OR ${inJurisdiction.readableOrg(`${alias}.issuer_organization_id`)})`,
  /** A nomination: sent by one of the jurisdiction's organizations, or to one of its councils. */
  nomination: (alias: string) => `(${inJurisdiction.org(`${alias}.nominating_organization_id`)} OR ${inJurisdiction.org(`${alias}.council_organization_id`)})`,
};

/** `condition` when the scope is a jurisdiction; nothing when unrestricted. */
export function scoped(scope: Scope, condition: () => string): string | null {
  return scope.kind === 'unrestricted' ? null : condition();
}
