import { AutocompleteInput, BooleanInput, Create, Edit, ReferenceInput, SimpleForm, TextInput, maxLength, required } from 'react-admin';
import { LocalDateInput } from '../../fields/LocalDateInput';
import { todayLocalDate } from '../../fields/format';
import { FormRow, Wide } from '../../layout/FormRow';

function SessionInputs() {
  return (
    <>
      <ReferenceInput source="councilId" reference="Council" perPage={200}>
        <AutocompleteInput optionText="name" filterToQuery={() => ({})} validate={required()} fullWidth />
      </ReferenceInput>
      <FormRow>
        <Wide>
          <TextInput source="title" validate={[required(), maxLength(300)]} />
        </Wide>
        <LocalDateInput source="heldOn" validate={required()} />
      </FormRow>
      <BooleanInput source="secretBallot" helperText="exemplar.session.voting_help_secret" />
    </>
  );
}

/** A new session of a council (reached from the council's page, which names it). */
export function SessionCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ heldOn: todayLocalDate(), secretBallot: true }} sx={{ maxWidth: 900 }}>
        <SessionInputs />
      </SimpleForm>
    </Create>
  );
}

export function SessionEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm sx={{ maxWidth: 900 }}>
        <SessionInputs />
      </SimpleForm>
    </Edit>
  );
}
