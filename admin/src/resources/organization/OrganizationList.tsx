import { Datagrid, List, ReferenceField, SelectField, TextField } from 'react-admin';
import { ValidityField } from '../../fields/ValidityField';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { organizationFilters } from './OrganizationFilters';

export function OrganizationList() {
  return (
    <List filters={organizationFilters} sort={{ field: 'code', order: 'ASC' }} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="name" />
        <SelectField source="kind" choices={vocabularyChoices('organizationKind')} />
        <SelectField source="sector" choices={vocabularyChoices('sector')} emptyText="—" />
        <ReferenceField source="unitId" reference="AdministrativeUnit" link="show" sortable={false} emptyText="—" />
        <ReferenceField source="parentId" reference="Organization" link="show" sortable={false} emptyText="—" />
        <ValidityField source="validFrom" sortBy="validFrom" label="resources.Organization.fields.validity" />
      </Datagrid>
    </List>
  );
}
