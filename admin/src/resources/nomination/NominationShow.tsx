import type { ReactNode } from 'react';
import EditIcon from '@mui/icons-material/Edit';
import { useQuery } from '@apollo/client';
import { Alert, Box, Button, Link, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Labeled, ListButton, ReferenceField, Show, TopToolbar, useCreatePath, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime, formatLocalDate } from '../../fields/format';
import { Section } from '../../layout/Section';
import { boundLabel } from '../compliance/format';
import { SubjectName } from '../exemplar/SubjectName';
import { NominationDecisionSection } from '../award-decision/NominationDecision';
import { AppraisalSection } from './Appraisal';
import { NominationActions } from './NominationActions';
import { NominationStatusChip } from './NominationStatusChip';
import { PLAN_QUOTA_RULES, type QuotaRuleOption } from './queries';
import { isEditable, periodLabel, SUMMARY_LIST_FIELDS } from './summary';
import type { NominationRecord } from './types';
import { HistoryTabs } from '../../history/RecordHistory';
import { useCan } from '../../auth/useCan';

function Title() {
  const record = useRecordContext<NominationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <span>{`${translate('resources.Nomination.name', { smart_count: 1 })}: ${String(record.summary?.name ?? `#${record.id}`)}`}</span>;
}

function EditLink() {
  const record = useRecordContext<NominationRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const canEdit = useCan('Nomination', 'edit');
  if (!record || !isEditable(record.status) || !canEdit) return null;
  return (
    <Button size="small" startIcon={<EditIcon />} href={`#${createPath({ resource: 'Nomination', id: record.id, type: 'edit' })}`}>
      {translate('exemplar.nomination.action.edit')}
    </Button>
  );
}

function Actions() {
  return (
    <TopToolbar>
      <ListButton />
      <EditLink />
    </TopToolbar>
  );
}

/** The quota the nomination counts towards: its key, what it asks, as printed. */
function QuotaRule({ planId, quotaRuleId }: { planId: string; quotaRuleId: string | null }) {
  const translate = useTranslate();
  const { data } = useQuery<{ Plan: { quotaRules: QuotaRuleOption[] } | null }>(PLAN_QUOTA_RULES, { variables: { id: planId }, skip: !quotaRuleId });
  if (!quotaRuleId) return <>{translate('exemplar.nomination.no_quota')}</>;
  const rule = data?.Plan?.quotaRules.find((r) => r.id === quotaRuleId);
  if (!rule) return <>…</>;
  return (
    <span title={rule.text} data-testid="nomination-quota">
      <code>{rule.key}</code> {`${boundLabel(rule.bound, rule.value)} ${translate(`exemplar.plan.per_period.${rule.every}`, { _: rule.every })}`}
    </span>
  );
}

function Item({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const translate = useTranslate();
  return (
    <Labeled label={translate(label)} data-testid={testId}>
      <Typography component="span" variant="body2">
        {children}
      </Typography>
    </Labeled>
  );
}

const F = (field: string) => `resources.Nomination.fields.${field}`;

function Request() {
  const record = useRecordContext<NominationRecord>()!;
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1, px: 2, py: 1 }} data-testid="nomination-request">
      <Item label={F('status')} testId="nomination-status">
        <NominationStatusChip status={record.status} />
      </Item>
      <Item label={F('planId')}>
        <ReferenceField source="planId" reference="Plan" link="show" />
      </Item>
      <Item label={F('quotaRuleId')}>
        <QuotaRule planId={record.planId} quotaRuleId={record.quotaRuleId} />
      </Item>
      <Item label={F('nominatingOrganizationId')}>
        <ReferenceField source="nominatingOrganizationId" reference="Organization" link="show" />
      </Item>
      <Item label={F('councilOrganizationId')}>
        <ReferenceField source="councilOrganizationId" reference="Organization" link="show" emptyText="—" />
      </Item>
      {record.exemplarId ? (
        <Item label={F('exemplarId')}>
          <ReferenceField source="exemplarId" reference="Exemplar" link="show" />
        </Item>
      ) : null}
      {record.subjectKind ? (
        <Item label={`exemplar.nomination.targets.${record.subjectKind}`}>
          <SubjectName link="show" />
        </Item>
      ) : null}
      <Item label="exemplar.nomination.period" testId="nomination-period">
        {periodLabel(record)}
      </Item>
      <Item label={F('submittedOn')} testId="nomination-submitted-on">
        {formatLocalDate(record.submittedOn, locale) || '—'}
      </Item>
      {record.status === 'RETURNED' && record.returnedReason ? (
        <Alert severity="warning" data-testid="nomination-returned-reason" sx={{ flexBasis: '100%' }}>
          <strong>{translate('exemplar.nomination.returned_reason')}:</strong> {record.returnedReason}
        </Alert>
      ) : null}
    </Stack>
  );
}

const cell = { border: '1px solid', borderColor: 'text.primary', px: 1, py: 0.75, verticalAlign: 'top' } as const;

