/**
 * What the console asks for, per resource: ra-data-graphql-simple's `meta.sparseFields` grammar
 * (a field name, or `{ relation: [fields] }`). Without it the adapter selects every field: every
 * relation of every row of a list (children, ancestors, successors…), far more than a screen shows.
 */
export type SparseField = string | { [relation: string]: SparseField[] };

export interface ResourceFields {
  /** getList, getMany, getManyReference. */
  list: SparseField[];
  /** getOne and the answers of create, update, delete. */
  one: SparseField[];
}

const UNIT_SCALARS = ['id', 'code', 'name', 'shortName', 'kind', 'level', 'parentId', 'validFrom', 'validTo', 'dataset'];
const UNIT_BRIEF = ['id', 'code', 'name', 'kind', 'level', 'validFrom', 'validTo', { parent: ['id', 'name'] }];

const ORGANIZATION_SCALARS = [
  'id',
  'code',
  'name',
  'shortName',
  'kind',
  'sector',
  'parentId',
  'unitId',
  'validFrom',
  'validTo',
  'note',
  'isReference',
  'version',
  'createdAt',
  'updatedAt',
];
const ORGANIZATION_BRIEF = ['id', 'code', 'name', 'validFrom', 'validTo'];

/*
 * The catalogue and the achievement record are one table each on the server: every field is a plain
 * value (codes and ids, no relation objects), so the list and the record ask for the same fields.
 */
const GRANT_FIELDS = ['id', 'role', 'organizationId', 'unitId'];

const same = (fields: SparseField[]): ResourceFields => ({ list: fields, one: fields });
const SUBJECT = ['subjectKind', 'subjectId'];

const CRITERIA_SET_SCALARS = ['id', 'code', 'title', 'titleEn', 'origin', 'awardTypeCode', 'isReference', 'version', 'createdAt', 'updatedAt'];

const PLAN_SCALARS = ['id', 'code', 'number', 'numberPattern', 'title', 'status', 'issuerOrganizationId', 'periodFrom', 'periodTo', 'isReference', 'version', 'createdAt', 'updatedAt'];
const PLAN_PART = ['id', 'key', 'position', 'version', 'data'];
const DATE_RANGE = ['from', 'to', 'label'];
/*
 * The plan editor reads the whole plan at once: the document (the overview) and every part with its
 * version (what updates and deletes send). The cascade and the revisions are read by their tabs.
 */
const PLAN_PARTS: SparseField[] = [
  ...['parentPlans', 'legalBases', 'objectives', 'requirements', 'contentItems', 'subjects', 'criteriaSets', 'quotaRules'].map((list) => ({ [list]: PLAN_PART })),
  { submissionWindows: [...PLAN_PART, { instances: DATE_RANGE }] },
  { milestones: [...PLAN_PART, { dueRanges: DATE_RANGE }] },
  ...['responsibilities', 'kpis', 'recipients'].map((list) => ({ [list]: PLAN_PART })),
];

const EXEMPLAR_SCALARS = [
  'id',
  'subjectKind',
  'subjectId',
  'modelName',
  'description',
  'planId',
  'fields',
  'discoveredVia',
  'discoveredOn',
  'organizationInChargeId',
  'unitId',
  'stage',
  'version',
  'createdAt',
  'updatedAt',
  'displayName',
];
const NOMINATION_SCALARS = [
  'id',
  'planId',
  'quotaRuleId',
  'nominatingOrganizationId',
  'councilOrganizationId',
  'exemplarId',
  'subjectKind',
  'subjectId',
  'periodYear',
  'periodQuarter',
  'periodMonth',
  'status',
  'submittedOn',
  'returnedReason',
  'version',
  'createdAt',
  'updatedAt',
];

const SESSION_SCALARS = ['id', 'councilId', 'title', 'heldOn', 'secretBallot', 'status', 'minutes', 'version'];
const DECISION_SCALARS = ['id', 'number', 'decidedOn', 'signerTitle', 'signerName', 'issuingOrganizationId', 'awardTypeCode', 'planId', 'occasion', 'author', 'createdAt'];

