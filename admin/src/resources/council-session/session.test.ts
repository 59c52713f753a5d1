import { describe, expect, it } from 'vitest';
import { agendaCandidates, isActiveOn, quorumOf, ratioPercent, requiredForQuorum, sessionActions, tallyLabel, voteGrid, votedCount, votesByDefault, type GridInput } from './session';

const members = [
  { id: '1', voting: true },
  { id: '2', voting: true },
  { id: '3', voting: true },
  { id: '4', voting: false }, // the secretary
  { id: '5', voting: true, toDate: '2023-12-31' }, // left the council
  { id: '6', voting: true, fromDate: '2030-01-01' }, // not yet on it
];
const DAY = '2025-03-10';

describe('quorum', () => {
  it.each([
    [0.5, 3, 2],
    [0.5, 4, 2],
    [0.5, 5, 3],
    [2 / 3, 3, 2],
    [2 / 3, 7, 5],
    [1, 3, 3],
    [0.5, 0, 1],
    [0, 5, 1],
  ])('ratio %d of %d voting members needs %d present', (ratio, voting, required) => {
    expect(requiredForQuorum(ratio, voting)).toBe(required);
  });

  it.each([
    [[], { voting: 3, present: 0, required: 2, met: false }],
    [['1'], { voting: 3, present: 1, required: 2, met: false }],
    [['1', '4', '5', '6'], { voting: 3, present: 1, required: 2, met: false }],
    [['1', '2'], { voting: 3, present: 2, required: 2, met: true }],
    [['1', '2', '3', '4'], { voting: 3, present: 3, required: 2, met: true }],
  ])('present %j: counts only voting members on the day', (present, expected) => {
    expect(quorumOf(members, present, 0.5, DAY)).toEqual(expected);
  });

  it.each([
    [{}, true],
    [{ fromDate: '2025-03-10' }, true],
    [{ toDate: '2025-03-10' }, true],
    [{ fromDate: '2025-03-11' }, false],
    [{ toDate: '2025-03-09' }, false],
  ])('membership %j on the day: %s', (dates, active) => {
    expect(isActiveOn(dates, DAY)).toBe(active);
  });
});

