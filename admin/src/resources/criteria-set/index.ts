import RuleIcon from '@mui/icons-material/Rule';
import type { RaRecord } from 'react-admin';
import { currentLang } from '../../i18n/i18nProvider';
import { CriteriaSetCreate } from './CriteriaSetCreate';
import { CriteriaSetEdit } from './CriteriaSetEdit';
import { CriteriaSetList } from './CriteriaSetList';
import { CriteriaSetShow } from './CriteriaSetShow';
import { setTitle, type CriteriaSetRecord } from './definition';

export default {
  list: CriteriaSetList,
  show: CriteriaSetShow,
  edit: CriteriaSetEdit,
  create: CriteriaSetCreate,
  icon: RuleIcon,
  recordRepresentation: (record: RaRecord) => setTitle(record as CriteriaSetRecord, currentLang()) || String(record.id),
};
