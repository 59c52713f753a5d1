import type {
  AttestationFact,
  AwardFact,
  CulturalTitleFact,
  DisciplineFact,
  FlagFact,
  InitiativeFact,
  MetricFact,
  PositionFact,
  RatingFact,
  ResearchWorkFact,
  SubjectFacts,
} from './facts';
import type { AwardLevel, DisciplineForm, RatingLevel, SubjectKind } from './vocabulary';

/**
 * Terse constructors for facts: tests build histories with them, the console builds previews
 * ("what if this person had one more initiative?").
 */

export function subjectFacts(id: string, kind: SubjectKind = 'CA_NHAN', parts: Partial<Omit<SubjectFacts, 'subject'>> = {}): SubjectFacts {
  return {
    subject: { id, kind, name: id },
    positions: [],
    awards: [],
    initiatives: [],
    researchWorks: [],
    ratings: [],
    disciplines: [],
    culturalTitles: [],
    flags: [],
    metrics: [],
    attestations: [],
    ...parts,
  };
}

export const fact = {
  award(id: string, awardType: string, year: number, extra: Partial<AwardFact> = {}): AwardFact {
    return { id, awardType, year, decisionNumber: null, decisionDate: null, issuerLevel: null, issuerRole: null, issuerOrganizationId: null, occasion: null, ...extra };
  },
  initiative(id: string, recognitionLevel: AwardLevel | null, recognizedOn: string | null, applied: boolean | null = true): InitiativeFact {
    return { id, title: id, recognitionLevel, recognizedOn, applied };
  },
  research(id: string, level: AwardLevel | null, acceptedOn: string | null, applied: boolean | null = true): ResearchWorkFact {
    return { id, title: id, level, acceptedOn, applied };
  },
  rating(id: string, year: number, level: RatingLevel): RatingFact {
    return { id, year, level };
  },
  discipline(id: string, form: DisciplineForm, decidedOn: string, effectiveTo: string | null = null): DisciplineFact {
    return { id, form, decidedOn, effectiveTo };
  },
  culturalTitle(id: string, code: string, year: number): CulturalTitleFact {
    return { id, code, year };
  },
  flag(id: string, code: string, year: number | null, value = true): FlagFact {
    return { id, code, year, value };
  },
  metric(id: string, code: string, year: number, value: number): MetricFact {
    return { id, code, year, value };
  },
  attestation(id: string, criterionKey: string, verdict: 'PASS' | 'FAIL' = 'PASS', attestedOn = '2024-01-15', attestedBy = 'HĐTĐKT'): AttestationFact {
    return { id, criterionKey, verdict, attestedBy, attestedOn, note: null };
  },
  position(id: string, roleCode: string, organizationKind: string | null = null, from: string | null = null, to: string | null = null): PositionFact {
    return { id, roleCode, organizationId: 'ORG', organizationKind, from, to };
  },
};
