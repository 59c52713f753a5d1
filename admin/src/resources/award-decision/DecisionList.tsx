import { AutocompleteInput, CreateButton, Datagrid, FunctionField, List, ReferenceField, ReferenceInput, TextField, TopToolbar, useLocaleState, useTranslate } from 'react-admin';
import { localName, useAwardTypes } from '../../data/catalogue';
import { LocalDateField } from '../../fields/LocalDateField';
import { AwardTypeCodeInput } from '../award-authority-rule/AwardTypeCodeInput';

const filters = [
  <ReferenceInput key="planId" source="planId" reference="Plan" alwaysOn sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput optionText="code" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <ReferenceInput key="issuingOrganizationId" source="issuingOrganizationId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <AwardTypeCodeInput key="awardTypeCode" source="awardTypeCode" sx={{ minWidth: 280 }} />,
];

export function AwardName({ code }: { code: string }) {
  const { byCode } = useAwardTypes();
  const [locale] = useLocaleState();
  return <>{localName(byCode.get(code), locale) || code}</>;
}

function Actions() {
  return (
    <TopToolbar>
      <CreateButton label="exemplar.decision.create" />
    </TopToolbar>
  );
}

function SubjectCount({ count }: { count: number }) {
  const translate = useTranslate();
  return <>{translate('exemplar.decision.count', { count, smart_count: count })}</>;
}

/** Quyết định khen thưởng: number, date, award, issuer, plan and how many subjects. */
export function DecisionList() {
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: 'id', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="number" sortable={false} />
        <LocalDateField source="decidedOn" />
        <FunctionField source="awardTypeCode" sortable={false} render={(r: { awardTypeCode: string }) => <AwardName code={r.awardTypeCode} />} />
        <ReferenceField source="issuingOrganizationId" reference="Organization" link={false} sortable={false} />
        <ReferenceField source="planId" reference="Plan" link={false} sortable={false} emptyText="—" />
        <FunctionField source="subjects" sortable={false} render={(r: { subjects?: unknown[] }) => <SubjectCount count={r.subjects?.length ?? 0} />} />
      </Datagrid>
    </List>
  );
}
