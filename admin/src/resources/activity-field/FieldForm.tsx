import { required, SimpleForm, TextInput } from 'react-admin';
import { catalogueCode } from '../award-type/AwardTypeForm';

export function FieldForm() {
  return (
    <SimpleForm sx={{ maxWidth: 760 }}>
      <TextInput source="code" validate={[required(), catalogueCode]} helperText="exemplar.catalogue.code_help" />
      <TextInput source="nameVi" validate={required()} fullWidth />
      <TextInput source="nameEn" validate={required()} fullWidth />
    </SimpleForm>
  );
}
