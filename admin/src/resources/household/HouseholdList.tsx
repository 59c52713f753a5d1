import { Datagrid, List, ReferenceField, SearchInput, TextField } from 'react-admin';
import { DateTimeField } from '../../fields/LocalDateField';

const householdFilters = [<SearchInput key="q" source="q" alwaysOn />];

export function HouseholdList() {
  return (
    <List filters={householdFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <ReferenceField source="headPersonId" reference="Person" link="show" sortable={false} emptyText="—" />
        <ReferenceField source="unitId" reference="AdministrativeUnit" link="show" sortable={false} />
        <DateTimeField source="updatedAt" sortBy="updatedAt" />
      </Datagrid>
    </List>
  );
}
