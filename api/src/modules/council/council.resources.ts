import { createTableResource, type ColumnSpec, type TableResourceSpec } from '../../graphql/resource/table-resource';

const id: ColumnSpec = { column: 'id', type: 'id', sortable: true };
const orgRef = (column: string, required: boolean, description: string): ColumnSpec => ({
  column, type: 'id', nullable: !required, writable: true, required, filterable: true, description,
  references: { table: 'organization', resource: 'Organization' },
});

/** Councils, their members and sessions, declared column by column (see table-resource.ts); votes and decisions are verbs. */
export const COUNCIL_SPECS: TableResourceSpec[] = [
  {
    type: 'Council',
    description: 'An emulation & commendation council (Hội đồng Thi đua – Khen thưởng) of an organization, with its standing secretariat.',
    table: 'council',
    jurisdiction: (a, j) => j.org(`${a}.organization_id`),
    alias: 'c',
    versioned: true,
    defaultSort: { field: 'id', order: 'ASC' },
    unique: [{ constraint: 'council_organization_unique', code: 'DUPLICATE', field: 'organizationId' }],
    fields: {
      id,
      organizationId: orgRef('organization_id', true, 'The council as an organization (kind HOI_DONG_TDKT), or the organization it serves.'),
      name: { column: 'name', type: 'text', writable: true, required: true, sortable: true, maxLength: 500 },
      standingOrganizationId: orgRef('standing_organization_id', false, 'Its standing secretariat (cơ quan thường trực): Văn phòng Sở, Phòng Nội vụ…'),
      parentCouncilId: {
        column: 'parent_council_id', type: 'id', nullable: true, writable: true, filterable: true, description: 'Where decided nominations are forwarded.',
        references: { table: 'council', resource: 'Council' },
      },
      quorumRatio: { column: 'quorum_ratio', type: 'float', writable: true, description: 'Share of the voting members that must be present (default ½).' },
      version: { column: 'version', type: 'int' },
    },
  },
  {
    type: 'CouncilMember',
    description: 'A member of a council and their role.',
    table: 'council_member',
    jurisdiction: (a, j) => `EXISTS (SELECT 1 FROM council x WHERE x.id = ${a}.council_id AND ${j.org('x.organization_id')})`,
    alias: 'm',
    versioned: true,
    search: ['fullName', 'title'],
    defaultSort: { field: 'id', order: 'ASC' },
    fields: {
      id,
      councilId: { column: 'council_id', type: 'id', writable: true, required: true, filterable: true, references: { table: 'council', resource: 'Council' } },
      personId: { column: 'person_id', type: 'id', nullable: true, writable: true, filterable: true, references: { table: 'person', resource: 'Person' } },
      fullName: { column: 'full_name', type: 'text', writable: true, required: true, sortable: true, maxLength: 200 },
      title: { column: 'title', type: 'text', nullable: true, writable: true, maxLength: 300 },
      role: { column: 'role', type: 'text', writable: true, required: true, filterable: true, oneOf: ['CHAIR', 'STANDING_VICE_CHAIR', 'VICE_CHAIR', 'MEMBER', 'SECRETARY'] },
      voting: { column: 'voting', type: 'bool', writable: true, filterable: true, description: 'Votes on nominations (a secretary may not).' },
      fromDate: { column: 'from_date', type: 'date', nullable: true, writable: true },
      toDate: { column: 'to_date', type: 'date', nullable: true, writable: true },
      version: { column: 'version', type: 'int' },
    },
  },
  {
    type: 'CouncilSession',
    description: 'A session of a council: its agenda, attendance, votes and minutes (status changes through openCouncilSession / closeCouncilSession).',
    table: 'council_session',
    jurisdiction: (a, j) => `EXISTS (SELECT 1 FROM council x WHERE x.id = ${a}.council_id AND ${j.org('x.organization_id')})`,
    alias: 's',
    versioned: true,
    search: ['title'],
    defaultSort: { field: 'heldOn', order: 'DESC' },
    fields: {
      id,
      councilId: { column: 'council_id', type: 'id', writable: true, required: true, filterable: true, references: { table: 'council', resource: 'Council' } },
      title: { column: 'title', type: 'text', writable: true, required: true, maxLength: 500 },
      heldOn: { column: 'held_on', type: 'date', writable: true, required: true, sortable: true },
      secretBallot: { column: 'secret_ballot', type: 'bool', writable: true, description: 'Ballots are not linked to members (who voted is kept, how is not).' },
      status: { column: 'status', type: 'text', filterable: true, description: 'SCHEDULED, OPEN or CLOSED.' },
      minutes: { column: 'minutes', type: 'text', nullable: true, writable: true, maxLength: 100_000 },
      version: { column: 'version', type: 'int' },
    },
  },
];

export const councilResources = COUNCIL_SPECS.map(createTableResource);
export const councilTableResolvers = councilResources.flatMap((r) => r.resolvers);
