import { BooleanInput, CheckboxGroupInput, NumberInput, required, SelectInput, SimpleForm, TextInput, type Validator } from 'react-admin';
import { FormRow } from '../../layout/FormRow';
import { vocabularyChoices } from '../../i18n/vocabulary';

const CATALOGUE_CODE = /^[A-Z0-9_]{1,64}$/;

/** The server checks the same shape: upper-case ASCII letters, digits and _. */
export const catalogueCode: Validator = (value: unknown) =>
  typeof value === 'string' && value && !CATALOGUE_CODE.test(value.trim()) ? 'exemplar.catalogue.code_format' : undefined;

export function AwardTypeForm() {
  return (
    <SimpleForm sx={{ maxWidth: 860 }}>
      <FormRow>
        <TextInput source="code" validate={[required(), catalogueCode]} helperText="exemplar.catalogue.code_help" />
        <NumberInput source="rank" validate={required()} helperText="exemplar.awardType.rank_help" />
      </FormRow>
      <TextInput source="nameVi" validate={required()} fullWidth />
      <TextInput source="nameEn" validate={required()} fullWidth />
      <FormRow>
        <SelectInput source="category" choices={vocabularyChoices('awardCategory')} validate={required()} />
        <SelectInput source="level" choices={vocabularyChoices('awardLevel')} validate={required()} />
      </FormRow>
      <CheckboxGroupInput source="subjectKinds" choices={vocabularyChoices('subjectKind')} validate={required()} />
      <BooleanInput source="periodic" helperText="exemplar.awardType.periodic_help" />
      <TextInput source="legalBasis" fullWidth />
      <TextInput source="note" multiline minRows={2} fullWidth />
    </SimpleForm>
  );
}
