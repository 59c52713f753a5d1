import { Chip, Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useLocaleState, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { localName, useActivityFields, useAwardTypes } from '../data/catalogue';
import { vocabularyKey } from '../i18n/vocabulary';

/** An award type named by its code (AwardRecord.awardTypeCode, AwardAuthorityRule.awardTypeCode, CulturalTitle.code). */
export function AwardTypeField(props: FieldProps & { source?: string; link?: boolean }) {
  const { source = 'awardTypeCode', link = true } = props;
  const record = useRecordContext(props);
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const { byCode } = useAwardTypes();
  const code = record?.[source] as string | undefined;
  if (!code) return null;
  const awardType = byCode.get(code);
  const name = awardType ? localName(awardType, locale) : code;
  return link && awardType ? (
    <Link to={createPath({ resource: 'AwardType', id: awardType.id, type: 'show' })} onClick={(event: { stopPropagation: () => void }) => event.stopPropagation()}>
      {name}
    </Link>
  ) : (
    <Typography component="span" variant="body2">
      {name}
    </Typography>
  );
}

/** An activity field named by its code (Initiative.fieldCode). */
export function ActivityFieldName(props: FieldProps & { source?: string }) {
  const { source = 'fieldCode' } = props;
  const record = useRecordContext(props);
  const [locale] = useLocaleState();
  const { byCode } = useActivityFields();
  const code = record?.[source] as string | undefined;
  if (!code) return null;
  return (
    <Typography component="span" variant="body2">
      {localName(byCode.get(code), locale) || code}
    </Typography>
  );
}

/** AwardType.subjectKinds as chips: Cá nhân, Tập thể, Hộ gia đình. */
export function SubjectKindsField(props: FieldProps & { source?: string }) {
  const { source = 'subjectKinds' } = props;
  const record = useRecordContext(props);
  const translate = useTranslate();
  const kinds = (record?.[source] as string[] | undefined) ?? [];
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {kinds.map((kind) => (
        <Chip key={kind} size="small" variant="outlined" label={translate(vocabularyKey('subjectKind', kind), { _: kind })} />
      ))}
    </Stack>
  );
}
