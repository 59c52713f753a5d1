import {
  AUTHORITY_ROLE_LABELS,
  AWARD_CATEGORY_LABELS,
  AWARD_LEVEL_LABELS,
  DISCIPLINE_FORM_LABELS,
  FLAG_CODE_LABELS,
  GENDER_LABELS,
  INITIATIVE_KIND_LABELS,
  METRIC_CODE_LABELS,
  PLAN_STATUS_LABELS,
  ORGANIZATION_KINDS,
  RATING_LEVEL_LABELS,
  ROLE_LABELS,
  SECTORS,
  STAFF_CATEGORY_LABELS,
  SUBJECT_KIND_LABELS,
  UNIT_KINDS,
  UNIT_LEVELS,
  VERDICT_LABELS,
} from '@exemplar/shared';

export type Lang = 'vi' | 'en';

interface Labelled {
  code: string;
  vi: string;
  en: string;
}

/** The shared vocabularies, each under its message namespace: labels are read from @exemplar/shared, never copied. */
export const VOCABULARIES = {
  unitLevel: UNIT_LEVELS,
  unitKind: UNIT_KINDS,
  organizationKind: ORGANIZATION_KINDS,
  sector: SECTORS,
  subjectKind: SUBJECT_KIND_LABELS,
  awardLevel: AWARD_LEVEL_LABELS,
  awardCategory: AWARD_CATEGORY_LABELS,
  authorityRole: AUTHORITY_ROLE_LABELS,
  ratingLevel: RATING_LEVEL_LABELS,
  disciplineForm: DISCIPLINE_FORM_LABELS,
  roleCode: ROLE_LABELS,
  gender: GENDER_LABELS,
  staffCategory: STAFF_CATEGORY_LABELS,
  initiativeKind: INITIATIVE_KIND_LABELS,
  verdict: VERDICT_LABELS,
  metricCode: METRIC_CODE_LABELS,
  flagCode: FLAG_CODE_LABELS,
} as const satisfies Record<string, readonly Labelled[]>;

export type VocabularyName = keyof typeof VOCABULARIES;

const labels = (list: readonly Labelled[], lang: Lang): Record<string, string> =>
  Object.fromEntries(list.map((item) => [item.code, item[lang]]));

/** `exemplar.vocabulary.<name>.<code>` messages for one language. */
export function vocabularyMessages(lang: Lang): Record<VocabularyName, Record<string, string>> {
  return Object.fromEntries(Object.entries(VOCABULARIES).map(([name, list]) => [name, labels(list, lang)])) as Record<VocabularyName, Record<string, string>>;
}

export const vocabularyKey = (name: VocabularyName, code: string) => `exemplar.vocabulary.${name}.${code}`;

/** Choices for SelectInput / SelectField; react-admin translates the names. */
export function vocabularyChoices(name: VocabularyName, filter?: (item: Labelled) => boolean) {
  const list: readonly Labelled[] = VOCABULARIES[name];
  return list.filter((item) => !filter || filter(item)).map((item) => ({ id: item.code, name: vocabularyKey(name, item.code) }));
}

/** `exemplar.plan.status.<code>` messages, from the shared lifecycle's labels. */
export function planStatusLabels(lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(PLAN_STATUS_LABELS).map(([code, label]) => [code, label[lang]]));
}
