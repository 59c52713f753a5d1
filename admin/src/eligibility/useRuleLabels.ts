import { useMemo } from 'react';
import type { DescribeLabels, LocalizedText } from '@exemplar/shared';
import { useAwardTypes } from '../data/catalogue';

/**
 * Names for the codes a rule reads that only the catalogue knows: award types and cultural titles
 * (both are award types). Ratings, disciplines, roles, signers, metrics and flags are built into
 * describeRule.
 */
export function useRuleLabels(): DescribeLabels {
  const { awardTypes } = useAwardTypes();
  return useMemo(() => {
    const names: Record<string, LocalizedText> = Object.fromEntries(awardTypes.map((t) => [t.code, { vi: t.nameVi, en: t.nameEn }]));
    return { awardTypes: names, culturalTitles: names };
  }, [awardTypes]);
}
