import type { RaRecord } from 'react-admin';
import { formatLocalDate } from '../../fields/format';
import { i18nProvider } from '../../i18n/i18nProvider';
import { vocabularyKey, type VocabularyName } from '../../i18n/vocabulary';

export { AddFacts, type FactTab } from './AddFacts';
export * from './FactForms';
export * from './FactLists';
export { subjectFilter, type Subject } from './subject';

const label = (vocabulary: VocabularyName, code: unknown) => (code ? i18nProvider.translate(vocabularyKey(vocabulary, String(code)), { _: String(code) }) : '');

/**
 * Facts have no pages of their own: they are listed and added on their subject's page. They are
 * still declared as resources, for their labels and the wording of the delete confirmation.
 */
export const FACT_RESOURCES: { name: string; recordRepresentation: (record: RaRecord) => string }[] = [
  { name: 'AwardRecord', recordRepresentation: (r) => `${r.awardTypeCode} (${r.year})` },
  { name: 'AnnualRating', recordRepresentation: (r) => `${r.year}: ${label('ratingLevel', r.level)}` },
  { name: 'Discipline', recordRepresentation: (r) => label('disciplineForm', r.form) },
  { name: 'Position', recordRepresentation: (r) => label('roleCode', r.roleCode) },
  { name: 'Initiative', recordRepresentation: (r) => String(r.title ?? r.id) },
  { name: 'InitiativeAuthor', recordRepresentation: (r) => `#${r.initiativeId}` },
  { name: 'CulturalTitle', recordRepresentation: (r) => `${r.code} (${r.year})` },
  { name: 'SubjectFlag', recordRepresentation: (r) => `${label('flagCode', r.code)}${r.year ? ` (${r.year})` : ''}` },
  { name: 'YearlyMetric', recordRepresentation: (r) => `${label('metricCode', r.code)} (${r.year})` },
  { name: 'HouseholdMember', recordRepresentation: (r) => String(r.relation ?? `#${r.personId}`) },
  { name: 'Attestation', recordRepresentation: (r) => `${r.criterionKey} (${formatLocalDate(r.attestedOn, i18nProvider.getLocale())})` },
];
