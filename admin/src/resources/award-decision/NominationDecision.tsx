import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client';
import GavelIcon from '@mui/icons-material/Gavel';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Form, ReferenceField, RecordContextProvider, SaveButton, TextInput, maxLength, required, useCreatePath, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useCan } from '../../auth/useCan';
import { localName, useAwardTypes } from '../../data/catalogue';
import { errorCode, localizedMessage } from '../../data/dataProvider';
import { formatLocalDate, todayLocalDate } from '../../fields/format';
import { EmptyNote, Section } from '../../layout/Section';
import { SUBJECT_RESOURCE } from '../exemplar/stages';
import { PLAN_CRITERIA_SETS } from '../nomination/queries';
import type { NominationRecord } from '../nomination/types';
import { decisionInput, errorField, placeOfField, suggestAchievementKey } from './decision';
import { DecisionHeaderInputs } from './DecisionInputs';
import { ISSUE_DECISION, PLAN_DECISIONS, type DecisionRow } from './queries';

/** The author typed last, offered again. */
let lastAuthor = '';

/**
 * "Ban hành quyết định khen thưởng" for an approved nomination: the decision's header and the
 * achievement rewarded (prefilled "<plan code>:<year>"). A refusal naming a field lands on it.
 */
function IssueDecisionDialog({ record, onClose }: { record: NominationRecord; onClose: () => void }) {
  const translate = useTranslate();
  const client = useApolloClient();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [refusal, setRefusal] = useState<{ message: string; code: string | null } | null>(null);
  const { data: plan, loading } = useQuery<{ Plan: { code: string } | null }>(PLAN_CRITERIA_SETS, { variables: { id: record.planId } });
  const name = String(record.summary?.name ?? `#${record.id}`);

  const issue = async (values: Record<string, unknown>): Promise<Record<string, unknown> | undefined> => {
    setRefusal(null);
    const input = decisionInput({ ...values, planId: record.planId, items: [{ source: 'NOMINATION', nominationId: record.id, achievementKey: values.achievementKey as string }] });
    lastAuthor = String(input.author ?? '');
    try {
      const { data } = await client.mutate<{ issueDecision: { id: string; number: string } }>({ mutation: ISSUE_DECISION, variables: input });
      notify('exemplar.decision.issued', { type: 'info', messageArgs: { number: data?.issueDecision.number ?? '' } });
      refresh();
      onClose();
    } catch (error) {
      const message = localizedMessage(error, locale) ?? translate('ra.notification.http_error');
      setRefusal({ message, code: errorCode(error) });
      const place = placeOfField(errorField(error));
      if (place.index !== null) return { achievementKey: message };
      if (place.field && ['number', 'decidedOn', 'issuingOrganizationId', 'awardTypeCode', 'author', 'signerTitle', 'signerName', 'occasion'].includes(place.field)) return { [place.field]: message };
    }
    return undefined;
  };

  if (loading) return null;
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="issue-decision-title" data-testid="issue-decision-dialog">
      <Form
        record={{}}
        onSubmit={issue}
        defaultValues={{ decidedOn: todayLocalDate(), achievementKey: suggestAchievementKey(plan?.Plan?.code, record.periodYear), author: lastAuthor, number: '', signerTitle: '', signerName: '', occasion: '' }}
      >
        <DialogTitle id="issue-decision-title">{translate('exemplar.decision.issue_title', { name })}</DialogTitle>
        <DialogContent>
          <DecisionHeaderInputs subjectKinds={record.subjectKind ? [record.subjectKind] : undefined} />
          <TextInput
            source="achievementKey"
            label="exemplar.decision.achievement"
            validate={[required(), maxLength(200)]}
            helperText={translate('exemplar.decision.achievement_help', { example: suggestAchievementKey(plan?.Plan?.code ?? 'KH', record.periodYear) })}
            fullWidth
          />
          {refusal ? (
            <Alert severity="error" data-testid="decision-refusal" data-code={refusal.code ?? ''}>
              {refusal.message}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton label="exemplar.decision.issue" icon={<GavelIcon />} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

/** The decisions naming a nomination, each subject with its award record, exemplar and decision. */
function DecisionsOf({ record }: { record: NominationRecord }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const { byCode } = useAwardTypes();
  const { data } = useQuery<{ allAwardDecisions: DecisionRow[] }>(PLAN_DECISIONS, { variables: { planId: record.planId }, fetchPolicy: 'network-only' });
  const rows = (data?.allAwardDecisions ?? []).flatMap((d) => d.subjects.filter((s) => String(s.nominationId) === String(record.id)).map((s) => ({ decision: d, subject: s })));
  if (!data) return null;
  if (!rows.length) return <EmptyNote message="exemplar.decision.none_for_nomination" />;
  return (
    <Table size="small" data-testid="nomination-decisions">
      <TableHead>
        <TableRow>
          <TableCell>{translate('exemplar.decision.header')}</TableCell>
          <TableCell>{translate('resources.AwardDecision.fields.awardTypeCode')}</TableCell>
          <TableCell>{translate('exemplar.decision.subject')}</TableCell>
          <TableCell>{translate('exemplar.decision.achievement')}</TableCell>
          <TableCell>{translate('exemplar.decision.award_record')}</TableCell>
          <TableCell>{translate('exemplar.decision.exemplar')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ decision, subject }) => {
          const resource = SUBJECT_RESOURCE[subject.subjectKind as keyof typeof SUBJECT_RESOURCE];
          return (
            <TableRow key={`${decision.id}-${subject.awardRecordId}`} data-testid="nomination-decision" data-award-record-id={subject.awardRecordId}>
              <TableCell>
                <Link href={`#${createPath({ resource: 'AwardDecision', id: decision.id, type: 'show' })}`} data-testid="nomination-decision-number">
                  {decision.number}
                </Link>{' '}
                — {formatLocalDate(decision.decidedOn, locale)}
              </TableCell>
              <TableCell data-testid="nomination-decision-award">{localName(byCode.get(decision.awardTypeCode), locale) || decision.awardTypeCode}</TableCell>
              <TableCell>
                <RecordContextProvider value={subject}>{resource ? <ReferenceField source="subjectId" reference={resource} link="show" /> : subject.subjectId}</RecordContextProvider>
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{subject.achievementKey}</TableCell>
              <TableCell>#{subject.awardRecordId}</TableCell>
              <TableCell>
                {subject.exemplarId ? (
                  <RecordContextProvider value={subject}>
                    <ReferenceField source="exemplarId" reference="Exemplar" link="show" />
                  </RecordContextProvider>
                ) : (
                  '—'
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** The review screen's decision: issue one for an approved nomination; the decisions naming it. */
export function NominationDecisionSection({ record }: { record: NominationRecord }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const approved = record.status === 'APPROVED';
  const canIssue = useCan('AwardDecision', 'create');
  const after = ['DECIDED', 'FORWARDED'].includes(record.status);
  return (
    <Section title="exemplar.nomination.section.decision" testId="nomination-decision">
      {approved && canIssue ? (
        <Button variant="contained" startIcon={<GavelIcon />} onClick={() => setOpen(true)} sx={{ mb: 1 }} data-testid="issue-decision-button">
          {translate('exemplar.decision.issue')}
        </Button>
      ) : null}
      {approved || after ? (
        <DecisionsOf key={`${record.status}-${record.version}`} record={record} />
      ) : (
        <EmptyNote message="exemplar.decision.waits_approval" />
      )}
      {record.status === 'DECIDED' ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('exemplar.decision.forward_help')}
        </Typography>
      ) : null}
      {open ? <IssueDecisionDialog record={record} onClose={() => setOpen(false)} /> : null}
    </Section>
  );
}
