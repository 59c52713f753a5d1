import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { formatLocalDate } from './format';

/** The validity period of a record: "01/07/2025 – 30/06/2026", "Từ 01/07/2025", "Đến hết 30/06/2025". */
export function ValidityField(props: Omit<FieldProps, 'source'> & { source?: string }) {
  const record = useRecordContext(props);
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const from = formatLocalDate(record.validFrom as string | null, locale);
  const to = formatLocalDate(record.validTo as string | null, locale);
  const text =
    from && to
      ? translate('exemplar.validity.range', { from, to })
      : from
        ? translate('exemplar.validity.since', { from })
        : to
          ? translate('exemplar.validity.until', { to })
          : translate('exemplar.validity.open');
  return (
    <Typography component="span" variant="body2" color={to ? 'text.secondary' : undefined} sx={{ whiteSpace: 'nowrap' }}>
      {text}
    </Typography>
  );
}
