import { materialiseWindow, resolveDue, type DueExpression, type PlanItemList, type WindowRule } from '@exemplar/shared';

/** The GraphQL type of a typed field of a plan part. */
export type PartFieldType = 'text' | 'int' | 'float' | 'bool' | 'textArray' | 'json' | 'dateRanges';

export interface PartField {
  type: PartFieldType;
  description?: string;
  nullable?: boolean;
  /** The value, read from the item (exchange format) and the plan's period. */
  // Items are validated exchange-format objects of the spec's list; reading them loosely keeps the
  // specs one line a field.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get(item: Record<string, any>, period: { from: number; to: number }): unknown;
}

/** A filter of a part list: equality on a text inside the item, or membership in an array of codes. */
export interface PartFilter {
  match: 'exact' | 'contains';
  /** SQL over `i.data` (the item). */
  sql: string;
  pattern: RegExp;
  description: string;
}

export interface PartSpec {
  /** GraphQL type and react-admin resource name. */
  type: string;
  list: PlanItemList;
  description: string;
  fields: Record<string, PartField>;
  filters: Record<string, PartFilter>;
}

const CODE = /^[A-Z0-9_.-]{1,80}$/;
const text = (key: string, description?: string, nullable = true): PartField => ({ type: 'text', nullable, description, get: (i) => i[key] ?? null });
const texts = (key: string, description?: string): PartField => ({ type: 'textArray', description, get: (i) => i[key] ?? [] });
const json = (key: string, description?: string): PartField => ({ type: 'json', nullable: true, description, get: (i) => i[key] ?? null });
const actor = (key: string, what: string): Record<string, PartField> => ({
  [`${key}Text`]: { type: 'text', nullable: true, description: `${what}, as printed.`, get: (i) => i[key]?.text ?? null },
  [`${key}OrganizationCode`]: { type: 'text', nullable: true, description: `${what}: our organization code, when one matches.`, get: (i) => i[key]?.organization ?? null },
});
const provenance: Record<string, PartField> = {
  derivedFromPlanCode: { type: 'text', nullable: true, description: 'Copied from this parent plan (derivePlan)…', get: (i) => i.derivedFrom?.planCode ?? null },
  derivedFromKey: { type: 'text', nullable: true, description: '…and this item of it.', get: (i) => i.derivedFrom?.key ?? null },
};
const exact = (jsonKey: string, description: string, pattern = CODE): PartFilter => ({ match: 'exact', sql: `i.data->>'${jsonKey}'`, pattern, description });
const contains = (jsonKey: string, description: string): PartFilter => ({ match: 'contains', sql: `i.data->'${jsonKey}'`, pattern: CODE, description });

const link = (type: string, list: PlanItemList, description: string): PartSpec => ({
  type,
  list,
  description,
  fields: {
    relation: text('relation', 'IMPLEMENTS or BASED_ON.', false),
    kind: text('kind', 'INTERNAL (a plan of the system) or EXTERNAL (a document outside it).', false),
    planCode: text('planCode', 'INTERNAL: the linked plan’s code.'),
    documentType: { type: 'text', nullable: true, get: (i) => i.document?.documentType ?? null },
    documentNumber: { type: 'text', nullable: true, description: '"1526/QĐ-TTg", "34-CT/TW".', get: (i) => i.document?.number ?? null },
    documentDate: { type: 'json', nullable: true, description: '{ year, month, day } (month and day may be null).', get: (i) => i.document?.date ?? null },
    documentIssuerText: { type: 'text', nullable: true, get: (i) => i.document?.issuer?.text ?? null },
    documentIssuerOrganizationCode: { type: 'text', nullable: true, get: (i) => i.document?.issuer?.organization ?? null },
    documentTitle: { type: 'text', nullable: true, get: (i) => i.document?.title ?? null },
    text: text('text', 'The citation as printed.'),
  },
  filters: { relation: exact('relation', 'IMPLEMENTS or BASED_ON'), kind: exact('kind', 'INTERNAL or EXTERNAL') },
});

