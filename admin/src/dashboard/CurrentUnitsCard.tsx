import { gql, useQuery } from '@apollo/client';
import MapIcon from '@mui/icons-material/Map';
import { CountCard } from './CountCard';

/** Today's country (34 provinces, 3,321 communes): one query, counted by the server. */
const CURRENT_UNITS = gql`
  query DashboardCurrentUnits {
    provinces: _allAdministrativeUnitsMeta(filter: { level: "province" }) {
      count
    }
    communes: _allAdministrativeUnitsMeta(filter: { level: "commune" }) {
      count
    }
  }
`;

interface Counts {
  provinces: { count: number };
  communes: { count: number };
}

export function CurrentUnitsCard() {
  const { data, loading, error } = useQuery<Counts>(CURRENT_UNITS);
  return (
    <CountCard
      title="exemplar.dashboard.current.title"
      icon={<MapIcon color="primary" />}
      loading={loading}
      error={error}
      lines={[
        { label: 'exemplar.dashboard.current.provinces', value: data?.provinces.count, testId: 'count-current-provinces' },
        { label: 'exemplar.dashboard.current.communes', value: data?.communes.count, testId: 'count-current-communes' },
      ]}
    />
  );
}
