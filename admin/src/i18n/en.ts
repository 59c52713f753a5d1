import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import type { AppMessages } from './vi';
import { vocabularyMessages } from './vocabulary';

/** The console's own messages in English, typed against the Vietnamese ones so no key is missing. */
export const enApp: AppMessages = {
  resources: {
    AdministrativeUnit: {
      name: 'Administrative unit |||| Administrative units',
      fields: {
        id: 'Identifier',
        code: 'Code',
        name: 'Name',
        shortName: 'Short name',
        kind: 'Kind',
        level: 'Level',
        parentId: 'Parent',
        validFrom: 'Valid from',
        validTo: 'Valid to',
        validity: 'Validity',
        dataset: 'Dataset',
        q: 'Search',
        validOn: 'State',
      },
    },
    Organization: {
      name: 'Organization |||| Organizations',
      fields: {
        id: 'Identifier',
        code: 'Code',
        name: 'Name',
        shortName: 'Short name',
        kind: 'Kind',
        sector: 'Sector',
        parentId: 'Parent organization',
        unitId: 'Located in',
        unitAncestorId: 'Within the territory of',
        validFrom: 'Valid from',
        validTo: 'Valid to',
        validity: 'Validity',
        note: 'Note',
        isReference: 'Reference data',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Last updated',
        q: 'Search',
        validOn: 'Valid on',
      },
    },
  },
  exemplar: {
    title: 'Exemplar',
    validity: {
      range: '%{from} – %{to}',
      since: 'Since %{from}',
      until: 'Until %{to}',
      open: 'Open-ended',
      ended: 'No longer valid',
    },
    unit: {
      state: {
        current: 'Today (since 1 July 2025)',
        before: 'Before 1 July 2025 (30 June 2025)',
      },
      section: {
        details: 'Details',
        children: 'Units below',
        successors: 'Successors',
        predecessors: 'Predecessors',
        today: 'Its territory today belongs to',
        organizations: 'Organizations located here',
      },
      today_help: 'This unit ceased to exist after %{date}. Its territory now belongs to:',
      no_children: 'No units below this one.',
      no_successors: 'No successor in the official mapping.',
      no_predecessors: 'No predecessor in the official mapping.',
      no_organizations: 'No organization is located in this unit yet.',
      linked_unit: 'Unit',
      parent: 'Parent',
      share: 'Share',
      share_full: 'Whole',
      share_partial: 'Part',
      effective_date: 'Effective date',
      note: 'Note',
    },
    organization: {
      section: {
        details: 'Details',
        children: 'Organizations below',
        successors: 'Successors',
        predecessors: 'Predecessors',
      },
      no_children: 'No organization below this one.',
      no_successors: 'No successor.',
      no_predecessors: 'No predecessor.',
      code_help: 'Upper-case ASCII letters, digits and _ . - (e.g. BACKAN.BABE.UBND).',
      unit_help: 'Units from before 1 July 2025 can be chosen too.',
      code_format: 'Only upper-case ASCII letters, digits and _ . - (64 characters at most)',
    },
    dashboard: {
      title: 'Dashboard',
      welcome: 'Administrative units and organizations for the plans that discover, nurture and replicate exemplary advanced models.',
      current: {
        title: 'Today (since 1 July 2025)',
        provinces: 'Provinces and cities',
        communes: 'Communes, wards, special zones',
      },
      before: {
        title: 'Before 1 July 2025 (30 June 2025)',
        provinces: 'Provinces and cities',
        districts: 'Districts, towns, provincial cities',
        communes: 'Communes, wards, townships',
      },
      organizations: {
        title: 'Organizations',
        total: 'Total',
        valid_today: 'Valid today',
      },
    },
    vocabulary: vocabularyMessages('en'),
  },
};

export const en: TranslationMessages = { ...englishMessages, ...enApp };

export default en;
