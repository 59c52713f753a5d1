import { useState } from 'react';
import { useApolloClient, type DocumentNode } from '@apollo/client';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useCreatePath, useLocaleState, useNotify, useRedirect, useRefresh, useTranslate } from 'react-admin';
import { errorCode, localizedMessage } from '../../data/dataProvider';
import { formatLocalDate } from '../../fields/format';
import { FORWARD_NOMINATION, RECEIVE_NOMINATION, RETURN_NOMINATION, SUBMIT_NOMINATION, WITHDRAW_NOMINATION } from './queries';
import { useCan } from '../../auth/useCan';
import { actionNeeds, allowedActions, nearestWindows, needsReason as asksReason, refusalDetails, type NominationAction, type RefusalDetails } from './summary';
import type { NominationRecord } from './types';

const MUTATIONS: Record<NominationAction, DocumentNode> = {
  submit: SUBMIT_NOMINATION,
  receive: RECEIVE_NOMINATION,
  return: RETURN_NOMINATION,
  withdraw: WITHDRAW_NOMINATION,
  forward: FORWARD_NOMINATION,
};
const REASON_LABEL: Partial<Record<NominationAction, string>> = { return: 'exemplar.nomination.returned_reason', withdraw: 'exemplar.nomination.withdraw_reason' };

/** The server's refusal: its sentence in the console's language, then what it lists (missing fields, windows, the quota's count). */
export function Refusal({ message, details }: { message: string; details: RefusalDetails }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const windows = nearestWindows(details.windows, details.date);
  return (
    <Alert severity="error" data-testid="nomination-refusal" data-code={details.code ?? ''} sx={{ mt: 1 }}>
      <Typography variant="body2">{message}</Typography>
      {details.missing.length ? (
        <Box sx={{ mt: 0.5 }} data-testid="refusal-missing">
          <Typography variant="body2">{translate('exemplar.nomination.refusal.missing')}</Typography>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {details.missing.map((field) => (
              <li key={field} data-field={field}>
                {translate(`exemplar.nomination.summary.${field}`, { _: field })}
              </li>
            ))}
          </ul>
        </Box>
      ) : null}
      {details.code === 'OUTSIDE_SUBMISSION_WINDOW' ? (
        <Box sx={{ mt: 0.5 }} data-testid="refusal-windows">
          {details.date ? <Typography variant="body2">{translate('exemplar.nomination.refusal.date', { date: formatLocalDate(details.date, locale) })}</Typography> : null}
          {windows.length ? (
            <>
              <Typography variant="body2">{translate('exemplar.nomination.refusal.windows')}</Typography>
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {windows.map((w) => (
                  <li key={w.from}>{`${formatLocalDate(w.from, locale)} – ${formatLocalDate(w.to, locale)}`}</li>
                ))}
              </ul>
            </>
          ) : null}
        </Box>
      ) : null}
      {details.code === 'QUOTA_FULL' && details.count !== null && details.value !== null ? (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {translate('exemplar.nomination.refusal.quota', { count: details.count, value: details.value })}
        </Typography>
      ) : null}
    </Alert>
  );
}

/** The author typed last, offered again (one secretary handles several files in a row). */
let lastAuthor = '';

function ActionDialog({ record, action, onClose, onRefused }: { record: NominationRecord; action: NominationAction; onClose: () => void; onRefused: (refusal: { message: string; details: RefusalDetails }) => void }) {
  const translate = useTranslate();
  const client = useApolloClient();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const [reason, setReason] = useState('');
  const [author, setAuthor] = useState(lastAuthor);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const needsReason = asksReason(action);

  const confirm = async () => {
    setTried(true);
    if (needsReason && !reason.trim()) return;
    setBusy(true);
    lastAuthor = author.trim();
    try {
      const { data } = await client.mutate<{ forwardNomination?: { id: string } }>({
        mutation: MUTATIONS[action],
        variables: { id: record.id, version: record.version, author: author.trim() || null, ...(needsReason ? { reason: reason.trim() } : {}) },
      });
      notify(`exemplar.nomination.action.done.${action}`, { type: 'info' });
      onClose();
      // Forwarding makes a new nomination for the parent council: its page is where work goes on.
      if (data?.forwardNomination) redirect(createPath({ resource: 'Nomination', id: data.forwardNomination.id, type: 'show' }));
      else refresh();
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') refresh();
      onRefused({ message: localizedMessage(error, locale) ?? translate('ra.notification.http_error'), details: refusalDetails(error) });
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="nomination-action-title" data-testid="nomination-action-dialog">
      <DialogTitle id="nomination-action-title">{translate(`exemplar.nomination.action.title.${action}`)}</DialogTitle>
      <DialogContent>
        {needsReason ? (
          <TextField
            label={translate(REASON_LABEL[action] ?? 'exemplar.nomination.returned_reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={tried && !reason.trim()}
            helperText={tried && !reason.trim() ? translate('ra.validation.required') : ' '}
            multiline
            minRows={2}
            fullWidth
            autoFocus
            sx={{ mt: 1 }}
          />
        ) : null}
        <TextField label={translate('exemplar.exemplars.author')} value={author} onChange={(e) => setAuthor(e.target.value)} fullWidth sx={{ mt: 1 }} autoFocus={!needsReason} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={confirm} disabled={busy}>
          {translate(`exemplar.nomination.action.${action}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * The verbs allowed from the nomination's status and to the principal's role (receiving and returning
 * for reviewers too, the others for administrators), each asking who (and for a return, why); refusals
 * stay on screen until the next try.
 */
export function NominationActions({ record }: { record: NominationRecord }) {
  const translate = useTranslate();
  const [open, setOpen] = useState<NominationAction | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; details: RefusalDetails } | null>(null);
  const may = { review: useCan('Nomination', 'review'), edit: useCan('Nomination', 'edit') };
  const actions = allowedActions(record.status).filter((action) => may[actionNeeds(action)]);
  return (
    <Box data-testid="nomination-actions">
      {actions.length ? (
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          {actions.map((action) => (
            <Button
              key={action}
              variant={asksReason(action) ? 'outlined' : 'contained'}
              color={action === 'return' ? 'warning' : action === 'withdraw' ? 'error' : 'primary'}
              onClick={() => {
                setRefusal(null);
                setOpen(action);
              }}
            >
              {translate(`exemplar.nomination.action.${action}`)}
            </Button>
          ))}
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('exemplar.nomination.action.none')}
        </Typography>
      )}
      {refusal ? <Refusal message={refusal.message} details={refusal.details} /> : null}
      {open ? <ActionDialog record={record} action={open} onClose={() => setOpen(null)} onRefused={setRefusal} /> : null}
    </Box>
  );
}
