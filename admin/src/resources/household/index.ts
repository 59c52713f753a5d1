import HomeIcon from '@mui/icons-material/Home';
import type { RaRecord } from 'react-admin';
import { HouseholdCreate } from './HouseholdCreate';
import { HouseholdEdit } from './HouseholdEdit';
import { HouseholdList } from './HouseholdList';
import { HouseholdShow } from './HouseholdShow';

export default {
  list: HouseholdList,
  show: HouseholdShow,
  edit: HouseholdEdit,
  create: HouseholdCreate,
  icon: HomeIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? record.id),
};
