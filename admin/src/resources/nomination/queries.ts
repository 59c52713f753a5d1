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
