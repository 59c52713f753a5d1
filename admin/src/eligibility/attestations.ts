import type { CriteriaSet, Rule } from '@exemplar/shared';
import type { ExplanationLine } from './queries';

/** One qualitative (`attest`) rule of a set: its stable key, its verbatim text and where it sits. */
export interface AttestRule {
  key: string;
  text: string;
  /** The rule's JSON path, as the evaluation's explanation lines carry it (`criteria[3].rule.of[0]`). */
  path: string;
  /** The criterion it belongs to. */
  criterionKey: string;
}

/** An Attestation record as the console reads it (RESOURCE_FIELDS.Attestation). */
export interface AttestationRecord {
  id: string | number;
  subjectKind: string;
  subjectId: string | number;
  criterionKey: string;
  verdict: 'PASS' | 'FAIL';
  attestedBy: string;
  attestedOn: string;
  note?: string | null;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * Every attest rule of the set, in the set's order, with the JSON path the evaluator gives it. Rules
 * under `members` are left out: they are attested for each member, not for the subject judged.
 */
export function attestRules(set: CriteriaSet): AttestRule[] {
  const found: AttestRule[] = [];
  const walk = (rule: Rule, path: string, criterionKey: string) => {
    switch (rule.op) {
      case 'attest':
        found.push({ key: rule.key, text: rule.text, path, criterionKey });
        break;
      case 'all':
      case 'any':
        rule.of.forEach((r, i) => walk(r, `${path ? `${path}.` : ''}of[${i}]`, criterionKey));
        break;
      case 'not':
        walk(rule.rule, join(path, 'rule'), criterionKey);
        break;
      case 'everyYear':
        walk(rule.condition, join(path, 'condition'), criterionKey);
        break;
      case 'consecutive':
        walk(rule.condition, join(path, 'condition'), criterionKey);
        if (rule.inRun) walk(rule.inRun, join(path, 'inRun'), criterionKey);
        break;
      default:
        break;
    }
  };
  set.criteria.forEach((criterion, i) => walk(criterion.rule, `criteria[${i}].rule`, criterion.key));
  return found;
}

/** Whether an attestation of this key stands on the evaluation date (the evaluator ignores later ones). */
export function isAttested(key: string, attestations: readonly Pick<AttestationRecord, 'criterionKey' | 'attestedOn'>[], asOf: string): boolean {
  return attestations.some((a) => a.criterionKey === key && a.attestedOn <= asOf);
}

/**
 * The qualitative criteria still undetermined for the subject judged: the set's attest rules that the
 * evaluation reached (their path is in the explanation, so they apply to this kind of subject and its
 * role group) and that no attestation of the subject decides by the evaluation date. One entry per
 * key, in the set's order.
 */
export function pendingAttestRules(
  set: CriteriaSet,
  lines: readonly Pick<ExplanationLine, 'path'>[],
  attestations: readonly Pick<AttestationRecord, 'criterionKey' | 'attestedOn'>[],
  asOf: string,
): AttestRule[] {
  const reached = new Set(lines.map((line) => line.path).filter(Boolean));
  const seen = new Set<string>();
  return attestRules(set).filter((rule) => {
    if (!reached.has(rule.path) || seen.has(rule.key) || isAttested(rule.key, attestations, asOf)) return false;
    seen.add(rule.key);
    return true;
  });
}

/** Who attests by default: the emulation and commendation council. */
export const DEFAULT_ATTESTED_BY = 'Hội đồng Thi đua – Khen thưởng';

/** An attestation dated after the evaluation date would not count in it: the form starts on the earlier of the two. */
export const defaultAttestedOn = (today: string, asOf: string | null | undefined): string => (asOf && asOf < today ? asOf : today);
