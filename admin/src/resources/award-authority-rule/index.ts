import GavelIcon from '@mui/icons-material/Gavel';
import type { RaRecord } from 'react-admin';
import { RuleCreate } from './RuleCreate';
import { RuleEdit } from './RuleEdit';
import { RuleList } from './RuleList';

export default {
  list: RuleList,
  edit: RuleEdit,
  create: RuleCreate,
  icon: GavelIcon,
  recordRepresentation: (record: RaRecord) => `${record.awardTypeCode} — ${record.authorityRole}`,
};
