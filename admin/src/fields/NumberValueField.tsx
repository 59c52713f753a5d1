import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext, type FieldProps } from 'react-admin';
import { formatNumber } from './format';

/** A figure in the console's locale (12.500.000 in Vietnamese). Years are not figures: show them with TextField. */
export function NumberValueField(props: FieldProps & { source: string }) {
  const record = useRecordContext(props);
  const [locale] = useLocaleState();
  const value = record?.[props.source] as number | null | undefined;
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatNumber(value, locale)}
    </Typography>
  );
}
