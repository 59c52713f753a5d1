import {
  DELIVERIES,
  DOCUMENT_TYPES,
  FREQUENCIES,
  KPI_UNITS,
  LINK_RELATIONS,
  MILESTONE_KINDS,
  PLAN_STAGES,
  PLAN_STATUSES,
  QUOTA_BOUNDS,
  QUOTA_PER,
  QUOTA_PERIODS,
  RECIPIENT_PURPOSES,
  CRITERIA_SCOPES,
} from '@exemplar/shared';

/** SelectInput choices whose names are message keys `exemplar.plan.<group>.<code>` (react-admin translates them). */
const choices = (group: string, codes: readonly (string | number)[]) => codes.map((code) => ({ id: String(code), name: `exemplar.plan.${group}.${code}` }));

export const PLAN_CHOICES = {
  status: choices('status', PLAN_STATUSES),
  stage: choices('stage', PLAN_STAGES),
  documentType: choices('documentType', DOCUMENT_TYPES),
  per: choices('per', QUOTA_PER),
  bound: choices('bound', QUOTA_BOUNDS),
  every: choices('every', QUOTA_PERIODS),
  windowEvery: choices('windowEvery', ['QUARTER', 'YEAR', 'MONTH', 'FIXED']),
  quarterMonth: choices('quarterMonth', ['LAST', 1, 2, 3]),
  milestoneKind: choices('milestoneKind', MILESTONE_KINDS),
  dueKind: choices('dueKind', ['DATE', 'MONTH', 'QUARTER', 'HALF', 'YEAR', 'RECURRING']),
  duePart: choices('duePart', ['EARLY', 'MID', 'LATE']),
  recurring: choices('recurring', ['YEAR', 'QUARTER', 'MONTH', 'PERIODIC']),
  frequency: choices('frequency', FREQUENCIES),
  delivery: choices('delivery', DELIVERIES),
  purpose: choices('purpose', RECIPIENT_PURPOSES),
  relation: choices('relation', LINK_RELATIONS),
  linkKind: choices('linkKind', ['INTERNAL', 'EXTERNAL']),
  scope: choices('scope', CRITERIA_SCOPES),
  kpiUnit: choices('kpiUnit', KPI_UNITS),
};

export const monthChoices = Array.from({ length: 12 }, (_, i) => ({ id: String(i + 1), name: String(i + 1) }));
export const quarterChoices = [1, 2, 3, 4].map((q) => ({ id: String(q), name: ['I', 'II', 'III', 'IV'][q - 1] }));
export const halfChoices = [
  { id: '1', name: 'exemplar.plan.due.half_choice.1' },
  { id: '2', name: 'exemplar.plan.due.half_choice.2' },
];
