import HistoryIcon from '@mui/icons-material/History';
import { Box } from '@mui/material';
import { Datagrid, DateInput, FunctionField, Link, List, SelectInput, TextInput, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { ActionChip, ActorLabel, EntryFields, formatInstant } from './RecordHistory';
import { AUDIT_ACTIONS, dayBound, dayOf, OTHER_TABLES, SHOWN_RESOURCES, TABLE_RESOURCES, type AuditEntry } from './history';

/** The label of an audited table: its resource's name, or its own. */
function useTableLabel() {
  const translate = useTranslate();
  return (table: string) => {
    const resource = TABLE_RESOURCES[table];
    return resource ? translate(`resources.${resource}.name`, { smart_count: 1 }) : translate(`exemplar.history.tables.${table}`, { _: table });
  };
}

function useFilters() {
  const translate = useTranslate();
  const tableLabel = useTableLabel();
  const tables = [...Object.keys(TABLE_RESOURCES), ...OTHER_TABLES].map((id) => ({ id, name: tableLabel(id) })).sort((a, b) => a.name.localeCompare(b.name));
  const actions = AUDIT_ACTIONS.map((id) => ({ id, name: translate(`exemplar.history.actions.${id}`) }));
  return [
    <SelectInput key="tableName" source="tableName" choices={tables} alwaysOn />,
    <TextInput key="rowId" source="rowId" />,
    <SelectInput key="action" source="action" choices={actions} alwaysOn />,
    <TextInput key="actor" source="actor" helperText={false} />,
    <DateInput key="from" source="from" format={dayOf} parse={(day: string) => dayBound(day, false)} alwaysOn />,
    <DateInput key="to" source="to" format={dayOf} parse={(day: string) => dayBound(day, true)} alwaysOn />,
  ];
}

/** The record an entry is about, linked to its page where the console has one. */
function RecordCell({ entry }: { entry: AuditEntry }) {
  const tableLabel = useTableLabel();
  const createPath = useCreatePath();
  const resource = TABLE_RESOURCES[entry.tableName];
  const text = `${tableLabel(entry.tableName)}${entry.rowId ? ` #${entry.rowId}` : ''}`;
  if (resource && SHOWN_RESOURCES.has(resource) && entry.rowId && entry.action !== 'DELETE') {
    return <Link to={createPath({ resource, id: entry.rowId, type: 'show' })}>{text}</Link>;
  }
  return <span>{text}</span>;
}

function When({ entry }: { entry: AuditEntry }) {
  const [locale] = useLocaleState();
  return <span>{formatInstant(entry.occurredAt, locale)}</span>;
}

/** Nhật ký thay đổi: every audited change, newest first, filtered by kind of record, action, actor and days. */
export function AuditLogList() {
  return (
    <List filters={useFilters()} sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false} data-testid="audit-log">
        <FunctionField source="occurredAt" sortBy="occurredAt" render={(entry: AuditEntry) => <When entry={entry} />} />
        <FunctionField source="actor" sortable={false} render={(entry: AuditEntry) => <ActorLabel entry={entry} />} />
        <FunctionField source="action" sortable={false} render={(entry: AuditEntry) => <ActionChip action={entry.action} />} />
        <FunctionField source="tableName" sortable={false} render={(entry: AuditEntry) => <RecordCell entry={entry} />} />
        <FunctionField
          source="changes"
          sortable={false}
          render={(entry: AuditEntry) => (
            <Box sx={{ minWidth: 320 }}>
              <EntryFields entry={entry} limit={6} />
            </Box>
          )}
        />
      </Datagrid>
    </List>
  );
}

export default {
  list: AuditLogList,
  icon: HistoryIcon,
};
