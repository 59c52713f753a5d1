import { useRef } from 'react';
import UploadIcon from '@mui/icons-material/Upload';
import { useApolloClient } from '@apollo/client';
import { Button } from '@mui/material';
import { CreateButton, Datagrid, FunctionField, List, NumberInput, SearchInput, SelectInput, TextField, TopToolbar, useLocaleState, useNotify, useRedirect, useTranslate, ReferenceField, FilterButton } from 'react-admin';
import { useCan } from '../../auth/useCan';
import { localizedMessage } from '../../data/dataProvider';
import { PLAN_CHOICES } from './choices';
import { IMPORT_PLAN } from './queries';
import { StatusChip } from './StatusChip';
import { planNumber, type PlanRecord } from './types';

export const planFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" label="exemplar.plan.field.status" alwaysOn choices={PLAN_CHOICES.status} sx={{ minWidth: 200 }} />,
  <NumberInput key="year" source="year" label="exemplar.plan.field.year" alwaysOn sx={{ width: 140 }} />,
];

/** importPlan: a plan file in the exchange format (idempotent by code); opens the plan imported. */
function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const client = useApolloClient();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const load = async (file: File) => {
    try {
      const document = JSON.parse(await file.text()) as unknown;
      const { data } = await client.mutate<{ importPlan: { outcome: string; plan: { id: string } } }>({ mutation: IMPORT_PLAN, variables: { document } });
      notify(`exemplar.plan.import.${data!.importPlan.outcome}`, { type: 'info', messageArgs: { _: data!.importPlan.outcome } });
      redirect('show', 'Plan', data!.importPlan.plan.id);
    } catch (error) {
      notify(localizedMessage(error, locale) ?? translate('exemplar.plan.import.invalid_file'), { type: 'error' });
    }
  };
  return (
    <>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="plan-import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void load(file);
        }}
      />
      <Button size="small" startIcon={<UploadIcon />} onClick={() => input.current?.click()}>
        {translate('exemplar.plan.import.action')}
      </Button>
    </>
  );
}

function ListActions() {
  const canImport = useCan('Plan', 'create');
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton label="exemplar.plan.create" />
      {canImport ? <ImportButton /> : null}
    </TopToolbar>
  );
}

export function PlanList() {
  return (
    <List filters={planFilters} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" label="exemplar.plan.field.code" />
        <FunctionField label="exemplar.plan.field.number" sortable={false} render={(record: PlanRecord) => planNumber(record)} />
        <TextField source="title" label="exemplar.plan.field.title" />
        <FunctionField source="status" label="exemplar.plan.field.status" render={(record: PlanRecord) => <StatusChip status={record.status} />} />
        <FunctionField source="periodFrom" label="exemplar.plan.field.period" render={(record: PlanRecord) => `${record.periodFrom}–${record.periodTo}`} />
        <ReferenceField source="issuerOrganizationId" label="exemplar.plan.field.issuerOrganization" reference="Organization" link={false} sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}
