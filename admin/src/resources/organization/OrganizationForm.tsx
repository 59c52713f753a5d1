import { AutocompleteInput, DateInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput, type Validator } from 'react-admin';
import { ORGANIZATION_CODE_PATTERN } from '@exemplar/shared';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { useUnitOptionText } from '../administrative-unit/unitOptionText';

/** The server upper-cases codes before checking them; check the same way so both agree. */
const organizationCode: Validator = (value: unknown) =>
  typeof value === 'string' && value && !ORGANIZATION_CODE_PATTERN.test(value.trim().toUpperCase()) ? 'exemplar.organization.code_format' : undefined;

/** Shared by create and edit; edit also sends the record's `version` (a mutation argument). */
export function OrganizationForm() {
  const unitOptionText = useUnitOptionText();
  return (
    <SimpleForm sx={{ maxWidth: 760 }}>
      <TextInput source="code" validate={[required(), organizationCode]} helperText="exemplar.organization.code_help" />
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="shortName" />
      <SelectInput source="kind" choices={vocabularyChoices('organizationKind')} validate={required()} />
      <SelectInput source="sector" choices={vocabularyChoices('sector')} />
      <ReferenceInput source="parentId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} fullWidth />
      </ReferenceInput>
      <ReferenceInput source="unitId" reference="AdministrativeUnit" filter={{ allTime: true }} sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput optionText={unitOptionText} filterToQuery={(q: string) => ({ q })} helperText="exemplar.organization.unit_help" fullWidth />
      </ReferenceInput>
      <DateInput source="validFrom" />
      <DateInput source="validTo" />
      <TextInput source="note" multiline minRows={2} fullWidth />
    </SimpleForm>
  );
}
