import { Chip } from '@mui/material';
import { Datagrid, FunctionField, List, TextField, useLocaleState, useTranslate } from 'react-admin';
import { localName, useAwardTypes } from '../../data/catalogue';
import { criteriaSetFilters } from './CriteriaSetFilters';
import { setTitle, type CriteriaSetRecord } from './definition';

const ORIGIN_COLOR = { LAW: 'primary', SEED: 'secondary', USER: 'default' } as const;

export function OriginChip({ origin }: { origin: CriteriaSetRecord['origin'] }) {
  const translate = useTranslate();
  return <Chip size="small" variant="outlined" color={ORIGIN_COLOR[origin] ?? 'default'} label={translate(`exemplar.criteria.origin.${origin}`, { _: origin })} />;
}

/** The Law's sets, the seed plans' and the users', by code. */
export function CriteriaSetList() {
  const [locale] = useLocaleState();
  const { byCode } = useAwardTypes();
  return (
    <List filters={criteriaSetFilters} sort={{ field: 'code', order: 'ASC' }} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <FunctionField source="title" sortBy="title" render={(record: CriteriaSetRecord) => setTitle(record, locale)} />
        <FunctionField source="origin" sortBy="origin" render={(record: CriteriaSetRecord) => <OriginChip origin={record.origin} />} />
        <FunctionField
          source="awardTypeCode"
          sortable={false}
          render={(record: CriteriaSetRecord) => (record.awardTypeCode ? localName(byCode.get(record.awardTypeCode), locale) || record.awardTypeCode : '—')}
        />
        <FunctionField
          source="criteriaCount"
          label="resources.CriteriaSet.fields.criteriaCount"
          sortable={false}
          textAlign="right"
          render={(record: CriteriaSetRecord) => record.criteria?.length ?? 0}
        />
      </Datagrid>
    </List>
  );
}
