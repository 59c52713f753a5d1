import { gql } from '@apollo/client';

export interface QuotaRuleOption {
  id: string;
  key: string;
  text: string;
  bound: string;
  value: number;
  every: string;
  per: string;
  subjectKinds: string[];
  nominatorsDescription: string | null;
  receiverOrganizationCode: string | null;
}

/** A plan's quota rules (what a nomination counts towards), with the grain of their period. */
export const PLAN_QUOTA_RULES = gql`
  query ConsolePlanQuotaRules($id: ID!) {
    Plan(id: $id) { id code periodFrom periodTo quotaRules { id key text bound value every per subjectKinds nominatorsDescription receiverOrganizationCode } }
  }
`;

const N = 'id status version submittedOn returnedReason';

export const SUBMIT_NOMINATION = gql`
  mutation ConsoleSubmitNomination($id: ID!, $version: Int!, $author: String) { submitNomination(id: $id, version: $version, author: $author) { ${N} } }
`;

export const RECEIVE_NOMINATION = gql`
  mutation ConsoleReceiveNomination($id: ID!, $version: Int!, $author: String) { receiveNomination(id: $id, version: $version, author: $author) { ${N} } }
`;

export const RETURN_NOMINATION = gql`
  mutation ConsoleReturnNomination($id: ID!, $version: Int!, $reason: String!, $author: String) { returnNomination(id: $id, version: $version, reason: $reason, author: $author) { ${N} } }
`;

export const WITHDRAW_NOMINATION = gql`
  mutation ConsoleWithdrawNomination($id: ID!, $version: Int!, $reason: String!, $author: String) { withdrawNomination(id: $id, version: $version, reason: $reason, author: $author) { ${N} } }
`;

/** Returns the new nomination, sent to the parent council. */
export const FORWARD_NOMINATION = gql`
  mutation ConsoleForwardNomination($id: ID!, $version: Int!, $author: String) { forwardNomination(id: $id, version: $version, author: $author) { id status } }
`;

export const APPRAISE_NOMINATION = gql`
  mutation ConsoleAppraiseNomination($id: ID!, $version: Int!, $criteriaSetCode: String, $asOf: LocalDate, $author: String) {
    appraiseNomination(id: $id, version: $version, criteriaSetCode: $criteriaSetCode, asOf: $asOf, author: $author) { ${N} eligibility }
  }
`;

export const RECORD_ATTESTATION = gql`
  mutation ConsoleRecordAttestation($nominationId: ID!, $criterionKey: String!, $verdict: String!, $attestedBy: String!, $note: String) {
    recordAttestation(nominationId: $nominationId, criterionKey: $criterionKey, verdict: $verdict, attestedBy: $attestedBy, note: $note) { ${N} eligibility }
  }
`;

/** The organizations a quota asks nominations of (its selector, and their successors). */
export const QUOTA_NOMINATOR_IDS = gql`
  query ConsoleQuotaNominatorIds($quotaRuleId: ID!) { quotaNominatorIds(quotaRuleId: $quotaRuleId) }
`;

/** The criteria sets a plan refers to (what appraisal may judge by), and its code (achievement keys). */
export const PLAN_CRITERIA_SETS = gql`
  query ConsolePlanCriteriaSets($id: ID!) { Plan(id: $id) { id code criteriaSets { id data } } }
`;

/** A criteria set's definition by code (its qualitative criteria, for attestations). */
export const CRITERIA_SET_BY_CODE = gql`
  query ConsoleCriteriaSetByCode($code: String!) { allCriteriaSets(filter: { code: $code }, perPage: 1) { id code title definition } }
`;
