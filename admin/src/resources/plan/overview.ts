import { changedKeys } from './format';
import type { FormValues } from './partData';

type Doc = Record<string, unknown>;

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : v == null ? '' : String(v).trim());
const nullable = (v: unknown): string | null => text(v) || null;
const int = (v: unknown): number | null => {
  if (v === '' || v == null) return null;
  const n = Number(v);
  return Number.isInteger(n) ? n : null;
};
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** The overview of a plan document as the overview form's values. */
export function overviewValues(document: Doc): FormValues {
  const number = obj(document.number);
  const issuer = obj(document.issuer);
  const signer = obj(document.signer);
  const issueDate = obj(document.issueDate);
  const period = obj(document.period);
  const council = obj(document.council);
  return {
    numberValue: number.value ?? '',
    numberPattern: number.pattern ?? '',
    title: document.title ?? '',
    titleEn: document.titleEn ?? '',
    documentType: document.documentType ?? 'KE_HOACH',
    field: document.field ?? '',
    issuerText: issuer.text ?? '',
    issuerOrganization: issuer.organization ?? '',
    signerTitle: signer.title ?? '',
    signerName: signer.name ?? '',
    place: document.place ?? '',
    issueYear: issueDate.year ?? '',
    issueMonth: issueDate.month ?? '',
    issueDay: issueDate.day ?? '',
    effectiveDate: document.effectiveDate ?? '',
    periodFrom: period.from ?? '',
    periodTo: period.to ?? '',
    councilName: council.name ?? '',
    councilOrganization: council.organization ?? '',
    councilStanding: obj(council.standing).text ?? '',
    notes: document.notes ?? '',
  };
}

/**
 * What updatePlan gets (`changes`): the overview rebuilt from the form, reduced to the keys that
 * differ from the document. A council without a name is no council (null); an issue date without a
 * year is null.
 */
export function overviewChanges(document: Doc, values: FormValues): Doc {
  const council = obj(document.council);
  const standingText = text(values.councilStanding);
  const beforeStanding = obj(council.standing);
  const year = int(values.issueYear);
  const edited: Doc = {
    number: { value: nullable(values.numberValue), pattern: nullable(values.numberPattern) },
    title: text(values.title),
    titleEn: text(values.titleEn) || undefined,
    documentType: text(values.documentType) || 'KE_HOACH',
    field: nullable(values.field),
    issuer: { text: text(values.issuerText), organization: nullable(values.issuerOrganization) },
    signer: { title: nullable(values.signerTitle), name: nullable(values.signerName) },
    place: nullable(values.place),
    issueDate: year === null ? null : { year, month: int(values.issueMonth), day: int(values.issueDay) },
    effectiveDate: nullable(values.effectiveDate),
    period: { from: int(values.periodFrom), to: int(values.periodTo) },
    council: text(values.councilName)
      ? {
          name: text(values.councilName),
          organization: nullable(values.councilOrganization),
          standing: standingText ? { text: standingText, organization: standingText === beforeStanding.text ? (beforeStanding.organization ?? null) : null } : null,
        }
      : null,
    notes: text(values.notes) || undefined,
  };
  const changes = changedKeys(document, edited);
  // A cleared optional text is sent as null (a merge cannot express "remove").
  for (const key of ['titleEn', 'notes']) if (key in changes && changes[key] === undefined) changes[key] = null;
  return changes;
}
