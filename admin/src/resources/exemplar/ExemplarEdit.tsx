import { AutocompleteArrayInput, AutocompleteInput, Edit, ReferenceInput, SimpleForm, TextInput, useLocaleState } from 'react-admin';
import { localName, useActivityFields } from '../../data/catalogue';
import { LocalDateInput } from '../../fields/LocalDateInput';
import { FormRow, Wide } from '../../layout/FormRow';
import { useUnitOptionText } from '../administrative-unit/unitOptionText';

function FieldsInput() {
  const { fields } = useActivityFields();
  const [locale] = useLocaleState();
  return <AutocompleteArrayInput source="fields" choices={fields.map((f) => ({ id: f.code, name: localName(f, locale) }))} translateChoice={false} fullWidth />;
}

/** What may change after discovery (the subject and the stage do not: the stage moves by advanceExemplar). */
export function ExemplarEdit() {
  const unitOptionText = useUnitOptionText();
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm sx={{ maxWidth: 900 }}>
        <TextInput source="modelName" fullWidth />
        <TextInput source="description" multiline minRows={2} fullWidth />
        <FieldsInput />
        <FormRow>
          <ReferenceInput source="planId" reference="Plan" sort={{ field: 'code', order: 'ASC' }}>
            <AutocompleteInput optionText={(p: { code: string; title: string }) => `${p.code} — ${p.title}`} filterToQuery={(q: string) => ({ q })} />
          </ReferenceInput>
          <LocalDateInput source="discoveredOn" />
        </FormRow>
        <FormRow>
          <Wide>
            <ReferenceInput source="organizationInChargeId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
            </ReferenceInput>
          </Wide>
          <ReferenceInput source="unitId" reference="AdministrativeUnit" filter={{ allTime: true }} sort={{ field: 'code', order: 'ASC' }}>
            <AutocompleteInput optionText={unitOptionText} filterToQuery={(q: string) => ({ q })} />
          </ReferenceInput>
        </FormRow>
      </SimpleForm>
    </Edit>
  );
}
