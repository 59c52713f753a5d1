import { AutocompleteInput, CreateButton, Datagrid, FilterButton, FunctionField, List, NumberInput, ReferenceField, ReferenceInput, SearchInput, SelectInput, TopToolbar } from 'react-admin';
import { NOMINATION_STATUSES } from '@exemplar/shared';
import { LocalDateField } from '../../fields/LocalDateField';
import { NominationStatusChip } from './NominationStatusChip';
import { periodLabel } from './summary';
import type { NominationRecord } from './types';

const statusChoices = NOMINATION_STATUSES.map((status) => ({ id: status, name: `exemplar.nomination.status.${status}` }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="planId" source="planId" reference="Plan" alwaysOn sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput optionText="code" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <NumberInput key="periodYear" source="periodYear" alwaysOn sx={{ width: 120 }} />,
  <ReferenceInput key="nominatingOrganizationId" source="nominatingOrganizationId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

function Actions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton label="exemplar.nomination.create" />
    </TopToolbar>
  );
}

/** Hồ sơ đề nghị: who proposes whom, for which plan and period, and where each file stands. */
export function NominationList() {
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField label="exemplar.nomination.summary.name" render={(n: NominationRecord) => String(n.summary?.name ?? '—')} />
        <FunctionField source="status" render={(n: NominationRecord) => <NominationStatusChip status={n.status} />} />
        <ReferenceField source="nominatingOrganizationId" reference="Organization" link={false} sortable={false} />
        <ReferenceField source="planId" reference="Plan" link={false} sortable={false} />
        <FunctionField source="periodYear" label="exemplar.nomination.period" render={(n: NominationRecord) => periodLabel(n)} />
        <LocalDateField source="submittedOn" />
      </Datagrid>
    </List>
  );
}
