/**
 * Whose rows a request may see. Jurisdiction (granted roles) arrives in a later issue; the list
 * machinery already carries the scope into every query so that enforcement lives in the SQL.
 */
export type Scope =
  | { kind: 'unrestricted' }
  | {
      kind: 'jurisdiction';
      /** Roots of organization subtrees the caller may act on. */
      organizationIds: readonly string[];
      /** Roots of territorial subtrees the caller may act on. */
      unitIds: readonly string[];
    };

export const UNRESTRICTED: Scope = { kind: 'unrestricted' };
