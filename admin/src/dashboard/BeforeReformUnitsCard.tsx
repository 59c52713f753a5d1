import { gql, useQuery } from '@apollo/client';
import HistoryIcon from '@mui/icons-material/History';
import { LAST_DAY_BEFORE_REFORM } from '@exemplar/shared';
import { CountCard } from './CountCard';

/** The country on 30 June 2025 (63 provinces, 696 districts, 10,035 communes): one query. */
const UNITS_ON = gql`
  query DashboardUnitsOn($date: LocalDate!) {
    provinces: _allAdministrativeUnitsMeta(filter: { level: "province", validOn: $date }) {
      count
    }
    districts: _allAdministrativeUnitsMeta(filter: { level: "district", validOn: $date }) {
      count
    }
    communes: _allAdministrativeUnitsMeta(filter: { level: "commune", validOn: $date }) {
      count
    }
  }
`;

interface Counts {
  provinces: { count: number };
  districts: { count: number };
  communes: { count: number };
}

export function BeforeReformUnitsCard() {
  const { data, loading, error } = useQuery<Counts>(UNITS_ON, { variables: { date: LAST_DAY_BEFORE_REFORM } });
  return (
    <CountCard
      title="exemplar.dashboard.before.title"
      icon={<HistoryIcon color="action" />}
      loading={loading}
      error={error}
      lines={[
        { label: 'exemplar.dashboard.before.provinces', value: data?.provinces.count, testId: 'count-before-provinces' },
        { label: 'exemplar.dashboard.before.districts', value: data?.districts.count, testId: 'count-before-districts' },
        { label: 'exemplar.dashboard.before.communes', value: data?.communes.count, testId: 'count-before-communes' },
      ]}
    />
  );
}
