import type { CriteriaSet, CriteriaSetResult } from '@exemplar/shared';
import { attestRules, type AttestRule } from '../../eligibility/attestations';
import type { Verdict } from '../../eligibility/queries';

/** The eligibility snapshot appraisal stores on a nomination (nomination.service.ts `snapshot`). */
export interface Snapshot {
  criteriaSetCode: string | null;
  asOf: string | null;
  verdict: Verdict | null;
  applicable: boolean;
  roleGroup: string | null;
  /** The whole evaluation (shared's CriteriaSetResult): per criterion its verdict and rule trace. */
  result: CriteriaSetResult | null;
  /** Why nothing was judged (NO_SUBJECT: a named model without a subject). */
  reason: string | null;
}

const VERDICTS = ['PASS', 'FAIL', 'UNKNOWN'];
const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** The snapshot read defensively from the nomination's JSON (null before appraisal). */
export function readSnapshot(eligibility: unknown): Snapshot | null {
  if (!eligibility || typeof eligibility !== 'object' || Array.isArray(eligibility)) return null;
  const e = eligibility as Record<string, unknown>;
  const result = e.result && typeof e.result === 'object' && Array.isArray((e.result as { criteria?: unknown }).criteria) ? (e.result as CriteriaSetResult) : null;
  return {
    criteriaSetCode: str(e.criteriaSetCode),
    asOf: str(e.asOf),
    verdict: VERDICTS.includes(e.verdict as string) ? (e.verdict as Verdict) : null,
    applicable: e.applicable === true,
    roleGroup: str(e.roleGroup),
    result,
    reason: str(e.reason),
  };
}

/** Each criterion of the snapshot with its verdict, in the set's order. */
export function criterionVerdicts(snapshot: Snapshot | null): { key: string; title: { vi: string; en?: string }; verdict: Verdict }[] {
  return (snapshot?.result?.criteria ?? []).map((c) => ({ key: c.key, title: c.title as { vi: string; en?: string }, verdict: c.verdict }));
}

/** A plan's criteria set reference (a PlanPart's data). */
export interface CriteriaSetRefData {
  code?: string;
  key?: string;
  scope?: string;
  subjectKinds?: string[];
  field?: string;
  note?: string;
}

/**
 * The plan's criteria sets offered to judge a subject of this kind by: the general ones and those of
 * its kind first, then the others (field sets, role sets); each code once.
 */
export function planCriteriaSetChoices(refs: readonly (CriteriaSetRefData | null | undefined)[], subjectKind: string | null | undefined): CriteriaSetRefData[] {
  const usable = refs.filter((r): r is CriteriaSetRefData & { code: string } => !!r && typeof r.code === 'string' && r.code.length > 0);
  const fits = (r: CriteriaSetRefData) => r.scope === 'GENERAL' || (r.scope === 'SUBJECT_KIND' && !!subjectKind && (r.subjectKinds ?? []).includes(subjectKind));
  const ordered = [...usable.filter(fits), ...usable.filter((r) => !fits(r))];
  const seen = new Set<string>();
  return ordered.filter((r) => (seen.has(r.code!) ? false : (seen.add(r.code!), true)));
}

/** Whether appraisal would pick a set by itself (a general set, or one for the subject's kind). */
export function planHasDefaultSet(refs: readonly (CriteriaSetRefData | null | undefined)[], subjectKind: string | null | undefined): boolean {
  return refs.some((r) => !!r?.code && (r.scope === 'GENERAL' || (r.scope === 'SUBJECT_KIND' && !!subjectKind && (r.subjectKinds ?? []).includes(subjectKind))));
}

/**
 * The qualitative criteria the snapshot leaves undetermined: the set's attest rules whose node in
 * the explanation is UNKNOWN (reached and not yet attested); one per key, in the set's order.
 */
export function undeterminedAttestations(set: CriteriaSet, lines: readonly { path: string; verdict: string }[]): AttestRule[] {
  const unknown = new Set(lines.filter((l) => l.verdict === 'UNKNOWN' && l.path).map((l) => l.path));
  const seen = new Set<string>();
  return attestRules(set).filter((rule) => {
    if (!unknown.has(rule.path) || seen.has(rule.key)) return false;
    seen.add(rule.key);
    return true;
  });
}

/** Appraisal is done on a received nomination; attestations re-evaluate an appraised one (later ones would not change the stored snapshot). */
export const canAppraise = (status: string) => status === 'RECEIVED';
export const canAttest = (status: string) => status === 'APPRAISED';
