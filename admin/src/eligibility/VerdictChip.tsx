import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Verdict } from './queries';

const COLOR: Record<Verdict, ChipProps['color']> = { PASS: 'success', FAIL: 'error', UNKNOWN: 'warning' };

/** Đạt (green), Không đạt (red), Chưa xác định (amber). */
export function VerdictChip({ verdict, size = 'small' }: { verdict: Verdict; size?: ChipProps['size'] }) {
  const translate = useTranslate();
  return <Chip size={size} color={COLOR[verdict] ?? 'default'} label={translate(`exemplar.criteria.verdict.${verdict}`, { _: verdict })} data-verdict={verdict} />;
}

/** The colour of a verdict, for a dot beside a line of explanation. */
export const verdictColor = (verdict: Verdict) => `${COLOR[verdict] ?? 'grey'}.main`;

/** A record's verdict (an Attestation's PASS / FAIL) as its chip. */
export function VerdictField(props: FieldProps & { source: string }) {
  const record = useRecordContext(props);
  const verdict = record?.[props.source] as Verdict | undefined;
  return verdict ? <VerdictChip verdict={verdict} /> : null;
}