const textItem = (type: string, list: PlanItemList, description: string): PartSpec => ({
  type,
  list,
  description,
  fields: { label: text('label', 'The label printed in the document ("a)", "1.", "-").'), text: text('text', undefined, false) },
  filters: {},
});

/** Every part of a plan: its GraphQL type, its typed fields and its filters. */
export const PLAN_PART_SPECS: readonly PartSpec[] = [
  link('PlanParentLink', 'parentPlans', 'A plan this plan implements (căn cứ kế hoạch cấp trên).'),
  link('PlanLegalBasis', 'legalBases', 'A legal basis of the plan (căn cứ pháp lý).'),
  textItem('PlanObjective', 'objectives', 'An objective (mục đích) of the plan.'),
  textItem('PlanRequirement', 'requirements', 'A requirement (yêu cầu) of the plan.'),
  {
    type: 'PlanContentItem',
    list: 'contentItems',
    description: 'A content item (nội dung) of the plan, tagged with the stages it serves.',
    fields: {
      label: text('label'),
      section: text('section', 'The section of the document ("IV.1.2").'),
      text: text('text', undefined, false),
      stages: texts('stages', 'DISCOVER, NURTURE, REVIEW, REPLICATE, PUBLICISE, HONOUR.'),
      responsibleText: text('responsibleText'),
      timingText: text('timingText'),
      frequency: text('frequency'),
    },
    filters: { stage: contains('stages', 'Items serving this stage'), frequency: exact('frequency', 'ONCE, ANNUAL, QUARTERLY…') },
  },
  {
    type: 'PlanSubject',
    list: 'subjects',
    description: 'Who the plan is about: subject kinds with a description and a selector.',
    fields: { kinds: texts('kinds', 'CA_NHAN, TAP_THE, HO_GIA_DINH.'), description: text('description', undefined, false), selector: json('selector', 'Organizations or units selected.') },
    filters: { subjectKind: contains('kinds', 'Subjects of this kind') },
  },
  {
    type: 'PlanCriteriaSet',
    list: 'criteriaSets',
    description: 'A criteria set the plan uses, and what it applies to.',
    fields: {
      code: text('code', 'The criteria set’s code.', false),
      scope: text('scope', 'GENERAL, SUBJECT_KIND, FIELD or ROLE.', false),
      subjectKinds: texts('subjectKinds'),
      field: text('field'),
      roleGroups: texts('roleGroups'),
      note: text('note'),
      ...provenance,
    },
    filters: { scope: exact('scope', 'GENERAL, SUBJECT_KIND, FIELD or ROLE'), code: exact('code', 'A criteria set code') },
  },
  {
    type: 'PlanQuotaRule',
    list: 'quotaRules',
    description: 'A nomination quota: who nominates, how many (minimum, maximum or exact), how often, to whom.',
    fields: {
      text: text('text', 'The rule as printed.', false),
      nominators: json('nominators', 'Selector of the nominating organizations.'),
      nominatorsDescription: { type: 'text', nullable: true, get: (i) => i.nominators?.description ?? null },
      per: text('per', 'UNIT (each nominating unit) or SECTOR (each sector as a whole).', false),
      bound: { type: 'text', description: 'MIN, MAX or EXACT.', get: (i) => i.count.bound },
      value: { type: 'int', description: 'How many.', get: (i) => i.count.value },
      every: text('every', 'YEAR, QUARTER, MONTH or PLAN.', false),
      subjectKinds: texts('subjectKinds', 'Kinds nominated (empty: any).'),
      item: text('item', 'What is nominated, as printed.'),
      ...actor('receiver', 'The council that receives the nominations'),
      windowKeys: texts('windowKeys', 'Keys of the submission windows nominations must fall in.'),
      purpose: text('purpose'),
      attachments: texts('attachments'),
      note: text('note'),
      ...provenance,
    },
    filters: {
      per: exact('per', 'UNIT or SECTOR'),
      every: exact('every', 'YEAR, QUARTER, MONTH or PLAN'),
      bound: { match: 'exact', sql: `i.data#>>'{count,bound}'`, pattern: CODE, description: 'MIN, MAX or EXACT' },
    },
  },
  {
    type: 'PlanSubmissionWindow',
    list: 'submissionWindows',
    description: 'When nominations may be submitted: the rule and its dated instances over the plan period (days inclusive).',
    fields: {
      text: text('text', 'The window as printed.', false),
      every: { type: 'text', description: 'QUARTER, YEAR, MONTH or FIXED.', get: (i) => i.rule.every },
      rule: json('rule', 'The rule in the exchange format.'),
      instances: { type: 'dateRanges', description: 'Every dated window of the plan period.', get: (i, period) => materialiseWindow(i.rule as WindowRule, period) },
      ...provenance,
    },
    filters: { every: { match: 'exact', sql: `i.data#>>'{rule,every}'`, pattern: CODE, description: 'QUARTER, YEAR, MONTH or FIXED' } },
  },
  {
    type: 'PlanMilestone',
    list: 'milestones',
    description: 'A milestone: interim or final review, conference, report or event; who; when.',
    fields: {
      kind: text('kind', 'INTERIM_REVIEW, FINAL_REVIEW, CONFERENCE, REPORT or EVENT.', false),
      text: text('text', undefined, false),
      ...actor('actor', 'Who carries it out'),
      due: json('due', 'The due expression in the exchange format.'),
      dueText: text('dueText', 'As printed ("đầu quý II năm 2023").'),
      dueRanges: { type: 'dateRanges', description: 'The dates the due expression stands for.', get: (i, period) => resolveDue(i.due as DueExpression, period) },
      stages: texts('stages'),
      note: text('note'),
    },
    filters: { kind: exact('kind', 'INTERIM_REVIEW, FINAL_REVIEW, CONFERENCE, REPORT or EVENT'), stage: contains('stages', 'Milestones serving this stage') },
  },
  {
    type: 'PlanResponsibility',
    list: 'responsibilities',
    description: 'Who leads, with whom, which duties, how often.',
    fields: {
      ...actor('lead', 'Who leads'),
      withTexts: { type: 'textArray', description: 'Who they work with, as printed.', get: (i) => (i.with ?? []).map((a: { text: string }) => a.text) },
      withOrganizationCodes: { type: 'textArray', description: 'Organization codes of those matched.', get: (i) => (i.with ?? []).flatMap((a: { organization: string | null }) => (a.organization ? [a.organization] : [])) },
      duties: texts('duties'),
      frequency: text('frequency'),
      frequencyText: text('frequencyText'),
      standing: { type: 'bool', description: 'The lead is the council’s standing secretariat.', get: (i) => i.standing === true },
    },
    filters: { leadOrganizationCode: { match: 'exact', sql: `i.data#>>'{lead,organization}'`, pattern: CODE, description: 'Led by this organization' } },
  },
  {
    type: 'PlanKpi',
    list: 'kpis',
    description: 'A target of the plan ("100 % of unions have criteria").',
    fields: {
      text: text('text', undefined, false),
      indicator: text('indicator', 'What is measured.', false),
      population: json('population', 'Selector of the organizations measured.'),
      target: { type: 'float', get: (i) => i.target },
      unit: text('unit', 'PERCENT or COUNT.', false),
    },
    filters: { indicator: exact('indicator', 'An indicator code') },
  },
  {
    type: 'PlanRecipient',
    list: 'recipients',
    description: 'A line of "Nơi nhận": who receives the plan, how and why.',
    fields: {
      line: text('line', 'The line verbatim.', false),
      organizationCode: text('organization', 'Our organization code, when one matches.'),
      delivery: text('delivery', 'PAPER, ELECTRONIC or UNSPECIFIED.', false),
      purpose: text('purpose', 'REPORT, IMPLEMENT, COORDINATE, PUBLISH, ARCHIVE or INFORM.', false),
    },
    filters: { delivery: exact('delivery', 'PAPER, ELECTRONIC or UNSPECIFIED'), purpose: exact('purpose', 'REPORT, IMPLEMENT…') },
  },
];
