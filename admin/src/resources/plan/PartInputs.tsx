import type { ReactNode } from 'react';
import { BooleanInput, CheckboxGroupInput, FormDataConsumer, NumberInput, SelectArrayInput, SelectInput, TextInput, required } from 'react-admin';
import type { PlanItemList } from '@exemplar/shared';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { FormRow, Wide } from '../../layout/FormRow';
import { PLAN_CHOICES, halfChoices, monthChoices, quarterChoices } from './choices';

const L = (field: string) => `exemplar.plan.field.${field}`;
const subjectKindChoices = vocabularyChoices('subjectKind');

function Text({ source, multiline, req, wide }: { source: string; multiline?: boolean; req?: boolean; wide?: boolean }) {
  const input = (
    <TextInput source={source} label={L(source)} validate={req ? required() : undefined} multiline={multiline} minRows={multiline ? 2 : undefined} fullWidth />
  );
  return wide ? <Wide>{input}</Wide> : input;
}

function Select({ source, choices, req }: { source: string; choices: { id: string; name: string }[]; req?: boolean }) {
  return <SelectInput source={source} label={L(source)} choices={choices} validate={req ? required() : undefined} emptyText="—" fullWidth />;
}

/** The inputs that depend on another input's value (a link's kind, a rule's rhythm). */
function Watching({ name, children }: { name: string; children: (value: string) => ReactNode }) {
  return <FormDataConsumer>{({ formData }) => children(String((formData as Record<string, unknown>)[name] ?? ''))}</FormDataConsumer>;
}

function LinkInputs() {
  return <Watching name="kind">{(kind) => <LinkFields kind={kind} />}</Watching>;
}

function LinkFields({ kind }: { kind: string }) {
  return (
    <FormRow>
      <Select source="relation" choices={PLAN_CHOICES.relation} req />
      <Select source="kind" choices={PLAN_CHOICES.linkKind} req />
      {kind === 'INTERNAL' ? (
        <TextInput source="planCode" label={L('planCode')} validate={required()} fullWidth />
      ) : (
        <>
          <Select source="documentType" choices={PLAN_CHOICES.documentType} req />
          <Text source="documentNumber" />
          <Text source="issuerText" />
          <Text source="documentTitle" wide />
        </>
      )}
      <Text source="text" multiline wide />
    </FormRow>
  );
}

function WindowRuleInputs() {
  return <Watching name="every">{(every) => <WindowRuleFields every={every} />}</Watching>;
}

function WindowRuleFields({ every }: { every: string }) {
  return (
    <FormRow>
      <Select source="every" choices={PLAN_CHOICES.windowEvery} req />
      {every === 'FIXED' ? (
        <>
          <TextInput source="fixedFrom" label={L('fixedFrom')} helperText="YYYY-MM-DD" validate={required()} />
          <TextInput source="fixedTo" label={L('fixedTo')} helperText="YYYY-MM-DD" validate={required()} />
        </>
      ) : (
        <>
          {every === 'QUARTER' ? <Select source="month" choices={PLAN_CHOICES.quarterMonth} req /> : null}
          {every === 'YEAR' ? <Select source="month" choices={monthChoices} req /> : null}
          <NumberInput source="dayFrom" label={L('dayFrom')} min={1} max={31} validate={required()} />
          <TextInput source="dayTo" label={L('dayTo')} helperText="exemplar.plan.field.dayTo_help" validate={required()} />
        </>
      )}
    </FormRow>
  );
}

function DueInputs() {
  return <Watching name="dueKind">{(kind) => <DueFields kind={kind} />}</Watching>;
}

function DueFields({ kind }: { kind: string }) {
  return (
    <FormRow>
      <Select source="dueKind" choices={PLAN_CHOICES.dueKind} req />
      {kind === 'DATE' ? <TextInput source="dueDate" label={L('dueDate')} helperText="YYYY-MM-DD" validate={required()} /> : null}
      {kind !== 'DATE' && kind !== 'RECURRING' ? <NumberInput source="dueYear" label={L('dueYear')} validate={required()} /> : null}
      {kind === 'MONTH' ? <Select source="dueMonth" choices={monthChoices} req /> : null}
      {kind === 'QUARTER' ? (
        <>
          <Select source="dueQuarter" choices={quarterChoices} req />
          <Select source="duePart" choices={PLAN_CHOICES.duePart} />
        </>
      ) : null}
      {kind === 'HALF' ? <Select source="dueHalf" choices={halfChoices} req /> : null}
      {kind === 'RECURRING' ? <Select source="dueEvery" choices={PLAN_CHOICES.recurring} req /> : null}
      <Text source="dueText" wide />
    </FormRow>
  );
}

