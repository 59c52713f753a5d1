import { Create, NumberInput, SimpleForm, TextInput, required } from 'react-admin';
import { FormRow, Wide } from '../../layout/FormRow';

const thisYear = new Date().getFullYear();

/** createPlan: an empty draft (code, title, issuer, period); the rest is written in the editor. */
export function PlanCreate() {
  return (
    <Create redirect="show" record={{ periodFrom: thisYear, periodTo: thisYear + 4 }}>
      <SimpleForm sx={{ maxWidth: 900 }}>
        <FormRow>
          <TextInput source="code" label="exemplar.plan.field.code" validate={required()} helperText="exemplar.plan.field.code_help" />
          <TextInput source="issuerOrganizationCode" label="exemplar.plan.field.issuerOrganizationCode" validate={required()} />
          <Wide>
            <TextInput source="title" label="exemplar.plan.field.title" validate={required()} multiline fullWidth />
          </Wide>
          <NumberInput source="periodFrom" label="exemplar.plan.field.periodFrom" validate={required()} />
          <NumberInput source="periodTo" label="exemplar.plan.field.periodTo" validate={required()} />
          <TextInput source="author" label="exemplar.plan.amendment.author" />
        </FormRow>
      </SimpleForm>
    </Create>
  );
}
