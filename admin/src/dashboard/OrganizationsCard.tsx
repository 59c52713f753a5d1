import { gql, useQuery } from '@apollo/client';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { todayLocalDate } from '../fields/format';
import { CountCard } from './CountCard';

const ORGANIZATIONS = gql`
  query DashboardOrganizations($today: LocalDate!) {
    total: _allOrganizationsMeta {
      count
    }
    validToday: _allOrganizationsMeta(filter: { validOn: $today }) {
      count
    }
  }
`;

interface Counts {
  total: { count: number };
  validToday: { count: number };
}

export function OrganizationsCard() {
  const { data, loading, error } = useQuery<Counts>(ORGANIZATIONS, { variables: { today: todayLocalDate() } });
  return (
    <CountCard
      title="exemplar.dashboard.organizations.title"
      icon={<AccountBalanceIcon color="primary" />}
      loading={loading}
      error={error}
      lines={[
        { label: 'exemplar.dashboard.organizations.total', value: data?.total.count, testId: 'count-organizations' },
        { label: 'exemplar.dashboard.organizations.valid_today', value: data?.validToday.count, testId: 'count-organizations-valid' },
      ]}
    />
  );
}
