import { useState } from 'react';
import CheckCircleOutlineIcon from '@mui/icons-material/Check';
import HighlightOffIcon from '@mui/icons-material/Close';
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { Form, ResourceContextProvider, SaveButton, TextInput, maxLength, required, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useCan } from '../../auth/useCan';
import { DEFAULT_ATTESTED_BY, defaultAttestedOn, type AttestRule } from '../../eligibility/attestations';
import { LocalDateInput } from '../../fields/LocalDateInput';
import { todayLocalDate } from '../../fields/format';

export interface TrySubject {
  kind: 'CA_NHAN' | 'TAP_THE' | 'HO_GIA_DINH';
  id: string;
}

interface AttestPick {
  rule: AttestRule;
  verdict: 'PASS' | 'FAIL';
}

/**
 * The small form behind "Xác nhận đạt" / "Xác nhận không đạt": who, when, a note. The verdict is the
 * button's. Saved as an Attestation of the subject judged; the server's refusal stays in the dialog.
 */
function AttestDialog({ pick, subject, asOf, onClose, onSaved }: { pick: AttestPick; subject: TrySubject; asOf: string; onClose: () => void; onSaved: () => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const [error, setError] = useState<string | null>(null);

  const save = async (values: Record<string, unknown>) => {
    setError(null);
    try {
      await dataProvider.create('Attestation', {
        data: {
          subjectKind: subject.kind,
          subjectId: subject.id,
          criterionKey: pick.rule.key,
          verdict: pick.verdict,
          attestedBy: values.attestedBy,
          attestedOn: values.attestedOn,
          note: values.note || null,
        },
      });
      notify('exemplar.criteria.pending.saved', { type: 'info', messageArgs: { key: pick.rule.key } });
      onSaved();
    } catch (e) {
      setError(e instanceof Error ? e.message : translate('ra.notification.http_error'));
    }
  };

  const title = pick.verdict === 'PASS' ? 'exemplar.criteria.pending.dialog_pass' : 'exemplar.criteria.pending.dialog_fail';
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="attest-dialog-title" data-testid="attest-dialog">
      <ResourceContextProvider value="Attestation">
        <Form onSubmit={save} defaultValues={{ attestedBy: DEFAULT_ATTESTED_BY, attestedOn: defaultAttestedOn(todayLocalDate(), asOf), note: '' }}>
          <DialogTitle id="attest-dialog-title">{translate(title)}</DialogTitle>
          <DialogContent>
            <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
              {pick.rule.key}
            </Typography>
            <Typography variant="body2" sx={{ mb: 2, fontStyle: 'italic' }}>
              «{pick.rule.text}»
            </Typography>
            <TextInput source="attestedBy" validate={[required(), maxLength(200)]} />
            <LocalDateInput source="attestedOn" validate={required()} helperText="exemplar.criteria.pending.date_help" />
            <TextInput source="note" multiline minRows={2} validate={maxLength(4000)} />
            {error ? <Alert severity="error">{error}</Alert> : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <SaveButton label="exemplar.criteria.pending.save" alwaysEnable />
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
}

/**
 * The set's qualitative criteria still undetermined for the subject judged, each in the plan's words,
 * with "Xác nhận đạt" / "Xác nhận không đạt". Once one is attested the evaluation runs again.
 */
export function PendingAttestations({
  pending,
  reached,
  subject,
  asOf,
  onAttested,
}: {
  pending: AttestRule[];
  /** How many qualitative criteria the evaluation reached (all attested when none is pending). */
  reached: number;
  subject: TrySubject;
  asOf: string;
  onAttested: () => void;
}) {
  const translate = useTranslate();
  const [pick, setPick] = useState<AttestPick | null>(null);
  // Recording an attestation on a subject's record is an administrator's.
  const canAttest = useCan('Attestation', 'create');
  if (reached === 0) return null;
  return (
    <Box data-testid="pending-attestations" sx={{ mb: 2 }}>
      <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>
        {pending.length ? translate('exemplar.criteria.pending.title', { smart_count: pending.length }) : translate('exemplar.criteria.pending.title_done')}
      </Typography>
      {pending.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('exemplar.criteria.pending.none')}
        </Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('exemplar.criteria.pending.help')}
          </Typography>
          <Stack component="ul" sx={{ listStyle: 'none', m: 0, p: 0, gap: 1 }}>
            {pending.map((rule) => (
              <Box
                component="li"
                key={rule.key}
                data-testid={`pending-${rule.key}`}
                sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, p: 1, border: 1, borderColor: 'warning.light', borderRadius: 1, bgcolor: 'background.paper' }}
              >
                <Chip size="small" label={rule.key} sx={{ fontFamily: 'monospace', borderRadius: 1 }} />
                <Typography variant="body2" sx={{ flex: '1 1 360px', fontStyle: 'italic' }}>
                  «{rule.text}»
                </Typography>
                {canAttest ? (
                  <Stack direction="row" sx={{ gap: 1 }}>
                    <Button size="small" variant="outlined" color="success" startIcon={<CheckCircleOutlineIcon />} onClick={() => setPick({ rule, verdict: 'PASS' })}>
                      {translate('exemplar.criteria.pending.pass')}
                    </Button>
                    <Button size="small" variant="outlined" color="error" startIcon={<HighlightOffIcon />} onClick={() => setPick({ rule, verdict: 'FAIL' })}>
                      {translate('exemplar.criteria.pending.fail')}
                    </Button>
                  </Stack>
                ) : null}
              </Box>
            ))}
          </Stack>
        </>
      )}
      {pick ? (
        <AttestDialog
          key={`${pick.rule.key}-${pick.verdict}`}
          pick={pick}
          subject={subject}
          asOf={asOf}
          onClose={() => setPick(null)}
          onSaved={() => {
            setPick(null);
            onAttested();
          }}
        />
      ) : null}
    </Box>
  );
}
