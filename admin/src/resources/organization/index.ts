import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { RaRecord } from 'react-admin';
import { OrganizationCreate } from './OrganizationCreate';
import { OrganizationEdit } from './OrganizationEdit';
import { OrganizationList } from './OrganizationList';
import { OrganizationShow } from './OrganizationShow';

export default {
  list: OrganizationList,
  show: OrganizationShow,
  edit: OrganizationEdit,
  create: OrganizationCreate,
  icon: AccountBalanceIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? record.code ?? record.id),
};
