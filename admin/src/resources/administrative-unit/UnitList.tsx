import { Datagrid, List, SelectField, TextField } from 'react-admin';
import { ValidityField } from '../../fields/ValidityField';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { unitFilters } from './UnitFilters';

export function UnitList() {
  return (
    <List filters={unitFilters} filterDefaultValues={{ level: 'province' }} sort={{ field: 'code', order: 'ASC' }} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="name" />
        <SelectField source="kind" choices={vocabularyChoices('unitKind')} />
        <SelectField source="level" choices={vocabularyChoices('unitLevel')} />
        <TextField source="parent.name" label="resources.AdministrativeUnit.fields.parentId" sortable={false} emptyText="—" />
        <ValidityField source="validFrom" sortBy="validFrom" label="resources.AdministrativeUnit.fields.validity" />
      </Datagrid>
    </List>
  );
}
