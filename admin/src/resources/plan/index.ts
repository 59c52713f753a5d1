import AssignmentIcon from '@mui/icons-material/Assignment';
import type { RaRecord } from 'react-admin';
import { PlanCreate } from './PlanCreate';
import { PlanList } from './PlanList';
import { PlanShow } from './PlanShow';

export default {
  list: PlanList,
  show: PlanShow,
  create: PlanCreate,
  icon: AssignmentIcon,
  recordRepresentation: (record: RaRecord) => String(record.code ?? record.id),
};
