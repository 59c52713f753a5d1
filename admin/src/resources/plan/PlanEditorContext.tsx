import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useApolloClient, type DocumentNode } from '@apollo/client';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useCan } from '../../auth/useCan';
import { errorCode, localizedMessage } from '../../data/dataProvider';
import { planIssues, type Amendment, type PlanIssue } from './queries';
import type { PlanRecord } from './types';

/** Statuses that refuse every change (PLAN_CLOSED_FOR_CHANGES). */
const CLOSED_STATUSES = new Set(['CLOSED', 'SUPERSEDED', 'VOIDED']);

export type ReadOnlyReason = 'reference' | 'closed' | null;

export function readOnlyReason(plan: Pick<PlanRecord, 'isReference' | 'status'>): ReadOnlyReason {
  if (plan.isReference) return 'reference';
  if (CLOSED_STATUSES.has(plan.status)) return 'closed';
  return null;
}

export interface MutationOutcome {
  ok: boolean;
  /** The server's message in the console's language (when not ok). */
  message?: string;
  issues: PlanIssue[];
  data?: unknown;
}

interface PlanEditor {
  plan: PlanRecord;
  editable: boolean;
  /**
   * Runs a change of the plan: asks for the amendment's reason and author first when the plan is not
   * a draft, sends them, and answers the server's refusal in the console's language. A stale version
   * (CONFLICT) is said and the plan reloaded.
   */
  change(mutation: DocumentNode, variables: Record<string, unknown>, options?: { amendment?: boolean }): Promise<MutationOutcome>;
}

const PlanEditorContext = createContext<PlanEditor | null>(null);

export function usePlanEditor(): PlanEditor {
  const editor = useContext(PlanEditorContext);
  if (!editor) throw new Error('usePlanEditor outside PlanEditorProvider');
  return editor;
}

interface Pending {
  resolve: (amendment: Amendment | null) => void;
}

function AmendmentDialog({ status, onDone, initialAuthor }: { status: string; initialAuthor: string; onDone: (amendment: Amendment | null) => void }) {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const [author, setAuthor] = useState(initialAuthor);
  const [tried, setTried] = useState(false);
  const submit = () => {
    setTried(true);
    if (reason.trim() && author.trim()) onDone({ reason: reason.trim(), author: author.trim() });
  };
  return (
    <Dialog open onClose={() => onDone(null)} maxWidth="sm" fullWidth aria-labelledby="plan-amendment-title" data-testid="plan-amendment-dialog">
      <DialogTitle id="plan-amendment-title">{translate('exemplar.plan.amendment.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('exemplar.plan.amendment.help', { status: translate(`exemplar.plan.status.${status}`, { _: status }) })}
        </Typography>
        <TextField
          label={translate('exemplar.plan.amendment.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={tried && !reason.trim()}
          helperText={tried && !reason.trim() ? translate('ra.validation.required') : ' '}
          multiline
          minRows={2}
          fullWidth
          autoFocus
        />
        <TextField
          label={translate('exemplar.plan.amendment.author')}
          value={author}
          onChange={(e) => setAuthor(e.target.value)}
          error={tried && !author.trim()}
          helperText={tried && !author.trim() ? translate('ra.validation.required') : ' '}
          fullWidth
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onDone(null)}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit}>
          {translate('exemplar.plan.amendment.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function PlanEditorProvider({ plan, children }: { plan: PlanRecord; children: ReactNode }) {
  const client = useApolloClient();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [pending, setPending] = useState<Pending | null>(null);
  const lastAuthor = useRef('');
  // Changing a plan is an administrator's (the server refuses the others); reference plans stay as printed.
  const canEdit = useCan('Plan', 'edit');
  const editable = canEdit && readOnlyReason(plan) === null;

  const askAmendment = useCallback(() => new Promise<Amendment | null>((resolve) => setPending({ resolve })), []);

  const change = useCallback<PlanEditor['change']>(
    async (mutation, variables, options = {}) => {
      let amendment: Amendment | null = null;
      if ((options.amendment ?? true) && plan.status !== 'DRAFT') {
        amendment = await askAmendment();
        if (!amendment) return { ok: false, issues: [] };
        lastAuthor.current = amendment.author;
      }
      try {
        const result = await client.mutate({ mutation, variables: { ...variables, ...(amendment ?? {}) } });
        refresh();
        return { ok: true, issues: [], data: result.data };
      } catch (error) {
        const message = localizedMessage(error, locale) ?? translate('ra.notification.http_error');
        if (errorCode(error) === 'CONFLICT') {
          notify('exemplar.plan.conflict', { type: 'warning' });
          refresh();
        }
        return { ok: false, message, issues: planIssues(error) };
      }
    },
    [askAmendment, client, locale, notify, plan.status, refresh, translate],
  );

  const value = useMemo(() => ({ plan, editable, change }), [plan, editable, change]);
  return (
    <PlanEditorContext.Provider value={value}>
      {children}
      {pending ? (
        <AmendmentDialog
          status={plan.status}
          initialAuthor={lastAuthor.current}
          onDone={(amendment) => {
            pending.resolve(amendment);
            setPending(null);
          }}
        />
      ) : null}
    </PlanEditorContext.Provider>
  );
}

/** The server's refusal inside a form: its message, then each offending path with its sentence. */
export function MutationError({ outcome }: { outcome: MutationOutcome | null }) {
  const [locale] = useLocaleState();
  if (!outcome || outcome.ok || (!outcome.message && outcome.issues.length === 0)) return null;
  return (
    <Alert severity="error" data-testid="plan-issues" sx={{ mt: 1 }}>
      {outcome.message ? <Typography variant="body2">{outcome.message}</Typography> : null}
      {outcome.issues.length ? (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {outcome.issues.map((issue, i) => (
            <li key={i}>
              <code>{issue.path}</code> — {locale === 'en' ? issue.en : issue.vi}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
