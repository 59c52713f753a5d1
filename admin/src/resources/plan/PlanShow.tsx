import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { useApolloClient } from '@apollo/client';
import { Alert, Box, Button, Tab, Tabs } from '@mui/material';
import { ListButton, Show, TopToolbar, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { localizedMessage } from '../../data/dataProvider';
import { CascadeTab, DeriveButton } from './CascadeTab';
import { OverviewTab } from './OverviewTab';
import { ContentTab, CriteriaTab, MilestonesTab, QuotasTab, RecipientsTab, ResponsibilitiesTab } from './PartTabs';
import { PlanEditorProvider, readOnlyReason } from './PlanEditorContext';
import { RevisionsTab } from './RevisionsTab';
import { EXPORT_PLAN } from './queries';
import type { PlanRecord } from './types';
import { HistoryTab } from '../../history/RecordHistory';

/** The canonical JSON of the plan (exportPlan), downloaded as <code>.json. */
function ExportButton() {
  const record = useRecordContext<PlanRecord>();
  const client = useApolloClient();
  const notify = useNotify();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const download = async () => {
    try {
      const { data } = await client.query<{ exportPlan: string }>({ query: EXPORT_PLAN, variables: { code: record.code }, fetchPolicy: 'network-only' });
      const url = URL.createObjectURL(new Blob([data.exportPlan], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${record.code}.json`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      notify(localizedMessage(error, locale) ?? 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Button size="small" startIcon={<DownloadIcon />} onClick={download}>
      {translate('exemplar.plan.export')}
    </Button>
  );
}

function ShowActions() {
  return (
    <TopToolbar>
      <ListButton />
      <ExportButton />
      <DeriveButton />
    </TopToolbar>
  );
}

function PlanTitle() {
  const record = useRecordContext<PlanRecord>();
  return <span>{record ? `${record.code} — ${record.title}` : ''}</span>;
}

const TABS = [
  { id: 'overview', Component: OverviewTab },
  { id: 'content', Component: ContentTab },
  { id: 'criteria', Component: CriteriaTab },
  { id: 'quotas', Component: QuotasTab },
  { id: 'milestones', Component: MilestonesTab },
  { id: 'responsibilities', Component: ResponsibilitiesTab },
  { id: 'recipients', Component: RecipientsTab },
  { id: 'cascade', Component: CascadeTab },
  { id: 'revisions', Component: RevisionsTab },
  { id: 'audit', Component: PlanAuditTab },
] as const;

/** The audit trail of the plan's row (who changed its number, status, period…), beside the document's own revisions. */
function PlanAuditTab() {
  return <HistoryTab table="plan" help="exemplar.history.plan_help" />;
}

/** The plan editor: the plan organised like the document, one tab per part, then its cascade and history. */
function PlanEditor() {
  const record = useRecordContext<PlanRecord>();
  // Another plan (a derived one, a child) opens on its overview.
  return record ? <PlanTabs key={record.id} record={record} /> : null;
}

function PlanTabs({ record }: { record: PlanRecord }) {
  const translate = useTranslate();
  const [tab, setTab] = useState<(typeof TABS)[number]['id']>('overview');
  const readOnly = readOnlyReason(record);
  const Current = TABS.find((t) => t.id === tab)!.Component;
  return (
    <PlanEditorProvider plan={record}>
      {readOnly ? (
        <Alert severity="info" data-testid="plan-read-only" sx={{ m: 2, mb: 0 }}>
          {translate(`exemplar.plan.read_only.${readOnly}`)}
        </Alert>
      ) : record.status !== 'DRAFT' ? (
        <Alert severity="warning" data-testid="plan-amendments" sx={{ m: 2, mb: 0 }}>
          {translate('exemplar.plan.read_only.amendments')}
        </Alert>
      ) : null}
      <Tabs value={tab} onChange={(_, value) => setTab(value)} variant="scrollable" scrollButtons="auto" sx={{ px: 1, borderBottom: 1, borderColor: 'divider' }}>
        {TABS.map((t) => (
          <Tab key={t.id} value={t.id} label={translate(`exemplar.plan.tab.${t.id}`)} />
        ))}
      </Tabs>
      <Box sx={{ pb: 2 }} role="tabpanel">
        <Current />
      </Box>
    </PlanEditorProvider>
  );
}

export function PlanShow() {
  return (
    <Show actions={<ShowActions />} title={<PlanTitle />}>
      <PlanEditor />
    </Show>
  );
}
