import { SearchInput, SelectInput, useListContext, type SelectInputProps } from 'react-admin';
import { LAST_DAY_BEFORE_REFORM, UNIT_KINDS } from '@exemplar/shared';
import { vocabularyChoices } from '../../i18n/vocabulary';

/** The two states of the country the reference data holds; no value means today's. */
export const UNIT_STATE_CHOICES = [{ id: LAST_DAY_BEFORE_REFORM, name: 'exemplar.unit.state.before' }];

/** Kinds narrowed to the chosen level (no "Xã" offered when looking at provinces). */
function UnitKindInput(props: SelectInputProps) {
  const { filterValues } = useListContext();
  const level = filterValues.level as string | undefined;
  const choices = vocabularyChoices('unitKind', (kind) => !level || UNIT_KINDS.find((k) => k.code === kind.code)?.level === level);
  return <SelectInput {...props} choices={choices} />;
}

export const unitFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="validOn"
    source="validOn"
    alwaysOn
    choices={UNIT_STATE_CHOICES}
    emptyText="exemplar.unit.state.current"
    emptyValue=""
    // Show "Hiện nay" when no date is chosen: today's state is the server's default.
    slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    sx={{ minWidth: 240 }}
  />,
  <SelectInput key="level" source="level" alwaysOn choices={vocabularyChoices('unitLevel')} />,
  <UnitKindInput key="kind" source="kind" alwaysOn />,
];
