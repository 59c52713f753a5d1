import { SearchInput, SelectInput } from 'react-admin';

export const ORIGINS = ['LAW', 'SEED', 'USER'] as const;

export const originChoices = ORIGINS.map((code) => ({ id: code, name: `exemplar.criteria.origin.${code}` }));

export const criteriaSetFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="origin" source="origin" alwaysOn choices={originChoices} sx={{ minWidth: 220 }} />,
];
