import { AutocompleteInput, ReferenceInput, required, SimpleForm, TextInput } from 'react-admin';
import { useUnitOptionText } from '../administrative-unit/unitOptionText';

/** Shared by create and edit; edit also sends `version` (a stale save gets CONFLICT). */
export function HouseholdForm() {
  const unitOptionText = useUnitOptionText();
  return (
    <SimpleForm sx={{ maxWidth: 760 }}>
      <TextInput source="name" validate={required()} helperText="exemplar.household.name_help" fullWidth />
      <ReferenceInput source="headPersonId" reference="Person" sort={{ field: 'fullName', order: 'ASC' }}>
        <AutocompleteInput optionText="fullName" filterToQuery={(q: string) => ({ q })} fullWidth />
      </ReferenceInput>
      <ReferenceInput source="unitId" reference="AdministrativeUnit" filter={{ allTime: true }} sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput optionText={unitOptionText} filterToQuery={(q: string) => ({ q })} validate={required()} helperText="exemplar.household.unit_help" fullWidth />
      </ReferenceInput>
    </SimpleForm>
  );
}