export const RESOURCE_FIELDS: Record<string, ResourceFields> = {
  AdministrativeUnit: {
    list: [...UNIT_SCALARS, { parent: ['id', 'name'] }],
    one: [
      ...UNIT_SCALARS,
      { parent: ['id', 'name'] },
      { ancestors: ['id', 'name', 'level'] },
      'successorLinks',
      'predecessorLinks',
      { successors: UNIT_BRIEF },
      { predecessors: UNIT_BRIEF },
    ],
  },
  Organization: {
    list: ORGANIZATION_SCALARS,
    one: [
      ...ORGANIZATION_SCALARS,
      { ancestors: ['id', 'name'] },
      { successors: ORGANIZATION_BRIEF },
      { predecessors: ORGANIZATION_BRIEF },
    ],
  },
  AwardType: same(['id', 'code', 'nameVi', 'nameEn', 'category', 'level', 'subjectKinds', 'rank', 'periodic', 'legalBasis', 'note']),
  AwardAuthorityRule: same(['id', 'awardTypeCode', 'authorityLevel', 'authorityRole', 'validFrom', 'validTo', 'legalBasis', 'note']),
  ActivityField: same(['id', 'code', 'nameVi', 'nameEn']),
  CriteriaSet: {
    // The list counts the criteria (their ids only); the viewer reads the whole set in its JSON form.
    list: [...CRITERIA_SET_SCALARS, { criteria: ['id'] }],
    one: [...CRITERIA_SET_SCALARS, 'definition'],
  },
  Criterion: same(['id', 'criteriaSetId', 'position', 'key', 'title', 'titleEn', 'sourceText', 'source', 'confidence', 'appliesTo', 'roleGroup', 'field', 'rule']),
  Person: same(['id', 'fullName', 'birthYear', 'gender', 'ethnicity', 'staffCategory', 'unitId', 'version', 'createdAt', 'updatedAt']),
  Household: same(['id', 'name', 'headPersonId', 'unitId', 'version', 'createdAt', 'updatedAt']),
  HouseholdMember: same(['id', 'householdId', 'personId', 'relation']),
  Position: same(['id', 'personId', 'organizationId', 'roleCode', 'fromDate', 'toDate']),
  AwardRecord: same([
    'id',
    ...SUBJECT,
    'awardTypeCode',
    'year',
    'decisionNumber',
    'decisionDate',
    'issuerOrganizationId',
    'issuerLevel',
    'issuerRole',
    'occasion',
    'achievementKey',
  ]),
  Initiative: same(['id', 'kind', 'title', 'recognitionLevel', 'recognizedByOrganizationId', 'decisionNumber', 'recognizedOn', 'applied', 'fieldCode']),
  InitiativeAuthor: same(['id', ...SUBJECT, 'initiativeId']),
  AnnualRating: same(['id', ...SUBJECT, 'year', 'level']),
  Discipline: same(['id', ...SUBJECT, 'form', 'decidedOn', 'effectiveTo']),
  CulturalTitle: same(['id', ...SUBJECT, 'code', 'year']),
  SubjectFlag: same(['id', ...SUBJECT, 'code', 'year', 'value']),
  YearlyMetric: same(['id', ...SUBJECT, 'code', 'year', 'value']),
  Plan: {
    list: PLAN_SCALARS,
    one: [...PLAN_SCALARS, 'document', ...PLAN_PARTS],
  },
  // The board reads the list (no history); the exemplar's page its moves too.
  Exemplar: {
    list: EXEMPLAR_SCALARS,
    one: [...EXEMPLAR_SCALARS, { transitions: ['id', 'fromStage', 'toStage', 'reason', 'author', 'source', 'createdAt'] }],
  },
  // The list shows the summary's name; the review screen the whole form, attachments and history.
  Nomination: {
    list: [...NOMINATION_SCALARS, 'summary'],
    one: [...NOMINATION_SCALARS, 'summary', 'attachments', 'eligibility', 'forwardedFromId', { transitions: ['id', 'fromStatus', 'toStatus', 'reason', 'author', 'createdAt'] }],
  },
  Council: same(['id', 'organizationId', 'name', 'standingOrganizationId', 'parentCouncilId', 'quorumRatio', 'version']),
  CouncilMember: same(['id', 'councilId', 'personId', 'fullName', 'title', 'role', 'voting', 'fromDate', 'toDate', 'version']),
  // The session screen reads at once the agenda with its results, who is present, who has voted (never how
  // in a secret ballot), the open ballots' choices and the declared conflicts.
  CouncilSession: {
    list: SESSION_SCALARS,
    one: [
      ...SESSION_SCALARS,
      { items: ['nominationId', 'position', 'result', 'yes', 'no', 'abstain', 'eligible'] },
      'presentMemberIds',
      { openBallots: ['nominationId', 'memberId', 'choice'] },
      { votesCast: ['nominationId', 'memberId'] },
      { conflicts: ['nominationId', 'memberId', 'reason'] },
    ],
  },
  AwardDecision: {
    list: [...DECISION_SCALARS, { subjects: ['awardRecordId'] }],
    one: [...DECISION_SCALARS, { subjects: ['awardRecordId', 'subjectKind', 'subjectId', 'achievementKey', 'nominationId', 'exemplarId'] }],
  },
  Attestation: same(['id', ...SUBJECT, 'criterionKey', 'verdict', 'attestedBy', 'attestedOn', 'note']),
  // The grants (jurisdiction) are left out: the history shows who, when and what changed.
  // Users and API keys (national administrators): their live grants with each row.
  AppUser: same(['id', 'username', 'displayName', 'disabled', { grants: GRANT_FIELDS }]),
  ApiKey: same(['id', 'name', 'prefix', 'expiresAt', 'revokedAt', { grants: GRANT_FIELDS }]),
  AuditEntry: same(['id', 'occurredAt', 'actor', 'onBehalfOf', 'requestId', 'tableName', 'rowId', 'action', 'before', 'after', 'transactionId']),
};
