import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  EditButton,
  Labeled,
  ListButton,
  ReferenceField,
  ReferenceManyField,
  Show,
  TopToolbar,
  useCreatePath,
  useLocaleState,
  useRecordContext,
  useTranslate,
  Datagrid,
  FunctionField,
} from 'react-admin';
import { useCan } from '../../auth/useCan';
import { localName, useActivityFields } from '../../data/catalogue';
import { formatDateTime, formatLocalDate } from '../../fields/format';
import { Section, EmptyNote } from '../../layout/Section';
import { NominationStatusChip } from '../nomination/NominationStatusChip';
import { periodLabel } from '../nomination/summary';
import { DiscoveredVia } from './ExemplarList';
import { MoveMenu } from './MoveStage';
import { StageChip } from './StageChip';
import { ExemplarName, SubjectName, useExemplarName } from './SubjectName';
import type { ExemplarRecord } from './types';
import { HistoryTabs } from '../../history/RecordHistory';

function Title() {
  const record = useRecordContext<ExemplarRecord>();
  const name = useExemplarName(record);
  return <span>{name}</span>;
}

function NominateButton() {
  const record = useRecordContext<ExemplarRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const canNominate = useCan('Nomination', 'create');
  if (!record || !canNominate) return null;
  const source = encodeURIComponent(JSON.stringify({ target: 'EXEMPLAR', exemplarId: record.id, planId: record.planId ?? undefined }));
  return (
    <Button size="small" startIcon={<AddIcon />} href={`#${createPath({ resource: 'Nomination', type: 'create' })}?source=${source}`}>
      {translate('exemplar.exemplars.nominate')}
    </Button>
  );
}

function Actions() {
  return (
    <TopToolbar>
      <ListButton />
      <NominateButton />
      <EditButton />
    </TopToolbar>
  );
}

function Transitions() {
  const record = useRecordContext<ExemplarRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rows = record?.transitions ?? [];
  const t = (k: string) => translate(`exemplar.exemplars.transition.${k}`);
  return (
    <Table size="small" data-testid="exemplar-transitions">
      <TableHead>
        <TableRow>
          <TableCell>{t('when')}</TableCell>
          <TableCell>{t('from')}</TableCell>
          <TableCell>{t('to')}</TableCell>
          <TableCell>{t('reason')}</TableCell>
          <TableCell>{t('author')}</TableCell>
          <TableCell>{t('source')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} data-testid="exemplar-transition" data-from={row.fromStage ?? ''} data-to={row.toStage}>
            <TableCell>{formatDateTime(row.createdAt, locale)}</TableCell>
            <TableCell>{row.fromStage ? <StageChip stage={row.fromStage} /> : '—'}</TableCell>
            <TableCell>
              <StageChip stage={row.toStage} />
            </TableCell>
            <TableCell data-testid="transition-reason" sx={{ whiteSpace: 'pre-wrap' }}>
              {row.reason}
            </TableCell>
            <TableCell data-testid="transition-author">{row.author}</TableCell>
            <TableCell>{row.source ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Details() {
  const record = useRecordContext<ExemplarRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { byCode } = useActivityFields();
  const name = useExemplarName(record);
  if (!record) return null;
  const L = (field: string) => translate(`resources.Exemplar.fields.${field}`);
  return (
    <Box data-testid="exemplar-details">
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, px: 2, pt: 2, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h1">
          <ExemplarName />
        </Typography>
        <span data-testid="exemplar-stage">
          <StageChip stage={record.stage} />
        </span>
        <MoveMenu exemplar={record} name={name} size="medium" />
      </Stack>
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1, px: 2, py: 1 }}>
        {record.subjectKind ? (
          <Labeled label={translate(`exemplar.exemplars.kinds.${record.subjectKind}`)}>
            <SubjectName link="show" />
          </Labeled>
        ) : null}
        <Labeled label={L('planId')}>
          <ReferenceField source="planId" reference="Plan" link="show" emptyText="—" />
        </Labeled>
        <Labeled label={L('fields')}>
          <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
            {record.fields.length ? record.fields.map((code) => <Chip key={code} size="small" label={localName(byCode.get(code), locale) || code} />) : '—'}
          </Stack>
        </Labeled>
        <Labeled label={L('discoveredVia')}>
          <DiscoveredVia code={record.discoveredVia} />
        </Labeled>
        <Labeled label={L('discoveredOn')}>
          <span>{formatLocalDate(record.discoveredOn, locale) || '—'}</span>
        </Labeled>
        <Labeled label={L('organizationInChargeId')}>
          <ReferenceField source="organizationInChargeId" reference="Organization" link="show" emptyText="—" />
        </Labeled>
        <Labeled label={L('unitId')}>
          <ReferenceField source="unitId" reference="AdministrativeUnit" link="show" emptyText="—" />
        </Labeled>
      </Stack>
      {record.description ? (
        <Typography variant="body2" sx={{ px: 2, pb: 1, whiteSpace: 'pre-wrap' }}>
          {record.description}
        </Typography>
      ) : null}
    </Box>
  );
}

/** An exemplar's page: what it is, where it stands (with the allowed moves), its history, its nominations. */
export function ExemplarShow() {
  return (
    <Show actions={<Actions />} title={<Title />}>
      <Details />
      <HistoryTabs table="exemplar">
        <Section title="exemplar.exemplars.section.transitions">
          <Transitions />
        </Section>
        <Section title="exemplar.exemplars.section.nominations">
          <ReferenceManyField reference="Nomination" target="exemplarId" empty={<EmptyNote message="exemplar.exemplars.no_nominations" />}>
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <ReferenceField source="nominatingOrganizationId" reference="Organization" link={false} sortable={false} />
              <ReferenceField source="planId" reference="Plan" link={false} sortable={false} />
              <FunctionField label="exemplar.nomination.period" render={(n: { periodYear: number; periodQuarter: number | null; periodMonth: number | null }) => periodLabel(n)} />
              <FunctionField source="status" render={(n: { status: string }) => <NominationStatusChip status={n.status} />} />
            </Datagrid>
          </ReferenceManyField>
        </Section>
      </HistoryTabs>
    </Show>
  );
}
