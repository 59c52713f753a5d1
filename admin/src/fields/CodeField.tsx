import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { vocabularyKey, type VocabularyName } from '../i18n/vocabulary';

/**
 * A code shown with its label from a shared vocabulary. Unlike SelectField it shows the raw code
 * when the vocabulary has no label for it: staff categories, metrics, flags and signer roles are
 * open lists on the server.
 */
export function CodeField(props: FieldProps & { source: string; vocabulary: VocabularyName }) {
  const record = useRecordContext(props);
  const translate = useTranslate();
  const value = record?.[props.source] as string | null | undefined;
  if (!value) {
    return (
      <Typography component="span" variant="body2">
        {props.emptyText ? translate(props.emptyText, { _: props.emptyText }) : ''}
      </Typography>
    );
  }
  return (
    <Typography component="span" variant="body2">
      {translate(vocabularyKey(props.vocabulary, value), { _: value })}
    </Typography>
  );
}
