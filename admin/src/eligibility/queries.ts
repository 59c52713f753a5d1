import { gql } from '@apollo/client';

/** One line of a server explanation (explanationVi / explanationEn). */
export interface ExplanationLine {
  depth: number;
  verdict: Verdict;
  text: string;
  path: string;
}

export type Verdict = 'PASS' | 'FAIL' | 'UNKNOWN';

export interface EligibilityResult {
  verdict: Verdict;
  applicable: boolean;
  roleGroup: string | null;
  subjectName: string | null;
  criteriaSetCode: string;
  asOf: string;
  explanationVi: ExplanationLine[];
  explanationEn: ExplanationLine[];
}

const RESULT_FIELDS = `
  verdict applicable roleGroup subjectName criteriaSetCode asOf
  explanationVi { depth verdict text path }
  explanationEn { depth verdict text path }
`;

/** A stored set judged for one subject on a date (the viewer's "Xét thử"). */
export const EVALUATE_ELIGIBILITY = gql`
  query ConsoleEvaluateEligibility($subject: SubjectInput!, $criteriaSetCode: String!, $asOf: LocalDate) {
    evaluateEligibility(subject: $subject, criteriaSetCode: $criteriaSetCode, asOf: $asOf) { ${RESULT_FIELDS} }
  }
`;

export interface AwardSuggestion {
  awardType: { code: string; nameVi: string; nameEn: string; rank: number };
  verdict: Verdict;
  eligibility: EligibilityResult;
}

/** The Law's awards a subject meets (or may meet, pending data), highest rank first. */
export const SUGGEST_AWARDS = gql`
  query ConsoleSuggestAwards($subject: SubjectInput!, $asOf: LocalDate) {
    suggestAwards(subject: $subject, asOf: $asOf, includeUnknown: true) {
      awardType { code nameVi nameEn rank }
      verdict
      eligibility { ${RESULT_FIELDS} }
    }
  }
`;

/** The explanation in the console's language. */
export function explanationIn(result: EligibilityResult, locale: string): ExplanationLine[] {
  return locale === 'en' ? result.explanationEn : result.explanationVi;
}
