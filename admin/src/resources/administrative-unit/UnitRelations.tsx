import { gql, useQuery } from '@apollo/client';
import { Typography } from '@mui/material';
import {
  Datagrid,
  FunctionField,
  ListContextProvider,
  Pagination,
  ReferenceManyField,
  ResourceContextProvider,
  SelectField,
  TextField,
  useList,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { formatLocalDate, todayLocalDate } from '../../fields/format';
import { LocalDateField } from '../../fields/LocalDateField';
import { ValidityField } from '../../fields/ValidityField';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { EmptyNote, Section } from '../../layout/Section';

interface SuccessionLink {
  predecessorId?: string;
  successorId?: string;
  share: string;
  effectiveDate: string;
  note?: string | null;
}

/** The units below this one (any date: a parent filter lifts the default "today"). */
export function UnitChildren() {
  return (
    <Section title="exemplar.unit.section.children" testId="unit-children">
      <ReferenceManyField
        reference="AdministrativeUnit"
        target="parentId"
        sort={{ field: 'code', order: 'ASC' }}
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
        empty={<EmptyNote message="exemplar.unit.no_children" />}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <TextField source="name" />
          <SelectField source="kind" choices={vocabularyChoices('unitKind')} />
          <ValidityField source="validFrom" sortBy="validFrom" label="resources.AdministrativeUnit.fields.validity" />
        </Datagrid>
      </ReferenceManyField>
    </Section>
  );
}

/** Rows of the official mapping joined with the units they point to. */
function SuccessionRows({ rows, empty }: { rows: RaRecord[]; empty: string }) {
  const translate = useTranslate();
  const listContext = useList({ data: rows, sort: { field: 'code', order: 'ASC' } });
  if (rows.length === 0) return <EmptyNote message={empty} />;
  return (
    <ResourceContextProvider value="AdministrativeUnit">
      <ListContextProvider value={listContext}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <TextField source="name" label="exemplar.unit.linked_unit" />
          <SelectField source="level" choices={vocabularyChoices('unitLevel')} />
          <TextField source="parent.name" label="exemplar.unit.parent" sortable={false} />
          <FunctionField
            source="share"
            label="exemplar.unit.share"
            render={(row: RaRecord) => translate(`exemplar.unit.share_${row.share}`, { _: String(row.share) })}
          />
          <LocalDateField source="effectiveDate" label="exemplar.unit.effective_date" />
          <TextField source="linkNote" label="exemplar.unit.note" sortable={false} emptyText="" />
        </Datagrid>
      </ListContextProvider>
    </ResourceContextProvider>
  );
}

function succession(record: RaRecord | undefined, direction: 'successors' | 'predecessors'): RaRecord[] {
  if (!record) return [];
  const links = ((direction === 'successors' ? record.successorLinks : record.predecessorLinks) as SuccessionLink[] | undefined) ?? [];
  const units = (record[direction] as RaRecord[] | undefined) ?? [];
  return links.map((link) => {
    const otherId = String(direction === 'successors' ? link.successorId : link.predecessorId);
    const unit = units.find((u) => String(u.id) === otherId);
    return { ...unit, id: otherId, share: link.share, effectiveDate: link.effectiveDate, linkNote: link.note ?? '' };
  });
}

export function UnitSuccessors() {
  const record = useRecordContext();
  return (
    <Section title="exemplar.unit.section.successors" testId="unit-successors">
      <SuccessionRows rows={succession(record, 'successors')} empty="exemplar.unit.no_successors" />
    </Section>
  );
}

export function UnitPredecessors() {
  const record = useRecordContext();
  return (
    <Section title="exemplar.unit.section.predecessors" testId="unit-predecessors">
      <SuccessionRows rows={succession(record, 'predecessors')} empty="exemplar.unit.no_predecessors" />
    </Section>
  );
}

const SUCCESSORS_ON = gql`
  query UnitSuccessorsOn($id: ID!, $date: LocalDate!) {
    AdministrativeUnit(id: $id) {
      id
      successorsOn(date: $date) {
        id
        code
        name
        kind
        level
        validFrom
        validTo
        parent {
          id
          name
        }
      }
    }
  }
`;

interface SuccessorsOnResult {
  AdministrativeUnit: { id: string; successorsOn: RaRecord[] } | null;
}

/**
 * For a unit that no longer exists (Huyện Ba Bể): the units that carry its territory today, which
 * for a district abolished in 2025 come through its communes' mapping (one server query).
 */
export function UnitToday() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const today = todayLocalDate();
  const validTo = record?.validTo as string | undefined;
  const historical = Boolean(record && validTo && validTo < today);
  const { data, loading, error } = useQuery<SuccessorsOnResult>(SUCCESSORS_ON, {
    variables: { id: record?.id, date: today },
    skip: !historical,
  });
  const rows = data?.AdministrativeUnit?.successorsOn ?? [];
  const listContext = useList({ data: rows, isPending: loading, sort: { field: 'code', order: 'ASC' } });
  if (!historical) return null;
  return (
    <Section title="exemplar.unit.section.today" testId="unit-today">
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('exemplar.unit.today_help', { date: formatLocalDate(validTo, locale) })}
      </Typography>
      {error ? (
        <Typography color="error">{error.message}</Typography>
      ) : (
        <ResourceContextProvider value="AdministrativeUnit">
          <ListContextProvider value={listContext}>
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <TextField source="code" />
              <TextField source="name" />
              <SelectField source="kind" choices={vocabularyChoices('unitKind')} />
              <TextField source="parent.name" label="exemplar.unit.parent" sortable={false} />
              <ValidityField source="validFrom" sortBy="validFrom" label="resources.AdministrativeUnit.fields.validity" />
            </Datagrid>
          </ListContextProvider>
        </ResourceContextProvider>
      )}
    </Section>
  );
}

/** Organizations whose location is this unit. */
export function UnitOrganizations() {
  return (
    <Section title="exemplar.unit.section.organizations" testId="unit-organizations">
      <ReferenceManyField
        reference="Organization"
        target="unitId"
        sort={{ field: 'code', order: 'ASC' }}
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
        empty={<EmptyNote message="exemplar.unit.no_organizations" />}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <TextField source="name" />
          <SelectField source="kind" choices={vocabularyChoices('organizationKind')} />
          <ValidityField source="validFrom" sortBy="validFrom" label="resources.Organization.fields.validity" />
        </Datagrid>
      </ReferenceManyField>
    </Section>
  );
}
