import { createTableResource, type TableResourceSpec } from '../../graphql/resource/table-resource';

/**
 * What hangs off an exemplar: nurturing actions (bồi dưỡng), evaluations (monitoring and inspection
 * notes), publicity items (channel, outlet, date, link) and replication activities (study visits,
 * exchanges, the exemplar's own report, conferences; the organizations adopting it).
 */
export const EXEMPLAR_ACTIVITY_SPEC: TableResourceSpec = {
  type: 'ExemplarActivity',
  description: 'A nurturing action, evaluation, publicity item or replication activity of an exemplar.',
  table: 'exemplar_activity',
  jurisdiction: (a, j) => `EXISTS (SELECT 1 FROM exemplar x WHERE x.id = ${a}.exemplar_id AND ${j.exemplar('x')})`,
  alias: 'a',
  versioned: true,
  search: ['title', 'details', 'outlet'],
  defaultSort: { field: 'happenedOn', order: 'DESC' },
  unique: [
    { constraint: 'exemplar_activity_publicity_channel', code: 'REQUIRED', field: 'channel' },
    { constraint: 'exemplar_activity_evaluation_subtype', code: 'INVALID_VALUE', field: 'subtype' },
    { constraint: 'exemplar_activity_replication_subtype', code: 'INVALID_VALUE', field: 'subtype' },
  ],
  fields: {
    id: { column: 'id', type: 'id', sortable: true },
    exemplarId: { column: 'exemplar_id', type: 'id', writable: true, required: true, filterable: true, references: { table: 'exemplar', resource: 'Exemplar' } },
    kind: { column: 'kind', type: 'text', writable: true, required: true, filterable: true, oneOf: ['NURTURING', 'EVALUATION', 'PUBLICITY', 'REPLICATION'] },
    subtype: {
      column: 'subtype', type: 'text', nullable: true, writable: true, filterable: true, pattern: /^[A-Z_]{1,40}$/,
      description: 'EVALUATION: MONITORING or INSPECTION; REPLICATION: STUDY_VISIT, EXCHANGE, OWN_REPORT or CONFERENCE.',
    },
    happenedOn: { column: 'happened_on', type: 'date', writable: true, required: true, sortable: true },
    title: { column: 'title', type: 'text', writable: true, required: true, maxLength: 500 },
    details: { column: 'details', type: 'text', nullable: true, writable: true, maxLength: 10_000 },
    organizationId: {
      column: 'organization_id', type: 'id', nullable: true, writable: true, filterable: true, description: 'Who carried it out (or published it).',
      references: { table: 'organization', resource: 'Organization' },
    },
    channel: {
      column: 'channel', type: 'text', nullable: true, writable: true, filterable: true,
      oneOf: ['MONDAY_READING', 'BULLETIN', 'PORTAL', 'PROVINCIAL_NEWSPAPER', 'RADIO_TV', 'SOCIAL_MEDIA', 'OTHER'],
      description: 'PUBLICITY: internal Monday reading, bulletin, portal, provincial newspaper, radio/TV, social media.',
    },
    outlet: { column: 'outlet', type: 'text', nullable: true, writable: true, maxLength: 300, description: 'The newspaper, programme or page.' },
    link: { column: 'link', type: 'text', nullable: true, writable: true, maxLength: 2000, pattern: /^https?:\/\/\S+$/ },
    adoptingOrganizationIds: {
      column: 'adopting_organization_ids', type: 'idArray', writable: true, description: 'REPLICATION: organizations adopting the model.',
      references: { table: 'organization', resource: 'Organization' },
    },
    version: { column: 'version', type: 'int' },
  },
};

export const exemplarActivityResource = createTableResource(EXEMPLAR_ACTIVITY_SPEC);
