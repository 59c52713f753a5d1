import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import { exemplarName, SUBJECT_RESOURCE, type NamedExemplar } from './stages';

/** The subject of an exemplar or a nomination (a person, a collective, a household), as a link or plain text. */
export function SubjectName({ link = false }: { link?: false | 'show' }) {
  const record = useRecordContext<{ subjectKind?: string | null; subjectId?: string | null }>();
  const resource = record?.subjectKind ? SUBJECT_RESOURCE[record.subjectKind as keyof typeof SUBJECT_RESOURCE] : undefined;
  if (!record?.subjectId || !resource) return null;
  return <ReferenceField source="subjectId" reference={resource} link={link} />;
}

/** An exemplar's name: the server's display name, with a link to its subject when asked. */
export function ExemplarName({ link = false }: { link?: false | 'show' }) {
  const record = useRecordContext<NamedExemplar & { subjectId?: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  if (link && record.subjectId && !record.modelName) return <SubjectName link={link} />;
  return <>{exemplarName(record, (id) => translate('exemplar.exemplars.untitled', { id }))}</>;
}

/** The same name as text (a dialog's title, a card): read from the record, no lookup. */
export function useExemplarName(record: NamedExemplar | undefined): string {
  const translate = useTranslate();
  return exemplarName(record, (id) => translate('exemplar.exemplars.untitled', { id }));
}
