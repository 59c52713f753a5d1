import { ORGANIZATION_KINDS, SECTORS, UNIT_KINDS, UNIT_LEVELS } from '@exemplar/shared';

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
} as const satisfies Record<string, readonly Labelled[]>;

export type VocabularyName = keyof typeof VOCABULARIES;

const labels = (list: readonly Labelled[], lang: Lang): Record<string, string> =>
  Object.fromEntries(list.map((item) => [item.code, item[lang]]));

/** `exemplar.vocabulary.<name>.<code>` messages for one language. */
export function vocabularyMessages(lang: Lang): Record<VocabularyName, Record<string, string>> {
  return {
    unitLevel: labels(VOCABULARIES.unitLevel, lang),
    unitKind: labels(VOCABULARIES.unitKind, lang),
    organizationKind: labels(VOCABULARIES.organizationKind, lang),
    sector: labels(VOCABULARIES.sector, lang),
  };
}

export const vocabularyKey = (name: VocabularyName, code: string) => `exemplar.vocabulary.${name}.${code}`;

/** Choices for SelectInput / SelectField; react-admin translates the names. */
export function vocabularyChoices(name: VocabularyName, filter?: (item: Labelled) => boolean) {
  const list: readonly Labelled[] = VOCABULARIES[name];
  return list.filter((item) => !filter || filter(item)).map((item) => ({ id: item.code, name: vocabularyKey(name, item.code) }));
}
