import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ChipColour } from '../compliance/format';

/** Being prepared amber, with the council blue, sent back red, approved or decided green, closed grey. */
export const NOMINATION_STATUS_COLOUR: Record<string, ChipColour> = {
  DRAFT: 'warning',
  SUBMITTED: 'info',
  RECEIVED: 'primary',
  RETURNED: 'error',
  APPRAISED: 'primary',
  COUNCIL_REVIEW: 'secondary',
  APPROVED: 'success',
  REJECTED: 'default',
  DECIDED: 'success',
  FORWARDED: 'success',
  WITHDRAWN: 'default',
};

export function NominationStatusChip({ status }: { status: string }) {
  const translate = useTranslate();
  return <Chip size="small" data-status={status} color={NOMINATION_STATUS_COLOUR[status] ?? 'default'} label={translate(`exemplar.nomination.status.${status}`, { _: status })} />;
}
