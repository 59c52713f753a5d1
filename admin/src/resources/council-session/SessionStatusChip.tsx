import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';

const COLOR: Record<string, ChipProps['color']> = { SCHEDULED: 'default', OPEN: 'success', CLOSED: 'info' };

export function SessionStatusChip({ status }: { status: string }) {
  const translate = useTranslate();
  return <Chip size="small" color={COLOR[status] ?? 'default'} label={translate(`exemplar.session.status.${status}`, { _: status })} data-status={status} />;
}

const RESULT: Record<string, ChipProps['color']> = { APPROVED: 'success', REJECTED: 'error' };

/** Thông qua (green) / Không thông qua (red). */
export function ResultChip({ result }: { result: string }) {
  const translate = useTranslate();
  return <Chip size="small" color={RESULT[result] ?? 'default'} label={translate(`exemplar.session.results.${result}`, { _: result })} data-result={result} />;
}
