import { inOrgs, inReadOrgs, inUnits } from '../../db/jurisdiction-sql';

/**
 * Whose rows a request may see. A jurisdiction's extent (its organizations, the organizations above
 * them, its territory) is computed by the database when the request's transaction opens, as bitmaps
 * in settings local to that transaction; row-level security reads them, and so does the
 * application's own SQL, written here (one bit per row: the check costs the same for a commune and a
 * whole province).
 */
export type Scope = { kind: 'unrestricted' } | { kind: 'jurisdiction' };

export const UNRESTRICTED: Scope = { kind: 'unrestricted' };
export const JURISDICTION: Scope = { kind: 'jurisdiction' };


/** SQL conditions of the request's jurisdiction (the policies say the same). */
export class JurisdictionSql {
  /** An organization column within the jurisdiction's organizations. */
  org(column: string): string {
    return inOrgs(column);
  }

  /** An organization column readable: one's own or above them. */
  readableOrg(column: string): string {
    return `(${inOrgs(column)} OR ${inReadOrgs(column)})`;
  }

  /**
   * An organization row readable: one of the jurisdiction's, under one of them or in its territory
   * (also when created since the request began), or above them.
   */
  organization(alias: string): string {
    return `(${this.org(`${alias}.id`)} OR ${this.org(`${alias}.parent_id`)} OR ${this.unit(`${alias}.unit_id`)} OR ${inReadOrgs(`${alias}.id`)})`;
  }

  /** A territorial unit column within the jurisdiction's territory. */
  unit(column: string): string {
    return inUnits(column);
  }

  /** A person: located in the territory, or holding a post in one of the organizations. */
  person(alias: string): string {
    return `(${this.unit(`${alias}.unit_id`)} OR EXISTS (SELECT 1 FROM position j_pos WHERE j_pos.person_id = ${alias}.id AND ${this.org('j_pos.organization_id')}))`;
  }

  /** A subject (person, household or organization columns of one alias) the jurisdiction can see. */
  subject(alias: string): string {
    return `CASE
    WHEN ${alias}.person_id IS NOT NULL THEN EXISTS (SELECT 1 FROM person s_p WHERE s_p.id = ${alias}.person_id AND ${this.person('s_p')})
    WHEN ${alias}.household_id IS NOT NULL THEN EXISTS (SELECT 1 FROM household s_h WHERE s_h.id = ${alias}.household_id AND ${this.unit('s_h.unit_id')})
    ELSE ${this.org(`${alias}.organization_id`)} END`;
  }

  /** An exemplar: its organization in charge, its place, its subject organization or its plan's issuer. */
  exemplar(alias: string): string {
    return `(${this.org(`${alias}.organization_in_charge_id`)} OR ${this.unit(`${alias}.unit_id`)} OR ${this.org(`${alias}.organization_id`)}
    OR EXISTS (SELECT 1 FROM plan e_p WHERE e_p.id = ${alias}.plan_id AND ${this.org('e_p.issuer_organization_id')}))`;
  }

  /** A plan readable: issued by the jurisdiction, above it, or nationally without an issuer. */
  plan(alias: string): string {
    return `(${alias}.issuer_organization_id IS NULL OR ${this.readableOrg(`${alias}.issuer_organization_id`)})`;
  }

  /** A nomination: sent by one of the jurisdiction's organizations, or to one of its councils. */
  nomination(alias: string): string {
    return `(${this.org(`${alias}.nominating_organization_id`)} OR ${this.org(`${alias}.council_organization_id`)})`;
  }
}

const SQL = new JurisdictionSql();

/** `condition` of the scope's jurisdiction; nothing when unrestricted. */
export function scoped(scope: Scope, condition: (j: JurisdictionSql) => string): string | null {
  return scope.kind === 'unrestricted' ? null : condition(SQL);
}
