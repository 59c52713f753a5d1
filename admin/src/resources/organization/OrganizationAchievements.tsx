import type { ReactNode } from 'react';
import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { Section } from '../../layout/Section';
import {
  AddFacts,
  AnnualRatingCreate,
  AnnualRatingList,
  AttestationCreate,
  AttestationList,
  AwardRecordCreate,
  AwardRecordList,
  CulturalTitleCreate,
  CulturalTitleList,
  SubjectFlagCreate,
  SubjectFlagList,
  type Subject,
} from '../achievement';

function Part({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2, mb: 0.5, fontWeight: 500 }}>
        {translate(title)}
      </Typography>
      {children}
    </>
  );
}

/** The organization as a collective (TAP_THE): its awards, ratings, cultural titles and flags. */
export function OrganizationAchievements() {
  const record = useRecordContext();
  if (!record) return null;
  const subject: Subject = { kind: 'TAP_THE', id: record.id };
  return (
    <>
      <Section title="exemplar.organization.section.achievements" testId="organization-achievements">
        <Part title="exemplar.facts.part.awards">
          <AwardRecordList subject={subject} />
        </Part>
        <Part title="exemplar.facts.part.ratings">
          <AnnualRatingList subject={subject} />
        </Part>
        <Part title="exemplar.facts.part.cultural_titles">
          <CulturalTitleList subject={subject} />
        </Part>
        <Part title="exemplar.facts.part.flags">
          <SubjectFlagList subject={subject} />
        </Part>
        <Part title="exemplar.facts.part.attestations">
          <AttestationList subject={subject} />
        </Part>
      </Section>
      <AddFacts
        testId="organization-add-facts"
        tabs={[
          { resource: 'AwardRecord', form: <AwardRecordCreate subject={subject} /> },
          { resource: 'AnnualRating', form: <AnnualRatingCreate subject={subject} /> },
          { resource: 'CulturalTitle', form: <CulturalTitleCreate subject={subject} /> },
          { resource: 'SubjectFlag', form: <SubjectFlagCreate subject={subject} /> },
          { resource: 'Attestation', form: <AttestationCreate subject={subject} /> },
        ]}
      />
    </>
  );
}
