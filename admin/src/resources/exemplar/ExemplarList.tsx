import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import ViewListIcon from '@mui/icons-material/ViewList';
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
  useLocaleState,
  useStore,
  useTranslate,
  type InputProps,
} from 'react-admin';
import { EXEMPLAR_STAGES } from '@exemplar/shared';
import { localName, useActivityFields } from '../../data/catalogue';
import { LocalDateField } from '../../fields/LocalDateField';
import { ExemplarBoard } from './ExemplarBoard';
import { StageChip } from './StageChip';
import { ExemplarName } from './SubjectName';
import type { ExemplarRecord } from './types';

/** A field (lĩnh vực) of the catalogue, by code. */
export function ActivityFieldSelect(props: Omit<InputProps, 'source'> & { source: string; alwaysOn?: boolean }) {
  const { fields } = useActivityFields();
  const [locale] = useLocaleState();
  return <SelectInput {...props} choices={fields.map((f) => ({ id: f.code, name: localName(f, locale) }))} translateChoice={false} sx={{ minWidth: 220 }} />;
}

const stageChoices = EXEMPLAR_STAGES.map((stage) => ({ id: stage, name: `exemplar.exemplars.stage.${stage}` }));

const filters = (view: string) => [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="planId" source="planId" reference="Plan" alwaysOn sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput optionText="code" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <ActivityFieldSelect key="field" source="field" alwaysOn />,
  ...(view === 'table' ? [<SelectInput key="stage" source="stage" choices={stageChoices} sx={{ minWidth: 200 }} />] : []),
];

type View = 'board' | 'table';

function ViewToggle({ view, setView }: { view: View; setView: (v: View) => void }) {
  const translate = useTranslate();
  return (
    <ToggleButtonGroup size="small" exclusive value={view} onChange={(_, v: View | null) => v && setView(v)} aria-label={translate('exemplar.exemplars.view')}>
      <ToggleButton value="board" aria-label={translate('exemplar.exemplars.board')} data-testid="exemplar-view-board">
        <ViewColumnIcon fontSize="small" sx={{ mr: 0.5 }} />
        {translate('exemplar.exemplars.board')}
      </ToggleButton>
      <ToggleButton value="table" aria-label={translate('exemplar.exemplars.table')} data-testid="exemplar-view-table">
        <ViewListIcon fontSize="small" sx={{ mr: 0.5 }} />
        {translate('exemplar.exemplars.table')}
      </ToggleButton>
    </ToggleButtonGroup>
  );
}

function Actions({ view, setView }: { view: View; setView: (v: View) => void }) {
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <ViewToggle view={view} setView={setView} />
      {view === 'table' ? <FilterButton /> : null}
      <CreateButton label="exemplar.exemplars.create" />
    </TopToolbar>
  );
}

function ExemplarTable() {
  return (
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <FunctionField label="exemplar.exemplars.model_or_subject" render={() => <ExemplarName />} />
      <FunctionField source="stage" label="resources.Exemplar.fields.stage" render={(r: ExemplarRecord) => <StageChip stage={r.stage} />} />
      <ReferenceField source="planId" reference="Plan" link={false} sortable={false} emptyText="—" />
      <FunctionField source="discoveredVia" sortable={false} render={(r: ExemplarRecord) => <DiscoveredVia code={r.discoveredVia} />} />
      <LocalDateField source="discoveredOn" />
      <ReferenceField source="organizationInChargeId" reference="Organization" link={false} sortable={false} emptyText="—" />
    </Datagrid>
  );
}

export function DiscoveredVia({ code }: { code: string }) {
  const translate = useTranslate();
  return <>{translate(`exemplar.exemplars.discoveredVia.${code}`, { _: code })}</>;
}

/**
 * Điển hình tiên tiến: the board of stages (every exemplar of the filter at once) or a paged list;
 * each view keeps its own filters and order.
 */
export function ExemplarList() {
  const [view, setView] = useStore<View>('exemplar.view', 'board');
  const board = view === 'board';
  return (
    <List
      key={view}
      storeKey={`Exemplar.${view}`}
      filters={filters(view)}
      actions={<Actions view={view} setView={setView} />}
      perPage={board ? 500 : 25}
      pagination={board ? false : undefined}
      sort={board ? { field: 'updatedAt', order: 'DESC' } : { field: 'id', order: 'DESC' }}
      exporter={false}
    >
      {board ? <ExemplarBoard /> : <ExemplarTable />}
    </List>
  );
}
