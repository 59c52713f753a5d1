import { Labeled, ListButton, ReferenceField, RecordContextProvider, Show, TopToolbar, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatDateTime, formatLocalDate } from '../../fields/format';
import { Section } from '../../layout/Section';
import { SUBJECT_RESOURCE } from '../exemplar/stages';
import { AwardName } from './DecisionList';
import type { DecisionSubject } from './queries';
import { HistoryTabs } from '../../history/RecordHistory';

interface DecisionRecord {
  id: string;
  number: string;
  decidedOn: string;
  signerTitle: string | null;
  signerName: string | null;
  issuingOrganizationId: string;
  awardTypeCode: string;
  planId: string | null;
  occasion: string | null;
  author: string;
  createdAt: string;
  subjects: DecisionSubject[];
}

function Title() {
  const record = useRecordContext<DecisionRecord>();
  const translate = useTranslate();
  return <span>{record ? `${translate('exemplar.decision.header')} ${record.number}` : ''}</span>;
}

function Header() {
  const record = useRecordContext<DecisionRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const L = (field: string) => translate(`resources.AwardDecision.fields.${field}`);
  const text = (value: string | null | undefined) => (
    <Typography variant="body2" component="span">
      {value || '—'}
    </Typography>
  );
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1, p: 2 }} data-testid="decision-header">
      <Labeled label={L('number')}>{text(record.number)}</Labeled>
      <Labeled label={L('decidedOn')}>{text(formatLocalDate(record.decidedOn, locale))}</Labeled>
      <Labeled label={L('awardTypeCode')}>
        <Typography variant="body2" component="span" data-testid="decision-award">
          <AwardName code={record.awardTypeCode} />
        </Typography>
      </Labeled>
      <Labeled label={L('issuingOrganizationId')}>
        <ReferenceField source="issuingOrganizationId" reference="Organization" link="show" />
      </Labeled>
      <Labeled label={L('signerName')}>{text([record.signerTitle, record.signerName].filter(Boolean).join(' '))}</Labeled>
      <Labeled label={L('planId')}>
        <ReferenceField source="planId" reference="Plan" link="show" emptyText="—" />
      </Labeled>
      <Labeled label={L('occasion')}>{text(record.occasion)}</Labeled>
      <Labeled label={L('author')}>{text(`${record.author} — ${formatDateTime(record.createdAt, locale)}`)}</Labeled>
    </Stack>
  );
}

/** Each subject rewarded: who (a link to their record, where the award now shows), the achievement, the award record, and where it came from. */
function Subjects() {
  const record = useRecordContext<DecisionRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Table size="small" data-testid="decision-subjects">
      <TableHead>
        <TableRow>
          <TableCell>{translate('exemplar.decision.subject')}</TableCell>
          <TableCell>{translate('exemplar.decision.achievement')}</TableCell>
          <TableCell>{translate('exemplar.decision.award_record')}</TableCell>
          <TableCell>{translate('exemplar.decision.nomination')}</TableCell>
          <TableCell>{translate('exemplar.decision.exemplar')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {record.subjects.map((s) => {
          const resource = SUBJECT_RESOURCE[s.subjectKind as keyof typeof SUBJECT_RESOURCE];
          return (
            <RecordContextProvider key={s.awardRecordId} value={s}>
              <TableRow data-testid="decision-subject" data-award-record-id={s.awardRecordId}>
                <TableCell>
                  {translate(`exemplar.exemplars.kinds.${s.subjectKind}`, { _: s.subjectKind })}: {resource ? <ReferenceField source="subjectId" reference={resource} link="show" /> : s.subjectId}
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{s.achievementKey}</TableCell>
                <TableCell>#{s.awardRecordId}</TableCell>
                <TableCell>{s.nominationId ? <ReferenceField source="nominationId" reference="Nomination" link="show" /> : '—'}</TableCell>
                <TableCell>{s.exemplarId ? <ReferenceField source="exemplarId" reference="Exemplar" link="show" /> : '—'}</TableCell>
              </TableRow>
            </RecordContextProvider>
          );
        })}
      </TableBody>
    </Table>
  );
}

export function DecisionShow() {
  return (
    <Show actions={<TopToolbar><ListButton /></TopToolbar>} title={<Title />}>
      <Header />
      <HistoryTabs table="award_decision">
        <Section title="exemplar.decision.subjects">
          <Subjects />
        </Section>
      </HistoryTabs>
    </Show>
  );
}