/** The trích ngang laid out as printed: a heading, then one ruled row per item, the lists numbered. */
function PrintedSummary() {
  const record = useRecordContext<NominationRecord>()!;
  const translate = useTranslate();
  const s = record.summary ?? {};
  const none = translate('exemplar.nomination.printed.none');
  const L = (field: string) => translate(`exemplar.nomination.summary.${field}`);
  const gender = s.gender ? translate(`exemplar.vocabulary.gender.${String(s.gender)}`, { _: String(s.gender) }) : none;
  const row = (field: string, value: ReactNode) => (
    <TableRow key={field} data-field={field}>
      <TableCell sx={{ ...cell, width: 240, fontWeight: 500 }}>{L(field)}</TableCell>
      <TableCell sx={{ ...cell, whiteSpace: 'pre-wrap' }} data-testid={`summary-${field}`}>
        {value ?? none}
      </TableCell>
    </TableRow>
  );
  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 900, fontFamily: '"Times New Roman", Times, serif' }} data-testid="nomination-printed-summary">
      <Typography variant="h6" component="h3" align="center" sx={{ fontFamily: 'inherit', fontWeight: 700 }}>
        {translate('exemplar.nomination.printed.heading')}
      </Typography>
      <Typography variant="body2" align="center" sx={{ fontFamily: 'inherit', fontStyle: 'italic', mb: 2 }}>
        <ReferenceField source="planId" reference="Plan" link={false} render={({ referenceRecord }) => translate('exemplar.nomination.printed.of', { plan: String(referenceRecord?.code ?? ''), period: periodLabel(record) })} />
      </Typography>
      <Table size="small" sx={{ borderCollapse: 'collapse', '& td': { fontFamily: 'inherit' } }}>
        <TableBody>
          {row('name', s.name)}
          {row('birthYear', s.birthYear)}
          {row('gender', gender)}
          {row('unit', s.unit)}
          {row('role', s.role)}
          {row('field', s.field)}
          {row('achievements', s.achievements)}
          {SUMMARY_LIST_FIELDS.map((list) =>
            row(
              list,
              s[list]?.length ? (
                <ol style={{ margin: 0, paddingLeft: 20 }}>
                  {s[list]!.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ol>
              ) : null,
            ),
          )}
          {row('note', s.note)}
        </TableBody>
      </Table>
    </Paper>
  );
}

function Attachments() {
  const record = useRecordContext<NominationRecord>()!;
  const translate = useTranslate();
  const list = record.attachments ?? [];
  if (!list.length) return <Typography variant="body2" color="text.secondary">{translate('exemplar.nomination.attachment.none')}</Typography>;
  return (
    <ol style={{ margin: 0, paddingLeft: 20 }} data-testid="nomination-attachments">
      {list.map((a, i) => (
        <li key={i}>
          {a.url ? (
            <Link href={a.url} target="_blank" rel="noopener noreferrer">
              {a.title}
            </Link>
          ) : (
            a.title
          )}
        </li>
      ))}
    </ol>
  );
}

function Transitions() {
  const record = useRecordContext<NominationRecord>()!;
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (k: string) => translate(`exemplar.exemplars.transition.${k}`);
  return (
    <Table size="small" data-testid="nomination-transitions">
      <TableHead>
        <TableRow>
          <TableCell>{t('when')}</TableCell>
          <TableCell>{t('from')}</TableCell>
          <TableCell>{t('to')}</TableCell>
          <TableCell>{t('reason')}</TableCell>
          <TableCell>{t('author')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {(record.transitions ?? []).map((row) => (
          <TableRow key={row.id} data-testid="nomination-transition" data-from={row.fromStatus ?? ''} data-to={row.toStatus}>
            <TableCell>{formatDateTime(row.createdAt, locale)}</TableCell>
            <TableCell>{row.fromStatus ? <NominationStatusChip status={row.fromStatus} /> : '—'}</TableCell>
            <TableCell>
              <NominationStatusChip status={row.toStatus} />
            </TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{row.reason}</TableCell>
            <TableCell>{row.author}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Review() {
  const record = useRecordContext<NominationRecord>();
  if (!record) return null;
  return (
    <Box>
      <Request />
      <HistoryTabs table="nomination">
        <Section title="exemplar.nomination.section.actions">
          <NominationActions record={record} />
        </Section>
        <Section title="exemplar.nomination.section.summary">
          <PrintedSummary />
        </Section>
        <Section title="exemplar.nomination.section.attachments">
          <Attachments />
        </Section>
        <Section title="exemplar.nomination.section.status">
          <Transitions />
        </Section>
        <AppraisalSection record={record} />
        <NominationDecisionSection record={record} />
      </HistoryTabs>
    </Box>
  );
}

/** The review screen: what is asked, the actions allowed now, the form as printed, attachments, history, appraisal, decision. */
export function NominationShow() {
  return (
    <Show actions={<Actions />} title={<Title />}>
      <Review />
    </Show>
  );
}
