import type { QuotaBound } from '../plans/plan';

export const COMPLIANCE_STATUSES = ['NOT_STARTED', 'PARTIAL', 'MET', 'EXCEEDED', 'OVERDUE'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/**
 * Where a nominating unit stands against one quota in one period. The API computes the same in SQL for
 * a whole province at once (quota.repository.ts); this is the rule both follow, tested as a table.
 *
 * - MIN n: 0 while the period runs → NOT_STARTED; below n → PARTIAL; n or more → MET (a minimum is
 *   not exceeded: more models are welcome).
 * - EXACT n: as MIN, but more than n is EXCEEDED (the API refuses it at submission; imports may not).
 * - MAX n: nothing is required: up to n → MET (0 → NOT_STARTED), more → EXCEEDED.
 * - Once the period (or its last window) is over, a required count not reached is OVERDUE.
 */
export function complianceStatus(bound: QuotaBound, required: number, count: number, periodOver: boolean): ComplianceStatus {
  if (bound === 'MAX') return count > required ? 'EXCEEDED' : count === 0 ? 'NOT_STARTED' : 'MET';
  if (count > required) return bound === 'EXACT' ? 'EXCEEDED' : 'MET';
  if (count === required) return 'MET';
  if (periodOver) return 'OVERDUE';
  return count === 0 ? 'NOT_STARTED' : 'PARTIAL';
}
