import { AutocompleteInput, useLocaleState, type AutocompleteInputProps, type RaRecord } from 'react-admin';
import { localName, matchesWords, useAwardTypes, type AwardTypeRecord } from '../../data/catalogue';

/**
 * Picks an award type by code (records point to the catalogue by code, not id). The whole catalogue
 * is in the browser; typed words match the Vietnamese or English name in any order, without diacritics.
 */
export function AwardTypeCodeInput(props: Omit<AutocompleteInputProps, 'choices'> & { source: string; filterTypes?: (type: AwardTypeRecord) => boolean }) {
  const { filterTypes, ...rest } = props;
  const [locale] = useLocaleState();
  const { awardTypes, isPending } = useAwardTypes();
  const choices = filterTypes ? awardTypes.filter(filterTypes) : awardTypes;
  return (
    <AutocompleteInput
      choices={choices}
      isPending={isPending}
      optionValue="code"
      optionText={(record: RaRecord) => localName(record, locale)}
      inputText={(record: RaRecord) => localName(record, locale)}
      matchSuggestion={(typed: string, choice: RaRecord) => matchesWords(typed, choice.nameVi, choice.nameEn, choice.code)}
      {...rest}
    />
  );
}
