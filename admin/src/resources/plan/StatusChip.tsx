import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

const COLOR: Record<string, 'default' | 'primary' | 'secondary' | 'success' | 'warning' | 'info' | 'error'> = {
  DRAFT: 'warning',
  ISSUED: 'primary',
  IN_EFFECT: 'success',
  INTERIM_REVIEWED: 'info',
  FINAL_REVIEWED: 'info',
  CLOSED: 'default',
  SUPERSEDED: 'default',
  VOIDED: 'error',
};

/** The plan's status in the console's language. */
export function StatusChip({ status }: { status: string }) {
  const translate = useTranslate();
  return <Chip size="small" data-status={status} color={COLOR[status] ?? 'default'} label={translate(`exemplar.plan.status.${status}`, { _: status })} />;
}
