import {
  AutocompleteArrayInput,
  AutocompleteInput,
  Create,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useLocaleState,
} from 'react-admin';
import { localName, useActivityFields } from '../../data/catalogue';
import { LocalDateInput } from '../../fields/LocalDateInput';
import { FormRow, Wide } from '../../layout/FormRow';
import { useUnitOptionText } from '../administrative-unit/unitOptionText';
import { DISCOVERED_VIA, EXEMPLAR_KINDS, exemplarCreateInput, exemplarFormProblem, SUBJECT_RESOURCE, type ExemplarFormValues } from './stages';

const kindChoices = EXEMPLAR_KINDS.map((kind) => ({ id: kind, name: `exemplar.exemplars.kinds.${kind}` }));
const viaChoices = DISCOVERED_VIA.map((via) => ({ id: via, name: `exemplar.exemplars.discoveredVia.${via}` }));
const SUBJECT_TEXT: Record<string, string> = { Person: 'fullName', Organization: 'name', Household: 'name' };

function FieldsInput() {
  const { fields } = useActivityFields();
  const [locale] = useLocaleState();
  return <AutocompleteArrayInput source="fields" choices={fields.map((f) => ({ id: f.code, name: localName(f, locale) }))} translateChoice={false} fullWidth />;
}

/** Whole-form check: a model needs its name, a subject its record (each error under its input). */
const validateForm = (values: Record<string, unknown>) => {
  const problem = exemplarFormProblem(values as ExemplarFormValues);
  if (problem === 'modelName') return { modelName: 'exemplar.exemplars.model_name_required' };
  if (problem === 'subjectId') return { subjectId: 'exemplar.exemplars.subject_required' };
  return {};
};

/** A discovered exemplar: a named model, or a person, collective or household (with an optional model name). */
export function ExemplarCreate() {
  const unitOptionText = useUnitOptionText();
  return (
    <Create redirect="show" transform={(values: ExemplarFormValues) => exemplarCreateInput(values)}>
      <SimpleForm defaultValues={{ kind: 'MODEL', discoveredVia: 'EMULATION_MOVEMENT', fields: [] }} validate={validateForm} sx={{ maxWidth: 900 }}>
        <RadioButtonGroupInput source="kind" label="exemplar.exemplars.kind" choices={kindChoices} />
        <FormDataConsumer<ExemplarFormValues>>
          {({ formData }) => {
            const kind = formData.kind ?? 'MODEL';
            if (kind === 'MODEL') return null;
            const resource = SUBJECT_RESOURCE[kind];
            return (
              <ReferenceInput key={kind} source="subjectId" reference={resource} sort={{ field: SUBJECT_TEXT[resource], order: 'ASC' }}>
                <AutocompleteInput label="exemplar.exemplars.subject" optionText={SUBJECT_TEXT[resource]} filterToQuery={(q: string) => ({ q })} fullWidth />
              </ReferenceInput>
            );
          }}
        </FormDataConsumer>
        <TextInput source="modelName" fullWidth />
        <TextInput source="description" multiline minRows={2} fullWidth />
        <FieldsInput />
        <FormRow>
          <ReferenceInput source="planId" reference="Plan" sort={{ field: 'code', order: 'ASC' }}>
            <AutocompleteInput optionText={(p: { code: string; title: string }) => `${p.code} — ${p.title}`} filterToQuery={(q: string) => ({ q })} />
          </ReferenceInput>
          <SelectInput source="discoveredVia" choices={viaChoices} validate={required()} />
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
        <TextInput source="author" />
      </SimpleForm>
    </Create>
  );
}
