import { gql } from '@apollo/client';

export const ISSUE_DECISION = gql`
  mutation ConsoleIssueDecision(
    $number: String!
    $decidedOn: LocalDate!
    $signerTitle: String
    $signerName: String
    $issuingOrganizationId: ID!
    $awardTypeCode: String!
    $planId: ID
    $occasion: String
    $items: [DecisionItemInput!]!
    $author: String!
  ) {
    issueDecision(
      number: $number
      decidedOn: $decidedOn
      signerTitle: $signerTitle
      signerName: $signerName
      issuingOrganizationId: $issuingOrganizationId
      awardTypeCode: $awardTypeCode
      planId: $planId
      occasion: $occasion
      items: $items
      author: $author
    ) {
      id
      number
    }
  }
`;

export interface DecisionSubject {
  awardRecordId: string;
  subjectKind: string;
  subjectId: string;
  achievementKey: string;
  nominationId: string | null;
  exemplarId: string | null;
}

export interface DecisionRow {
  id: string;
  number: string;
  decidedOn: string;
  awardTypeCode: string;
  issuingOrganizationId: string;
  subjects: DecisionSubject[];
}

/**
 * The decisions of a plan with their subjects: the review screen finds those naming its nomination
 * (AwardDecisionFilter has no nominationId).
 */
export const PLAN_DECISIONS = gql`
  query ConsolePlanDecisions($planId: ID!) {
    allAwardDecisions(filter: { planId: $planId }, perPage: 500, sortField: "id", sortOrder: "DESC") {
      id number decidedOn awardTypeCode issuingOrganizationId
      subjects { awardRecordId subjectKind subjectId achievementKey nominationId exemplarId }
    }
  }
`;
