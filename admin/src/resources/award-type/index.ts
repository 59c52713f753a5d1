import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import type { RaRecord } from 'react-admin';
import { localName } from '../../data/catalogue';
import { currentLang } from '../../i18n/i18nProvider';
import { AwardTypeCreate } from './AwardTypeCreate';
import { AwardTypeEdit } from './AwardTypeEdit';
import { AwardTypeList } from './AwardTypeList';
import { AwardTypeShow } from './AwardTypeShow';

export default {
  list: AwardTypeList,
  show: AwardTypeShow,
  edit: AwardTypeEdit,
  create: AwardTypeCreate,
  icon: MilitaryTechIcon,
  recordRepresentation: (record: RaRecord) => localName(record, currentLang()) || String(record.id),
};
