import { ReferenceField, useGetManyAggregate, useRecordContext, useTranslate } from 'react-admin';
import { SUBJECT_RESOURCE } from './stages';

/** The subject of an exemplar or a nomination (a person, a collective, a household), as a link or plain text. */
export function SubjectName({ link = false }: { link?: false | 'show' }) {
  const record = useRecordContext<{ subjectKind?: string | null; subjectId?: string | null }>();
  const resource = record?.subjectKind ? SUBJECT_RESOURCE[record.subjectKind as keyof typeof SUBJECT_RESOURCE] : undefined;
  if (!record?.subjectId || !resource) return null;
  return <ReferenceField source="subjectId" reference={resource} link={link} />;
}

/** An exemplar's name: the model's, else its subject's (read by reference). */
export function ExemplarName({ link = false }: { link?: false | 'show' }) {
  const record = useRecordContext<{ id: string; modelName?: string | null; subjectKind?: string | null; subjectId?: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.modelName) return <>{record.modelName}</>;
  if (record.subjectId) return <SubjectName link={link} />;
  return <>{translate('exemplar.exemplars.untitled', { id: record.id })}</>;
}

/** The same name as text (a dialog's title, a card): batched with every other card's (one getMany per kind). */
export function useExemplarName(record: { id: string; modelName?: string | null; subjectKind?: string | null; subjectId?: string | null } | undefined): string {
  const translate = useTranslate();
  const resource = record?.subjectKind ? SUBJECT_RESOURCE[record.subjectKind as keyof typeof SUBJECT_RESOURCE] : undefined;
  const { data } = useGetManyAggregate(resource ?? 'Person', { ids: record?.subjectId ? [record.subjectId] : [] }, { enabled: Boolean(resource && record?.subjectId && !record.modelName) });
  if (!record) return '';
  if (record.modelName) return record.modelName;
  const subject = data?.[0] as { fullName?: string; name?: string } | undefined;
  return subject?.fullName ?? subject?.name ?? translate('exemplar.exemplars.untitled', { id: record.id });
}
