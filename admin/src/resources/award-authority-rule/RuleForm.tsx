import { required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { LocalDateInput } from '../../fields/LocalDateInput';
import { FormRow } from '../../layout/FormRow';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { AwardTypeCodeInput } from './AwardTypeCodeInput';

export function RuleForm() {
  return (
    <SimpleForm sx={{ maxWidth: 860 }}>
      <AwardTypeCodeInput source="awardTypeCode" validate={required()} fullWidth />
      <FormRow>
        <SelectInput source="authorityRole" choices={vocabularyChoices('authorityRole')} validate={required()} />
        <SelectInput source="authorityLevel" choices={vocabularyChoices('awardLevel')} validate={required()} />
      </FormRow>
      <FormRow>
        <LocalDateInput source="validFrom" helperText="exemplar.authorityRule.valid_from_help" />
        <LocalDateInput source="validTo" helperText="exemplar.authorityRule.valid_to_help" />
      </FormRow>
      <TextInput source="legalBasis" fullWidth />
      <TextInput source="note" multiline minRows={2} fullWidth />
    </SimpleForm>
  );
}
