import { useState, type ReactNode } from 'react';
import { Box, Chip, Stack, Tab, Table, TableBody, TableCell, TableHead, TableRow, Tabs, Tooltip, Typography } from '@mui/material';
import { ListBase, Pagination, ResourceContextProvider, useListContext, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { intlLocale } from '../i18n/i18nProvider';
import { EmptyNote } from '../layout/Section';
import { actorText, entryFields, fieldName, parseActor, shortValue, TABLE_RESOURCES, type ActorKind, type AuditEntry } from './history';

export const HISTORY_PER_PAGE = 25;

/** An instant in the console's locale, to the second (two changes a minute apart stay apart). */
export function formatInstant(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(date);
}

/** The actor as a person reads it ("Người dùng: Nguyễn Văn A", "Hệ thống (dữ liệu tham chiếu)"), and on whose behalf. */
export function ActorLabel({ entry }: { entry: Pick<AuditEntry, 'actor' | 'onBehalfOf'> }) {
  const translate = useTranslate();
  const kindLabel = (kind: ActorKind) => translate(`exemplar.history.actors.${kind}`);
  return (
    <Box component="span" data-testid="history-actor" data-kind={parseActor(entry.actor).kind} title={entry.actor}>
      {actorText(entry.actor, kindLabel)}
      {entry.onBehalfOf ? (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {translate('exemplar.history.on_behalf_of', { name: actorText(entry.onBehalfOf, kindLabel) })}
        </Typography>
      ) : null}
    </Box>
  );
}

const ACTION_COLOR = { INSERT: 'success', UPDATE: 'info', DELETE: 'error' } as const;

export function ActionChip({ action }: { action: string }) {
  const translate = useTranslate();
  const color = ACTION_COLOR[action as keyof typeof ACTION_COLOR] ?? 'default';
  return <Chip size="small" variant="outlined" color={color} label={translate(`exemplar.history.actions.${action}`, { _: action })} data-testid="history-action" data-action={action} />;
}

/** A column labelled with its resource's field label where there is one ("full_name" → "Họ và tên"). */
function ColumnLabel({ table, column }: { table: string; column: string }) {
  const translate = useTranslate();
  const resource = TABLE_RESOURCES[table];
  const label = resource ? translate(`resources.${resource}.fields.${fieldName(column)}`, { _: column }) : column;
  return (
    <Box component="span" title={column} sx={label === column ? { fontFamily: 'monospace' } : undefined}>
      {label}
    </Box>
  );
}

/** The fields of an entry: column → before → after for a change, the values of a creation, the row deleted. */
export function EntryFields({ entry, limit }: { entry: AuditEntry; limit?: number }) {
  const translate = useTranslate();
  const fields = entryFields(entry);
  if (!fields.length) return <EmptyNote message="exemplar.history.no_fields" />;
  const shown = limit ? fields.slice(0, limit) : fields;
  return (
    <Box>
      <Table size="small" sx={{ '& td': { fontSize: 13, borderBottom: 'none', py: 0.25, px: 0.5, verticalAlign: 'top' } }}>
        <TableBody>
          {shown.map((field) => (
            <TableRow key={field.column} data-testid="history-field" data-column={field.column}>
              <TableCell sx={{ width: '30%', fontWeight: 500 }}>
                <ColumnLabel table={entry.tableName} column={field.column} />
              </TableCell>
              <TableCell sx={{ wordBreak: 'break-word' }}>
                {entry.action !== 'INSERT' ? (
                  <Box component="span" data-testid="history-before" title={shortValue(field.before, 2000)} sx={{ bgcolor: entry.action === 'UPDATE' ? '#fdecea' : undefined, px: 0.5 }}>
                    {shortValue(field.before)}
                  </Box>
                ) : null}
                {entry.action === 'UPDATE' ? ' → ' : null}
                {entry.action !== 'DELETE' ? (
                  <Box component="span" data-testid="history-after" title={shortValue(field.after, 2000)} sx={{ bgcolor: entry.action === 'UPDATE' ? '#e6f4ea' : undefined, px: 0.5 }}>
                    {shortValue(field.after)}
                  </Box>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {shown.length < fields.length ? (
        <Typography variant="caption" color="text.secondary">
          {translate('exemplar.history.more_fields', { count: fields.length - shown.length })}
        </Typography>
      ) : null}
    </Box>
  );
}

function HistoryRows() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useListContext<AuditEntry>();
  if (error) return <EmptyNote message="ra.notification.http_error" />;
  if (isPending) return null;
  if (!data?.length) return <EmptyNote message="exemplar.history.empty" />;
  return (
    <Table size="small" data-testid="record-history-entries">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 170 }}>{translate('exemplar.history.time')}</TableCell>
          <TableCell sx={{ width: 220 }}>{translate('exemplar.history.actor')}</TableCell>
          <TableCell sx={{ width: 90 }}>{translate('exemplar.history.action')}</TableCell>
          <TableCell>{translate('exemplar.history.changes')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((entry) => (
          <TableRow key={entry.id} data-testid="history-entry" data-action={entry.action} sx={{ verticalAlign: 'top' }}>
            <TableCell data-testid="history-time">
              <Tooltip title={entry.requestId ? `${entry.requestId}` : ''}>
                <span>{formatInstant(entry.occurredAt, locale)}</span>
              </Tooltip>
            </TableCell>
            <TableCell>
              <ActorLabel entry={entry} />
            </TableCell>
            <TableCell>
              <ActionChip action={entry.action} />
            </TableCell>
            <TableCell>
              <EntryFields entry={entry} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * A record's audit trail, newest first, 25 a page: when, who, what (created, changed, deleted) and
 * which fields changed. `table` is the database table (organization, council_session…). Whoever may
 * read the record reads its history: the audit log's own access rule (administrators) is not asked.
 */
export function RecordHistory({ table, id }: { table: string; id: string | number }) {
  return (
    <ResourceContextProvider value="AuditEntry">
      <ListBase
        resource="AuditEntry"
        filter={{ tableName: table, rowId: String(id) }}
        sort={{ field: 'id', order: 'DESC' }}
        perPage={HISTORY_PER_PAGE}
        disableSyncWithLocation
        disableAuthentication
        storeKey={false}
      >
        <Box data-testid="record-history" data-table={table} data-row-id={String(id)}>
          <HistoryRows />
          <Pagination rowsPerPageOptions={[HISTORY_PER_PAGE]} />
        </Box>
      </ListBase>
    </ResourceContextProvider>
  );
}

/** The history of the record in context (for a page that has its own tabs). */
export function HistoryTab({ table, help }: { table: string; help?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }}>
      {help ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(help)}
        </Typography>
      ) : null}
      <RecordHistory table={table} id={record.id} />
    </Box>
  );
}

/**
 * For a page without tabs: what the page showed stays the first tab (kept mounted, so its forms keep
 * what was typed), the change history is the second.
 */
export function HistoryTabs({ table, children }: { table: string; children: ReactNode }) {
  const translate = useTranslate();
  const record = useRecordContext();
  const [tab, setTab] = useState<'record' | 'history'>('record');
  return (
    <Stack>
      <Tabs value={tab} onChange={(_, value: 'record' | 'history') => setTab(value)} sx={{ px: 1, mb: 1, borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="record" label={translate('exemplar.history.tab_record')} />
        <Tab value="history" label={translate('exemplar.history.tab')} data-testid="history-tab" />
      </Tabs>
      <Box role="tabpanel" hidden={tab !== 'record'}>
        {children}
      </Box>
      {tab === 'history' && record ? (
        <Box role="tabpanel">
          <HistoryTab key={String(record.id)} table={table} />
        </Box>
      ) : null}
    </Stack>
  );
}
