import { AutocompleteInput, maxValue, minValue, NumberInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { FormRow } from '../../layout/FormRow';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { useUnitOptionText } from '../administrative-unit/unitOptionText';

/** Shared by create and edit; edit also sends the record's `version`, so a stale save gets CONFLICT. */
export function PersonForm() {
  const unitOptionText = useUnitOptionText();
  return (
    <SimpleForm sx={{ maxWidth: 760 }}>
      <TextInput source="fullName" validate={required()} fullWidth />
      <FormRow>
        <NumberInput source="birthYear" validate={[minValue(1900), maxValue(2100)]} />
        <SelectInput source="gender" choices={vocabularyChoices('gender')} />
        <TextInput source="ethnicity" helperText="exemplar.person.ethnicity_help" />
      </FormRow>
      <SelectInput source="staffCategory" choices={vocabularyChoices('staffCategory')} />
      <ReferenceInput source="unitId" reference="AdministrativeUnit" filter={{ allTime: true }} sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput optionText={unitOptionText} filterToQuery={(q: string) => ({ q })} helperText="exemplar.person.unit_help" fullWidth />
      </ReferenceInput>
    </SimpleForm>
  );
}
