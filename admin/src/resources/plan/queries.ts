import { gql, type DocumentNode } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { operationNames, type PlanItemList } from '@exemplar/shared';

/** The part resources of the API, one per list of the plan document. */
export const PART_RESOURCES: Record<PlanItemList, string> = {
  parentPlans: 'PlanParentLink',
  legalBases: 'PlanLegalBasis',
  objectives: 'PlanObjective',
  requirements: 'PlanRequirement',
  contentItems: 'PlanContentItem',
  subjects: 'PlanSubject',
  criteriaSets: 'PlanCriteriaSet',
  quotaRules: 'PlanQuotaRule',
  submissionWindows: 'PlanSubmissionWindow',
  milestones: 'PlanMilestone',
  responsibilities: 'PlanResponsibility',
  kpis: 'PlanKpi',
  recipients: 'PlanRecipient',
};

export interface Amendment {
  reason: string;
  author: string;
}

const partMutations = new Map<string, DocumentNode>();

function cached(name: string, text: () => string): DocumentNode {
  let document = partMutations.get(name);
  if (!document) {
    document = gql(text());
    partMutations.set(name, document);
  }
  return document;
}

/** createPlanX(planId, data, position, reason, author). */
export function createPartMutation(list: PlanItemList): DocumentNode {
  const name = operationNames(PART_RESOURCES[list]).create;
  return cached(
    name,
    () => `mutation ConsolePlanPartCreate($planId: ID!, $data: JSON!, $position: Int, $reason: String, $author: String) {
      ${name}(planId: $planId, data: $data, position: $position, reason: $reason, author: $author) { id key version }
    }`,
  );
}

/** updatePlanX(id, version, data?, position?, reason, author): a whole part, or only a move. */
export function updatePartMutation(list: PlanItemList): DocumentNode {
  const name = operationNames(PART_RESOURCES[list]).update;
  return cached(
    name,
    () => `mutation ConsolePlanPartUpdate($id: ID!, $version: Int!, $data: JSON, $position: Int, $reason: String, $author: String) {
      ${name}(id: $id, version: $version, data: $data, position: $position, reason: $reason, author: $author) { id key version position }
    }`,
  );
}

export function deletePartMutation(list: PlanItemList): DocumentNode {
  const name = operationNames(PART_RESOURCES[list]).delete;
  return cached(
    name,
    () => `mutation ConsolePlanPartDelete($id: ID!, $version: Int!, $reason: String, $author: String) {
      ${name}(id: $id, version: $version, reason: $reason, author: $author) { id }
    }`,
  );
}

export const UPDATE_PLAN = gql`
  mutation ConsoleUpdatePlan($id: ID!, $version: Int!, $changes: JSON!, $reason: String, $author: String) {
    updatePlan(id: $id, version: $version, changes: $changes, reason: $reason, author: $author) { id version }
  }
`;

export const ISSUE_PLAN = gql`
  mutation ConsoleIssuePlan($id: ID!, $version: Int!) { issuePlan(id: $id, version: $version) { id version status } }
`;

export const CLOSE_PLAN = gql`
  mutation ConsoleClosePlan($id: ID!, $version: Int!) { closePlan(id: $id, version: $version) { id version status } }
`;

export const CHANGE_PLAN_STATUS = gql`
  mutation ConsoleChangePlanStatus($id: ID!, $version: Int!, $status: String!) { changePlanStatus(id: $id, version: $version, status: $status) { id version status } }
`;

export const DELETE_PLAN = gql`
  mutation ConsoleDeletePlan($id: ID!, $version: Int!) { deletePlan(id: $id, version: $version) { id } }
`;

export const DERIVE_PLAN = gql`
  mutation ConsoleDerivePlan($parentId: ID!, $code: String!, $title: String!, $issuerOrganizationCode: String!, $author: String!) {
    derivePlan(parentId: $parentId, code: $code, title: $title, issuerOrganizationCode: $issuerOrganizationCode, author: $author) { outcome plan { id code } }
  }
`;

export const IMPORT_PLAN = gql`
  mutation ConsoleImportPlan($document: JSON!) { importPlan(document: $document) { outcome plan { id code } } }
`;

export const EXPORT_PLAN = gql`
  query ConsoleExportPlan($code: String!) { exportPlan(code: $code) }
`;

export interface PlanNode {
  id: string;
  code: string;
  title: string;
  status: string;
  periodFrom: number;
  periodTo: number;
  children?: PlanNode[];
}

const NODE = 'id code title status periodFrom periodTo';

/** The cascade: plans implementing this one, three levels down, and where this one differs from its parent. */
export const PLAN_CASCADE = gql`
  query ConsolePlanCascade($id: ID!) {
    Plan(id: $id) {
      id
      derivedDifferences { list key parentPlanCode changes }
      children { ${NODE} children { ${NODE} children { ${NODE} } } }
    }
  }
`;

export interface DerivedDifference {
  list: string;
  key: string;
  parentPlanCode: string;
  changes: { path: string; kind: 'ADDED' | 'REMOVED' | 'CHANGED'; before?: unknown; after?: unknown }[];
}

export interface PlanRevision {
  id: string;
  revision: number;
  kind: string;
  status: string;
  reason: string;
  author: string;
  diff: { path: string; kind: 'ADDED' | 'REMOVED' | 'CHANGED'; before?: unknown; after?: unknown }[];
  createdAt: string;
}

export const PLAN_REVISIONS = gql`
  query ConsolePlanRevisions($id: ID!) {
    Plan(id: $id) { id revisions { id revision kind status reason author diff createdAt } }
  }
`;

/** Plans by code (the cascade links parent plans by code). */
export const PLANS_BY_CODE = gql`
  query ConsolePlanByCode($code: String!) { allPlans(filter: { code: $code }, perPage: 1) { id code title status } }
`;

/** One problem of an INVALID_PLAN error (`extensions.issues`). */
export interface PlanIssue {
  path: string;
  code: string;
  vi: string;
  en: string;
}

function graphQLErrors(error: unknown): readonly GraphQLFormattedError[] {
  const apollo = (error as { body?: unknown })?.body ?? error;
  return (apollo as { graphQLErrors?: readonly GraphQLFormattedError[] })?.graphQLErrors ?? [];
}

/** The issues an INVALID_PLAN error lists (empty for any other error). */
export function planIssues(error: unknown): PlanIssue[] {
  return graphQLErrors(error).flatMap((e) => (e.extensions?.code === 'INVALID_PLAN' && Array.isArray(e.extensions.issues) ? (e.extensions.issues as PlanIssue[]) : []));
}
