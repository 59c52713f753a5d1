import { Fragment } from 'react';
import { useQuery } from '@apollo/client';
import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../../fields/format';
import { EmptyNote } from '../../layout/Section';
import { usePlanEditor } from './PlanEditorContext';
import { formatDiffValue } from './format';
import { PLAN_REVISIONS, type PlanRevision } from './queries';

const KIND_SIGN = { ADDED: '+', REMOVED: '−', CHANGED: '~' } as const;

/** Each change of a revision: its path, then before → after. */
function Diff({ diff }: { diff: PlanRevision['diff'] }) {
  const translate = useTranslate();
  if (!diff.length) return <Typography variant="body2" color="text.secondary">{translate('exemplar.plan.revisions.no_changes')}</Typography>;
  return (
    <Table size="small" sx={{ '& td': { fontSize: 12, borderBottom: 'none', py: 0.25 } }}>
      <TableBody>
        {diff.map((change, i) => (
          <TableRow key={i} data-testid="revision-change" data-path={change.path} data-kind={change.kind} sx={{ verticalAlign: 'top' }}>
            <TableCell sx={{ width: 16 }}>{KIND_SIGN[change.kind]}</TableCell>
            <TableCell sx={{ fontFamily: 'monospace', width: '30%', wordBreak: 'break-all' }}>{change.path || '/'}</TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>
              {change.kind !== 'ADDED' ? (
                <Box component="span" data-testid="diff-before" sx={{ bgcolor: '#fdecea', px: 0.5 }}>
                  {formatDiffValue(change.before)}
                </Box>
              ) : null}
              {change.kind === 'CHANGED' ? ' → ' : null}
              {change.kind !== 'REMOVED' ? (
                <Box component="span" data-testid="diff-after" sx={{ bgcolor: '#e6f4ea', px: 0.5 }}>
                  {formatDiffValue(change.after)}
                </Box>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Lịch sử: every revision, newest first, with its kind, author, reason, time and diff. */
export function RevisionsTab() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { plan } = usePlanEditor();
  const { data } = useQuery<{ Plan: { revisions: PlanRevision[] } }>(PLAN_REVISIONS, { variables: { id: plan.id }, fetchPolicy: 'network-only' });
  const revisions = [...(data?.Plan.revisions ?? [])].reverse();
  if (data && !revisions.length) return <EmptyNote message="exemplar.plan.revisions.empty" />;
  return (
    <Table size="small" data-testid="plan-revisions">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 50 }}>#</TableCell>
          <TableCell sx={{ width: 140 }}>{translate('exemplar.plan.revisions.kind')}</TableCell>
          <TableCell sx={{ width: 160 }}>{translate('exemplar.plan.revisions.author')}</TableCell>
          <TableCell>{translate('exemplar.plan.revisions.reason')}</TableCell>
          <TableCell sx={{ width: 150 }}>{translate('exemplar.plan.revisions.time')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {revisions.map((revision) => (
          <Fragment key={revision.id}>
            <TableRow data-testid={`revision-${revision.revision}`} sx={{ '& td': { borderBottom: 'none' } }}>
              <TableCell>{revision.revision}</TableCell>
              <TableCell>
                <Chip size="small" variant="outlined" label={translate(`exemplar.plan.revisions.kinds.${revision.kind}`, { _: revision.kind })} />
              </TableCell>
              <TableCell>{revision.author || '—'}</TableCell>
              <TableCell>{revision.reason || '—'}</TableCell>
              <TableCell>{formatDateTime(revision.createdAt, locale)}</TableCell>
            </TableRow>
            <TableRow data-testid={`revision-${revision.revision}-diff`}>
              <TableCell />
              <TableCell colSpan={4}>
                <Diff diff={revision.diff} />
              </TableCell>
            </TableRow>
          </Fragment>
        ))}
      </TableBody>
    </Table>
  );
}
