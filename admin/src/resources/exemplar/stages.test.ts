import { describe, expect, it } from 'vitest';
import { EXEMPLAR_STAGES, EXEMPLAR_TRANSITIONS } from '@exemplar/shared';
import { allowedMoves, BOARD_STAGES, checkMove, exemplarCreateInput, exemplarFormProblem, exemplarName, groupByStage, SIDE_STAGES } from './stages';

describe('the board of stages', () => {
  it('shows every stage once: the main way in order, the exits in the strip', () => {
    expect([...BOARD_STAGES, ...SIDE_STAGES].sort()).toEqual([...EXEMPLAR_STAGES].sort());
    expect(SIDE_STAGES).toEqual(['ARCHIVED', 'NOT_SELECTED', 'WITHDRAWN', 'REVOKED']);
    expect(BOARD_STAGES[0]).toBe('CANDIDATE');
    expect(BOARD_STAGES.at(-1)).toBe('HONOURED');
  });

  it.each([
    ['CANDIDATE', 'NOMINATED', 'ALLOWED'],
    ['CANDIDATE', 'WITHDRAWN', 'ALLOWED'],
    ['CANDIDATE', 'HONOURED', 'REFUSED'],
    ['CANDIDATE', 'RECOGNISED', 'REFUSED'],
    ['CANDIDATE', 'CANDIDATE', 'SAME'],
    ['NOMINATED', 'UNDER_REVIEW', 'ALLOWED'],
    ['NOMINATED', 'CANDIDATE', 'REFUSED'],
    ['UNDER_REVIEW', 'NOT_SELECTED', 'ALLOWED'],
    ['RECOGNISED', 'HONOURED', 'ALLOWED'],
    ['HONOURED', 'REPLICATING', 'ALLOWED'],
    ['NOT_SELECTED', 'CANDIDATE', 'ALLOWED'],
    ['WITHDRAWN', 'CANDIDATE', 'REFUSED'],
    ['ARCHIVED', 'CANDIDATE', 'REFUSED'],
    ['SOMETHING', 'CANDIDATE', 'REFUSED'],
  ])('%s → %s is %s', (from, to, expected) => {
    expect(checkMove(from, to)).toBe(expected);
  });

  it('offers exactly the moves of the shared table, none from the end or an unknown stage', () => {
    for (const stage of EXEMPLAR_STAGES) expect(allowedMoves(stage)).toEqual(EXEMPLAR_TRANSITIONS[stage]);
    expect(allowedMoves('ARCHIVED')).toEqual([]);
    expect(allowedMoves('NOPE')).toEqual([]);
    expect(allowedMoves('CANDIDATE')).not.toContain('HONOURED');
  });

  it('groups cards by stage, every column present, unknown stages left out', () => {
    const columns = groupByStage([
      { id: '1', stage: 'CANDIDATE' },
      { id: '2', stage: 'WITHDRAWN' },
      { id: '3', stage: 'CANDIDATE' },
      { id: '4', stage: 'LOST' },
    ]);
    expect(Object.keys(columns).sort()).toEqual([...EXEMPLAR_STAGES].sort());
    expect(columns.CANDIDATE.map((c) => c.id)).toEqual(['1', '3']);
    expect(columns.WITHDRAWN.map((c) => c.id)).toEqual(['2']);
    expect(columns.HONOURED).toEqual([]);
  });
});

describe('createExemplar input from the form', () => {
  it.each([
    [
      'a named model: no subject, blanks dropped, texts trimmed',
      { kind: 'MODEL' as const, modelName: '  Dân vận khéo ', description: '', fields: ['NONG_THON_MOI'], discoveredVia: 'PRESS_REPORT', planId: '7', subjectId: '99' },
      { modelName: 'Dân vận khéo', fields: ['NONG_THON_MOI'], discoveredVia: 'PRESS_REPORT', planId: '7' },
    ],
    [
      'a person, with the subject kind and id',
      { kind: 'CA_NHAN' as const, subjectId: '12', modelName: null, discoveredVia: 'UNIT_PROPOSAL', discoveredOn: '2024-05-01', author: ' Tổ công tác ' },
      { subjectKind: 'CA_NHAN', subjectId: '12', fields: [], discoveredVia: 'UNIT_PROPOSAL', discoveredOn: '2024-05-01', author: 'Tổ công tác' },
    ],
    ['nothing chosen: a model discovered some other way', {}, { fields: [], discoveredVia: 'OTHER' }],
  ])('%s', (_, values, expected) => {
    expect(exemplarCreateInput(values)).toEqual(expected);
  });

  it.each([
    [{ kind: 'MODEL' as const, modelName: ' ' }, 'modelName'],
    [{ kind: 'MODEL' as const, modelName: 'Mô hình' }, null],
    [{ kind: 'TAP_THE' as const }, 'subjectId'],
    [{ kind: 'HO_GIA_DINH' as const, subjectId: '3' }, null],
  ])('%j needs %s', (values, expected) => {
    expect(exemplarFormProblem(values)).toBe(expected);
  });
});

describe("an exemplar's name", () => {
  const untitled = (id: string) => `#${id}`;
  it.each([
    ['the server\'s display name (a subject\'s name)', { id: '1', displayName: 'Nguyễn Văn A', modelName: null }, 'Nguyễn Văn A'],
    ['the display name over the model name', { id: '2', displayName: 'Dân vận khéo', modelName: 'Dân vận khéo (cũ)' }, 'Dân vận khéo'],
    ['the model name when no display name was read', { id: '3', modelName: ' Mô hình ' }, 'Mô hình'],
    ['blank names: untitled', { id: '4', displayName: '  ', modelName: '' }, '#4'],
  ])('%s', (_, record, expected) => {
    expect(exemplarName(record, untitled)).toBe(expected);
  });

  it('no record, no name', () => {
    expect(exemplarName(undefined, untitled)).toBe('');
  });
});
