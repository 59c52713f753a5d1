import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ChipColour } from '../compliance/format';

/** Discovery grey, review blue, recognition and what follows green, honours gold, exits red or grey. */
export const STAGE_COLOUR: Record<string, ChipColour> = {
  CANDIDATE: 'default',
  NOMINATED: 'info',
  UNDER_REVIEW: 'info',
  RECOGNISED: 'success',
  NURTURING: 'success',
  REVIEWED: 'success',
  REPLICATING: 'primary',
  HONOURED: 'warning',
  ARCHIVED: 'default',
  NOT_SELECTED: 'default',
  WITHDRAWN: 'default',
  REVOKED: 'error',
};

export function StageChip({ stage }: { stage: string }) {
  const translate = useTranslate();
  return <Chip size="small" data-stage={stage} color={STAGE_COLOUR[stage] ?? 'default'} label={translate(`exemplar.exemplars.stage.${stage}`, { _: stage })} />;
}
