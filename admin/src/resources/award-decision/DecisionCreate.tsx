import { useState } from 'react';
import { useApolloClient } from '@apollo/client';
import GavelIcon from '@mui/icons-material/Gavel';
import { Alert, Card, CardContent } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  Form,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SaveButton,
  SimpleFormIterator,
  TextInput,
  Title,
  maxLength,
  required,
  useCreatePath,
  useLocaleState,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { errorCode, localizedMessage } from '../../data/dataProvider';
import { todayLocalDate } from '../../fields/format';
import { FormRow, Wide } from '../../layout/FormRow';
import { Section } from '../../layout/Section';
import { decisionInput, errorField, incompleteItems, placeOfField, type DecisionFormValues, type DecisionItemValues } from './decision';
import { DecisionHeaderInputs } from './DecisionInputs';
import { ISSUE_DECISION } from './queries';
import { RequireAccess } from '../../auth/RequireAccess';

const sourceChoices = [
  { id: 'NOMINATION', name: 'exemplar.decision.sources.NOMINATION' },
  { id: 'EXEMPLAR', name: 'exemplar.decision.sources.EXEMPLAR' },
];

/** One subject: an approved nomination or an exemplar, and the achievement rewarded (sources are relative to the item). */
function ItemInputs() {
  return (
    <FormRow min={200}>
      <RadioButtonGroupInput source="source" label="exemplar.decision.item_source" choices={sourceChoices} defaultValue="NOMINATION" />
      <Wide>
        <FormDataConsumer>
          {({ scopedFormData }) =>
            (scopedFormData as DecisionItemValues | undefined)?.source === 'EXEMPLAR' ? (
              <ReferenceInput source="exemplarId" reference="Exemplar" sort={{ field: 'updatedAt', order: 'DESC' }}>
                <AutocompleteInput label="exemplar.decision.exemplar" optionText="displayName" filterToQuery={(q: string) => ({ q })} />
              </ReferenceInput>
            ) : (
              <ReferenceInput source="nominationId" reference="Nomination" filter={{ status: 'APPROVED' }} sort={{ field: 'id', order: 'DESC' }}>
                <AutocompleteInput
                  label="exemplar.decision.nomination"
                  optionText={(n: { id: string; summary?: { name?: string } }) => `${n.summary?.name ?? ''} (#${n.id})`}
                  filterToQuery={(q: string) => ({ q })}
                />
              </ReferenceInput>
            )
          }
        </FormDataConsumer>
      </Wide>
      <TextInput source="achievementKey" label="exemplar.decision.achievement" validate={[required(), maxLength(200)]} />
    </FormRow>
  );
}

/**
 * A decision for several subjects at once (approved nominations and exemplars): all or nothing; the
 * server's refusal naming an item (a second reward for the same achievement) is shown on that item.
 */
function DecisionCreateForm() {
  const translate = useTranslate();
  const client = useApolloClient();
  const notify = useNotify();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const [refusal, setRefusal] = useState<{ message: string; code: string | null } | null>(null);

  const issue = async (values: Record<string, unknown>): Promise<Record<string, unknown> | undefined> => {
    setRefusal(null);
    const form = values as DecisionFormValues;
    if (!form.items?.length) {
      setRefusal({ message: translate('exemplar.decision.no_items'), code: null });
      return undefined;
    }
    const incomplete = incompleteItems(form.items);
    if (incomplete.length) {
      const message = translate('exemplar.decision.item_incomplete');
      return { items: Object.fromEntries(incomplete.map((i) => [i, { achievementKey: message }])) };
    }
    try {
      const { data } = await client.mutate<{ issueDecision: { id: string; number: string } }>({ mutation: ISSUE_DECISION, variables: decisionInput(form) });
      notify('exemplar.decision.issued', { type: 'info', messageArgs: { number: data?.issueDecision.number ?? '' } });
      if (data) redirect(createPath({ resource: 'AwardDecision', id: data.issueDecision.id, type: 'show' }));
    } catch (error) {
      const message = localizedMessage(error, locale) ?? translate('ra.notification.http_error');
      setRefusal({ message, code: errorCode(error) });
      const place = placeOfField(errorField(error));
      if (place.index !== null) return { items: { [place.index]: { [place.field === 'nominationId' || place.field === 'exemplarId' ? place.field : 'achievementKey']: message } } };
      if (place.field) return { [place.field]: message };
    }
    return undefined;
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="exemplar.decision.create" />
      <CardContent>
        <Form record={{}} onSubmit={issue} defaultValues={{ decidedOn: todayLocalDate(), items: [{ source: 'NOMINATION', achievementKey: '' }] }}>
          <Section title="exemplar.decision.header">
            <DecisionHeaderInputs />
            <ReferenceInput source="planId" reference="Plan" sort={{ field: 'code', order: 'ASC' }}>
              <AutocompleteInput label="resources.AwardDecision.fields.planId" optionText={(p: { code: string; title: string }) => `${p.code} — ${p.title}`} filterToQuery={(q: string) => ({ q })} fullWidth />
            </ReferenceInput>
          </Section>
          <Section title="exemplar.decision.items" testId="decision-items">
            <ArrayInput source="items" label={false}>
              <SimpleFormIterator disableReordering inline={false}>
                <ItemInputs />
              </SimpleFormIterator>
            </ArrayInput>
          </Section>
          {refusal ? (
            <Alert severity="error" data-testid="decision-refusal" data-code={refusal.code ?? ''} sx={{ mx: 2 }}>
              {refusal.message}
            </Alert>
          ) : null}
          <SaveButton label="exemplar.decision.issue" icon={<GavelIcon />} alwaysEnable sx={{ m: 2 }} />
        </Form>
      </CardContent>
    </Card>
  );
}

export function DecisionCreate() {
  return (
    <RequireAccess action="create" resource="AwardDecision">
      <DecisionCreateForm />
    </RequireAccess>
  );
}