/** The typed inputs of one kind of part (values as `partValues` gives them). */
export function PartInputs({ list, windowKeys }: { list: PlanItemList; windowKeys: string[] }): ReactNode {
  switch (list) {
    case 'parentPlans':
    case 'legalBases':
      return <LinkInputs />;
    case 'objectives':
    case 'requirements':
      return (
        <FormRow>
          <Text source="label" />
          <Text source="text" multiline req wide />
        </FormRow>
      );
    case 'contentItems':
      return (
        <FormRow>
          <Text source="label" />
          <Text source="section" />
          <Text source="text" multiline req wide />
          <Wide>
            <CheckboxGroupInput source="stages" label={L('stages')} choices={PLAN_CHOICES.stage} validate={required()} />
          </Wide>
          <Text source="responsibleText" />
          <Text source="timingText" />
          <Select source="frequency" choices={PLAN_CHOICES.frequency} />
        </FormRow>
      );
    case 'subjects':
      return (
        <FormRow>
          <Wide>
            <CheckboxGroupInput source="kinds" label={L('kinds')} choices={subjectKindChoices} validate={required()} />
          </Wide>
          <Text source="description" multiline req wide />
        </FormRow>
      );
    case 'criteriaSets':
      return (
        <FormRow>
          <TextInput source="code" label={L('criteriaSetCode')} validate={required()} fullWidth />
          <Select source="scope" choices={PLAN_CHOICES.scope} req />
          <Wide>
            <CheckboxGroupInput source="subjectKinds" label={L('subjectKinds')} choices={subjectKindChoices} />
          </Wide>
          <Text source="field" />
          <TextInput source="roleGroups" label={L('roleGroups')} helperText="exemplar.plan.field.roleGroups_help" fullWidth />
          <Text source="note" multiline wide />
        </FormRow>
      );
    case 'quotaRules':
      return (
        <FormRow>
          <Text source="text" multiline req wide />
          <Text source="nominatorsDescription" req wide />
          <Select source="per" choices={PLAN_CHOICES.per} req />
          <Select source="bound" choices={PLAN_CHOICES.bound} req />
          <NumberInput source="value" label={L('value')} min={0} validate={required()} />
          <Select source="every" choices={PLAN_CHOICES.every} req />
          <Wide>
            <CheckboxGroupInput source="subjectKinds" label={L('subjectKinds')} choices={subjectKindChoices} helperText="exemplar.plan.field.subjectKinds_any" />
          </Wide>
          <Text source="item" />
          <Text source="receiverText" req />
          <Text source="receiverOrganization" />
          <SelectArrayInput source="windowKeys" label={L('windowKeys')} choices={windowKeys.map((key) => ({ id: key, name: key }))} fullWidth />
          <Text source="purpose" />
          <Text source="note" multiline wide />
        </FormRow>
      );
    case 'submissionWindows':
      return (
        <>
          <FormRow>
            <Text source="text" multiline req wide />
          </FormRow>
          <WindowRuleInputs />
        </>
      );
    case 'milestones':
      return (
        <>
          <FormRow>
            <Select source="kind" choices={PLAN_CHOICES.milestoneKind} req />
            <Text source="actorText" req />
            <Text source="actorOrganization" />
            <Text source="text" multiline req wide />
          </FormRow>
          <DueInputs />
          <FormRow>
            <Wide>
              <CheckboxGroupInput source="stages" label={L('stages')} choices={PLAN_CHOICES.stage} />
            </Wide>
            <Text source="note" multiline wide />
          </FormRow>
        </>
      );
    case 'responsibilities':
      return (
        <FormRow>
          <Text source="leadText" req />
          <Text source="leadOrganization" />
          <TextInput source="withTexts" label={L('withTexts')} helperText="exemplar.plan.field.lines_help" multiline minRows={2} fullWidth />
          <Wide>
            <TextInput source="duties" label={L('duties')} helperText="exemplar.plan.field.lines_help" validate={required()} multiline minRows={3} fullWidth />
          </Wide>
          <Select source="frequency" choices={PLAN_CHOICES.frequency} />
          <Text source="frequencyText" />
          <BooleanInput source="standing" label={L('standing')} />
        </FormRow>
      );
    case 'kpis':
      return (
        <FormRow>
          <Text source="text" multiline req wide />
          <Text source="indicator" req />
          <NumberInput source="target" label={L('target')} validate={required()} />
          <Select source="unit" choices={PLAN_CHOICES.kpiUnit} req />
        </FormRow>
      );
    case 'recipients':
      return (
        <FormRow>
          <Text source="line" req wide />
          <Text source="organization" />
          <Select source="delivery" choices={PLAN_CHOICES.delivery} req />
          <Select source="purpose" choices={PLAN_CHOICES.purpose} req />
        </FormRow>
      );
  }
}
