import { Datagrid, List, ReferenceField, SelectField, TextField } from 'react-admin';
import { CodeField } from '../../fields/CodeField';
import { DateTimeField } from '../../fields/LocalDateField';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { personFilters } from './PersonFilters';

export function PersonList() {
  return (
    <List filters={personFilters} sort={{ field: 'fullName', order: 'ASC' }} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="fullName" />
        <TextField source="birthYear" emptyText="—" />
        <SelectField source="gender" choices={vocabularyChoices('gender')} sortable={false} emptyText="—" />
        <TextField source="ethnicity" sortable={false} emptyText="—" />
        <CodeField source="staffCategory" vocabulary="staffCategory" sortable={false} emptyText="—" />
        <ReferenceField source="unitId" reference="AdministrativeUnit" link="show" sortable={false} emptyText="—" />
        <DateTimeField source="updatedAt" sortBy="updatedAt" />
      </Datagrid>
    </List>
  );
}
