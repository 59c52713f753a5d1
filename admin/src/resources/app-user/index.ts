import PeopleIcon from '@mui/icons-material/ManageAccounts';
import { UserCreate } from './UserCreate';
import { UserList } from './UserList';
import { UserShow } from './UserShow';

export default {
  list: UserList,
  create: UserCreate,
  show: UserShow,
  icon: PeopleIcon,
  recordRepresentation: 'displayName',
};