describe('the voting grid', () => {
  const base: GridInput = {
    members,
    presentIds: ['1', '2', '3', '4'],
    heldOn: DAY,
    secretBallot: false,
    status: 'OPEN',
    item: { nominationId: '77', result: null },
    votesCast: [],
    openBallots: [],
    conflicts: [],
  };
  const states = (input: GridInput) => voteGrid(input).map((c) => [c.memberId, c.state, c.choice, c.canVote]);
  const cast = (...rows: [string, string][]) => rows.map(([nominationId, memberId]) => ({ nominationId, memberId }));

  it.each([
    ['an open session, nobody voted: every present voting member may vote (not the secretary, not the absent)', base, [
      ['1', 'PENDING', null, true],
      ['2', 'PENDING', null, true],
      ['3', 'PENDING', null, true],
    ]],
    ['a scheduled session: nobody may vote yet', { ...base, status: 'SCHEDULED' }, [
      ['1', 'PENDING', null, false],
      ['2', 'PENDING', null, false],
      ['3', 'PENDING', null, false],
    ]],
    ['a decided item: no more votes', { ...base, item: { nominationId: '77', result: 'APPROVED' } }, [
      ['1', 'PENDING', null, false],
      ['2', 'PENDING', null, false],
      ['3', 'PENDING', null, false],
    ]],
    ['an open ballot shows the choices the server lists, for this item only', { ...base, votesCast: cast(['77', '1'], ['78', '2']), openBallots: [{ nominationId: '77', memberId: '1', choice: 'NO' }, { nominationId: '78', memberId: '2', choice: 'YES' }] }, [
      ['1', 'VOTED', 'NO', false],
      ['2', 'PENDING', null, true],
      ['3', 'PENDING', null, true],
    ]],
    ['an open ballot: a vote cast without its ballot listed yet is voted, with no choice', { ...base, votesCast: cast(['77', '2']) }, [
      ['1', 'PENDING', null, true],
      ['2', 'VOTED', null, false],
      ['3', 'PENDING', null, true],
    ]],
    ['a secret ballot shows who voted on this item, never a choice, even one listed', { ...base, secretBallot: true, votesCast: cast(['77', '2'], ['78', '3']), openBallots: [{ nominationId: '77', memberId: '1', choice: 'NO' }, { nominationId: '77', memberId: '2', choice: 'YES' }] }, [
      ['1', 'PENDING', null, true],
      ['2', 'VOTED', null, false],
      ['3', 'PENDING', null, true],
    ]],
    ['ids as numbers match ids as strings', { ...base, secretBallot: true, votesCast: [{ nominationId: 77, memberId: 1 }] }, [
      ['1', 'VOTED', null, false],
      ['2', 'PENDING', null, true],
      ['3', 'PENDING', null, true],
    ]],
    ['a declared conflict: that member does not vote on the item', { ...base, conflicts: [{ nominationId: '77', memberId: '3', reason: 'Vợ của ông là trưởng phòng' }, { nominationId: '78', memberId: '1', reason: 'Khác' }] }, [
      ['1', 'PENDING', null, true],
      ['2', 'PENDING', null, true],
      ['3', 'CONFLICT', null, false],
    ]],
    ['a conflict outweighs a vote cast on the same item', { ...base, votesCast: cast(['77', '1']), conflicts: [{ nominationId: '77', memberId: '1', reason: 'Người thân' }] }, [
      ['1', 'CONFLICT', null, false],
      ['2', 'PENDING', null, true],
      ['3', 'PENDING', null, true],
    ]],
    ['only present members are listed', { ...base, presentIds: ['2'] }, [['2', 'PENDING', null, true]]],
  ])('%s', (_, input, expected) => {
    expect(states(input)).toEqual(expected);
  });

  it('counts who voted', () => {
    expect(votedCount(voteGrid({ ...base, secretBallot: true, votesCast: cast(['77', '1'], ['77', '3'], ['78', '2']) }))).toBe(2);
  });

  it.each([
    ['3', 'Vợ của ông là trưởng phòng'],
    ['1', null],
  ])('member %s carries the reason of their conflict: %s', (memberId, reason) => {
    const cells = voteGrid({ ...base, conflicts: [{ nominationId: '77', memberId: '3', reason: 'Vợ của ông là trưởng phòng' }, { nominationId: '78', memberId: '1', reason: 'Khác' }] });
    expect(cells.find((c) => c.memberId === memberId)?.reason).toBe(reason);
  });
});

describe('the session', () => {
  it.each([
    ['SCHEDULED', ['open']],
    ['OPEN', ['close']],
    ['CLOSED', []],
    ['ELSE', []],
  ])('from %s offers %j', (status, actions) => {
    expect(sessionActions(status)).toEqual(actions);
  });

  it('offers for the agenda the appraised nominations of this council (or of none), not those on it', () => {
    const nominations = [
      { id: '1', status: 'APPRAISED', councilOrganizationId: '9' },
      { id: '2', status: 'APPRAISED', councilOrganizationId: null },
      { id: '3', status: 'APPRAISED', councilOrganizationId: '8' },
      { id: '4', status: 'RECEIVED', councilOrganizationId: '9' },
      { id: '5', status: 'APPRAISED', councilOrganizationId: '9' },
    ];
    expect(agendaCandidates(nominations, '9', ['5']).map((n) => n.id)).toEqual(['1', '2']);
  });

  it.each([
    [{ yes: 2, eligible: 3 }, '2/3'],
    [{ yes: 0, eligible: 0 }, '0/0'],
    [{ yes: null, eligible: null }, ''],
    [{}, ''],
  ])('tally %j reads %s', (item, label) => {
    expect(tallyLabel(item)).toBe(label);
  });

  it.each([
    ['CHAIR', true],
    ['MEMBER', true],
    ['SECRETARY', false],
  ])('a new %s votes by default: %s', (role, voting) => {
    expect(votesByDefault(role)).toBe(voting);
  });

  it.each([
    [0.5, '50 %'],
    [2 / 3, '66.7 %'],
    [1, '100 %'],
    [null, ''],
  ])('ratio %s prints %s', (ratio, text) => {
    expect(ratioPercent(ratio)).toBe(text);
  });
});
