import { useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { AutocompleteInput, Form, Labeled, SaveButton, TextInput, maxLength, required, useGetList, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { explainResult, type CriteriaSet } from '@exemplar/shared';
import { errorCode, localizedMessage } from '../../data/dataProvider';
import { DEFAULT_ATTESTED_BY, type AttestRule } from '../../eligibility/attestations';
import { ExplanationLines } from '../../eligibility/ExplanationLines';
import { useRuleLabels } from '../../eligibility/useRuleLabels';
import { VerdictChip } from '../../eligibility/VerdictChip';
import { LocalDateInput } from '../../fields/LocalDateInput';
import { formatLocalDate } from '../../fields/format';
import { EmptyNote, Section } from '../../layout/Section';
import { errorField } from '../award-decision/decision';
import { canAppraise, canAttest, criterionVerdicts, planCriteriaSetChoices, planHasDefaultSet, readSnapshot, undeterminedAttestations, type CriteriaSetRefData, type Snapshot } from './appraisal';
import { APPRAISE_NOMINATION, CRITERIA_SET_BY_CODE, PLAN_CRITERIA_SETS, RECORD_ATTESTATION } from './queries';
import type { NominationRecord } from './types';
import { useCan } from '../../auth/useCan';

const ALL_SETS = { pagination: { page: 1, perPage: 500 }, sort: { field: 'code', order: 'ASC' as const }, meta: { sparseFields: ['id', 'code', 'title'] } };

/** "Thẩm định": the criteria set (the plan's first, then any), the date, who; the server judges and stores. */
function AppraiseForm({ record }: { record: NominationRecord }) {
  const translate = useTranslate();
  const client = useApolloClient();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [refusal, setRefusal] = useState<string | null>(null);
  const { data: plan } = useQuery<{ Plan: { code: string; criteriaSets: { id: string; data: CriteriaSetRefData }[] } | null }>(PLAN_CRITERIA_SETS, { variables: { id: record.planId } });
  const { data: sets } = useGetList<{ id: string; code: string; title: string }>('CriteriaSet', ALL_SETS);
  const refs = (plan?.Plan?.criteriaSets ?? []).map((p) => p.data);
  const subjectKind = record.subjectKind;
  const ofPlan = planCriteriaSetChoices(refs, subjectKind);
  const planCodes = new Set(ofPlan.map((r) => r.code));
  const choices = [
    ...ofPlan.map((r) => ({ id: r.code!, name: `${r.code}${r.note ? ` — ${r.note}` : ''}` })),
    ...(sets ?? []).filter((s) => !planCodes.has(s.code)).map((s) => ({ id: s.code, name: `${s.code} — ${s.title}` })),
  ];
  const hasDefault = planHasDefaultSet(refs, subjectKind);

  // A refusal naming a field of the form lands on that field (react-admin's submission errors).
  const appraise = async (values: Record<string, unknown>): Promise<Record<string, string> | undefined> => {
    setRefusal(null);
    try {
      await client.mutate({
        mutation: APPRAISE_NOMINATION,
        variables: { id: record.id, version: record.version, criteriaSetCode: values.criteriaSetCode || null, asOf: values.asOf || null, author: (values.author as string | undefined)?.trim() || null },
      });
      notify('exemplar.appraisal.done', { type: 'info' });
      refresh();
    } catch (error) {
      const message = localizedMessage(error, locale) ?? translate('ra.notification.http_error');
      const field = errorField(error);
      if (errorCode(error) === 'CONFLICT') refresh();
      if (field === 'criteriaSetCode' || field === 'asOf') return { [field]: message };
      setRefusal(message);
    }
    return undefined;
  };

  return (
    <Form record={{}} onSubmit={appraise} defaultValues={{ criteriaSetCode: null, asOf: null, author: '' }}>
      <Box data-testid="appraise-form" sx={{ maxWidth: 760 }}>
        <AutocompleteInput
          source="criteriaSetCode"
          label="exemplar.appraisal.criteria_set"
          choices={choices}
          translateChoice={false}
          helperText={hasDefault ? 'exemplar.appraisal.criteria_set_help' : 'exemplar.appraisal.no_default_set'}
          fullWidth
        />
        <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
          <LocalDateInput source="asOf" label="exemplar.appraisal.as_of" helperText="exemplar.appraisal.as_of_help" sx={{ width: 260 }} />
          <TextInput source="author" label="exemplar.session.author" validate={maxLength(200)} sx={{ width: 320 }} />
        </Stack>
        <SaveButton label="exemplar.appraisal.appraise" icon={<CheckIcon />} alwaysEnable data-testid="appraise-button" />
        {refusal ? (
          <Alert severity="error" data-testid="appraisal-refusal" sx={{ mt: 1 }}>
            {refusal}
          </Alert>
        ) : null}
      </Box>
    </Form>
  );
}

interface AttestPick {
  rule: AttestRule;
  verdict: 'PASS' | 'FAIL';
}

function AttestDialog({ record, pick, onClose }: { record: NominationRecord; pick: AttestPick; onClose: () => void }) {
  const translate = useTranslate();
  const client = useApolloClient();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [error, setError] = useState<string | null>(null);
  const save = async (values: Record<string, unknown>) => {
    setError(null);
    try {
      await client.mutate({
        mutation: RECORD_ATTESTATION,
        variables: { nominationId: record.id, criterionKey: pick.rule.key, verdict: pick.verdict, attestedBy: String(values.attestedBy ?? '').trim(), note: (values.note as string | undefined)?.trim() || null },
      });
      notify('exemplar.appraisal.attested', { type: 'info', messageArgs: { key: pick.rule.key } });
      refresh();
      onClose();
    } catch (e) {
      setError(localizedMessage(e, locale) ?? translate('ra.notification.http_error'));
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="nomination-attest-title" data-testid="nomination-attest-dialog">
      <Form record={{}} onSubmit={save} defaultValues={{ attestedBy: DEFAULT_ATTESTED_BY, note: '' }}>
        <DialogTitle id="nomination-attest-title">{translate(pick.verdict === 'PASS' ? 'exemplar.appraisal.attest_title_pass' : 'exemplar.appraisal.attest_title_fail')}</DialogTitle>
        <DialogContent>
          <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
            {pick.rule.key}
          </Typography>
          <Typography variant="body2" sx={{ mb: 2, fontStyle: 'italic' }}>
            «{pick.rule.text}»
          </Typography>
          <TextInput source="attestedBy" label="exemplar.appraisal.attested_by" validate={[required(), maxLength(200)]} fullWidth />
          <TextInput source="note" label="exemplar.appraisal.note" multiline minRows={2} validate={maxLength(4000)} fullWidth />
          {error ? <Alert severity="error">{error}</Alert> : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton label={pick.verdict === 'PASS' ? 'exemplar.appraisal.pass' : 'exemplar.appraisal.fail'} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

/** The qualitative criteria the stored appraisal leaves undetermined, each with "attest passed / failed". */
function PendingAttestations({ record, snapshot, lines }: { record: NominationRecord; snapshot: Snapshot; lines: { path: string; verdict: string }[] }) {
  const translate = useTranslate();
  const [pick, setPick] = useState<AttestPick | null>(null);
  const { data } = useQuery<{ allCriteriaSets: { definition: CriteriaSet }[] }>(CRITERIA_SET_BY_CODE, { variables: { code: snapshot.criteriaSetCode }, skip: !snapshot.criteriaSetCode });
  const set = data?.allCriteriaSets[0]?.definition;
  const pending = set ? undeterminedAttestations(set, lines) : [];
  if (!pending.length) return null;
  return (
    <Box data-testid="appraisal-pending" sx={{ mt: 2 }}>
      <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>
        {translate('exemplar.appraisal.pending_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('exemplar.appraisal.pending_help')}
      </Typography>
      <Stack component="ul" sx={{ listStyle: 'none', m: 0, p: 0, gap: 1 }}>
        {pending.map((rule) => (
          <Box
            component="li"
            key={rule.key}
            data-testid={`appraisal-pending-${rule.key}`}
            sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, p: 1, border: 1, borderColor: 'warning.light', borderRadius: 1 }}
          >
            <Chip size="small" label={rule.key} sx={{ fontFamily: 'monospace', borderRadius: 1 }} />
            <Typography variant="body2" sx={{ flex: '1 1 360px', fontStyle: 'italic' }}>
              «{rule.text}»
            </Typography>
            <Stack direction="row" sx={{ gap: 1 }}>
              <Button size="small" variant="outlined" color="success" startIcon={<CheckIcon />} onClick={() => setPick({ rule, verdict: 'PASS' })}>
                {translate('exemplar.appraisal.pass')}
              </Button>
              <Button size="small" variant="outlined" color="error" startIcon={<CloseIcon />} onClick={() => setPick({ rule, verdict: 'FAIL' })}>
                {translate('exemplar.appraisal.fail')}
              </Button>
            </Stack>
          </Box>
        ))}
      </Stack>
      {pick ? <AttestDialog key={`${pick.rule.key}-${pick.verdict}`} record={record} pick={pick} onClose={() => setPick(null)} /> : null}
    </Box>
  );
}

/** The stored appraisal: verdict, set and date, each criterion's verdict, and the explanation of the trace. */
function SnapshotView({ record, snapshot }: { record: NominationRecord; snapshot: Snapshot }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const labels = useRuleLabels();
  const [showTrace, setShowTrace] = useState(false);
  const canReview = useCan('Nomination', 'review');
  const lang = locale === 'en' ? 'en' : 'vi';
  const lines = useMemo(() => (snapshot.result ? explainResult(snapshot.result, { lang, labels }) : []), [snapshot.result, lang, labels]);
  const criteria = criterionVerdicts(snapshot);
  return (
    <Box data-testid="appraisal-snapshot" data-verdict={snapshot.verdict ?? ''}>
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1, mb: 1 }}>
        <Labeled label={translate('exemplar.appraisal.verdict')}>
          <span data-testid="appraisal-verdict">{snapshot.verdict ? <VerdictChip verdict={snapshot.verdict} /> : '—'}</span>
        </Labeled>
        <Labeled label={translate('exemplar.appraisal.set')}>
          <Typography variant="body2" component="span" data-testid="appraisal-set">
            {snapshot.criteriaSetCode ?? '—'}
          </Typography>
        </Labeled>
        <Labeled label={translate('exemplar.appraisal.as_of')}>
          <Typography variant="body2" component="span">
            {formatLocalDate(snapshot.asOf, locale) || '—'}
          </Typography>
        </Labeled>
        {snapshot.roleGroup ? (
          <Labeled label={translate('exemplar.appraisal.role_group')}>
            <Typography variant="body2" component="span">
              {snapshot.roleGroup}
            </Typography>
          </Labeled>
        ) : null}
      </Stack>
      {snapshot.reason === 'NO_SUBJECT' ? <EmptyNote message="exemplar.appraisal.no_subject" /> : !snapshot.applicable ? <EmptyNote message="exemplar.appraisal.not_applicable" /> : null}
      {criteria.length ? (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
            {translate('exemplar.appraisal.criteria')}
          </Typography>
          <Table size="small" data-testid="appraisal-criteria" sx={{ maxWidth: 1000 }}>
            <TableBody>
              {criteria.map((c) => (
                <TableRow key={c.key} data-testid="appraisal-criterion" data-key={c.key} data-verdict={c.verdict}>
                  <TableCell sx={{ width: 200, fontFamily: 'monospace' }}>{c.key}</TableCell>
                  <TableCell>{locale === 'en' ? (c.title.en ?? c.title.vi) : c.title.vi}</TableCell>
                  <TableCell sx={{ width: 150 }}>
                    <VerdictChip verdict={c.verdict} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Button size="small" onClick={() => setShowTrace(!showTrace)} aria-expanded={showTrace} sx={{ mt: 1 }} data-testid="appraisal-trace-toggle">
            {translate(showTrace ? 'exemplar.appraisal.hide_trace' : 'exemplar.appraisal.show_trace')}
          </Button>
          {showTrace ? <ExplanationLines lines={lines} testId="appraisal-trace" /> : null}
        </>
      ) : null}
      {canAttest(record.status) && canReview ? <PendingAttestations record={record} snapshot={snapshot} lines={lines} /> : null}
    </Box>
  );
}

/**
 * The review screen's appraisal: the form on a received nomination, then the stored result and its
 * attestations (appraising and attesting are review steps: reviewers and administrators).
 */
export function AppraisalSection({ record }: { record: NominationRecord }) {
  const snapshot = readSnapshot(record.eligibility);
  const before = ['DRAFT', 'SUBMITTED', 'RETURNED'].includes(record.status);
  const canReview = useCan('Nomination', 'review');
  const appraising = canAppraise(record.status) && canReview;
  return (
    <Section title="exemplar.nomination.section.appraisal" testId="nomination-appraisal">
      {appraising ? <AppraiseForm record={record} /> : null}
      {snapshot ? <SnapshotView record={record} snapshot={snapshot} /> : !appraising ? <EmptyNote message={before ? 'exemplar.appraisal.waits_receive' : 'exemplar.appraisal.not_yet'} /> : null}
    </Section>
  );
}
