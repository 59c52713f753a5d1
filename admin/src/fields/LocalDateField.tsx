import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext, type FieldProps } from 'react-admin';
import { formatDateTime, formatLocalDate } from './format';

/** A LocalDate ("YYYY-MM-DD") shown in the console's locale (30/06/2025). */
export function LocalDateField(props: FieldProps & { source: string }) {
  const record = useRecordContext(props);
  const [locale] = useLocaleState();
  const value = record?.[props.source] as string | undefined;
  return (
    <Typography component="span" variant="body2">
      {formatLocalDate(value, locale)}
    </Typography>
  );
}

/** A DateTime (UTC instant) in the browser's time zone and the console's locale. */
export function DateTimeField(props: FieldProps & { source: string }) {
  const record = useRecordContext(props);
  const [locale] = useLocaleState();
  const value = record?.[props.source] as string | undefined;
  return (
    <Typography component="span" variant="body2">
      {formatDateTime(value, locale)}
    </Typography>
  );
}
