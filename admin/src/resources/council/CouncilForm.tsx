import { AutocompleteInput, Create, Edit, NumberInput, ReferenceInput, SimpleForm, TextInput, maxLength, maxValue, minValue, required } from 'react-admin';
import { FormRow, Wide } from '../../layout/FormRow';

const ratio = [required(), minValue(0.01, 'exemplar.council.quorum_range'), maxValue(1, 'exemplar.council.quorum_range')];

function CouncilInputs() {
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(300)]} fullWidth />
      <FormRow>
        <Wide>
          <ReferenceInput source="organizationId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} />
          </ReferenceInput>
        </Wide>
        <Wide>
          <ReferenceInput source="standingOrganizationId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
          </ReferenceInput>
        </Wide>
      </FormRow>
      <FormRow>
        <Wide>
          {/* CouncilFilter has no search: the councils are few, all offered at once. */}
          <ReferenceInput source="parentCouncilId" reference="Council" perPage={200}>
            <AutocompleteInput optionText="name" filterToQuery={() => ({})} />
          </ReferenceInput>
        </Wide>
        <NumberInput source="quorumRatio" step={0.05} min={0} max={1} validate={ratio} helperText="exemplar.council.quorum_help" />
      </FormRow>
    </>
  );
}

export function CouncilCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ quorumRatio: 0.5 }} sx={{ maxWidth: 1000 }}>
        <CouncilInputs />
      </SimpleForm>
    </Create>
  );
}

export function CouncilEdit() {
  return (
    <Edit redirect="show" mutationMode="pessimistic">
      <SimpleForm sx={{ maxWidth: 1000 }}>
        <CouncilInputs />
      </SimpleForm>
    </Edit>
  );
}
