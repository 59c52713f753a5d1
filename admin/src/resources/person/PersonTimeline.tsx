import type { ReactNode } from 'react';
import { Alert, Box, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import {
  DeleteButton,
  RecordContextProvider,
  ReferenceField,
  ResourceContextProvider,
  useGetList,
  useGetMany,
  useLocaleState,
  useTranslate,
  type Identifier,
  type RaRecord,
} from 'react-admin';
import { localName, useActivityFields } from '../../data/catalogue';
import { AwardTypeField } from '../../fields/CatalogueFields';
import { formatLocalDate } from '../../fields/format';
import { vocabularyKey, type VocabularyName } from '../../i18n/vocabulary';
import { EmptyNote } from '../../layout/Section';

type Kind = 'award' | 'initiative' | 'rating' | 'discipline' | 'position';

const KIND_ORDER: Kind[] = ['award', 'initiative', 'rating', 'discipline', 'position'];
const KIND_COLOR: Record<Kind, 'success' | 'info' | 'primary' | 'error' | 'default'> = {
  award: 'success',
  initiative: 'info',
  rating: 'primary',
  discipline: 'error',
  position: 'default',
};

interface Entry {
  key: string;
  kind: Kind;
  /** What is shown. */
  record: RaRecord;
  /** What a delete removes (for an initiative, the person's authorship, not the initiative). */
  owner: { resource: string; record: RaRecord };
  year: number | null;
  date: string | null;
}

/** Every list of a person's record is small; one page of the server's maximum holds it. */
const ALL = { page: 1, perPage: 500 };

const yearOf = (date: unknown): number | null => (typeof date === 'string' && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);

/** Newest first; undated entries last; within a day, in the order of KIND_ORDER. */
function compareEntries(a: Entry, b: Entry): number {
  if (a.year !== b.year) return a.year === null ? 1 : b.year === null ? -1 : b.year - a.year;
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : b.date < a.date ? -1 : 1;
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
}

function useLabel() {
  const translate = useTranslate();
  return (vocabulary: VocabularyName, code: unknown) => (code ? translate(vocabularyKey(vocabulary, String(code)), { _: String(code) }) : '');
}

/** "·"-separated details, the empty ones left out. */
function Details({ parts }: { parts: ReactNode[] }) {
  const shown = parts.filter((part) => part !== null && part !== undefined && part !== false && part !== '');
  if (!shown.length) return null;
  return (
    <Typography variant="body2" color="text.secondary" component="div" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1 }}>
      {shown.map((part, index) => (
        <span key={index}>
          {index > 0 ? '· ' : ''}
          {part}
        </span>
      ))}
    </Typography>
  );
}

function EntryBody({ entry }: { entry: Entry }) {
  const translate = useTranslate();
  const label = useLabel();
  const [locale] = useLocaleState();
  const { byCode: fields } = useActivityFields();
  const r = entry.record;
  const date = (value: unknown) => formatLocalDate(value as string | null, locale);
  switch (entry.kind) {
    case 'award':
      return (
        <>
          <AwardTypeField source="awardTypeCode" />
          <Details
            parts={[
              r.decisionNumber && r.decisionDate
                ? translate('exemplar.timeline.decision_dated', { number: r.decisionNumber, date: date(r.decisionDate) })
                : r.decisionNumber
                  ? translate('exemplar.timeline.decision', { number: r.decisionNumber })
                  : r.decisionDate && translate('exemplar.timeline.decision_on', { date: date(r.decisionDate) }),
              r.issuerOrganizationId && <ReferenceField source="issuerOrganizationId" reference="Organization" link="show" />,
              label('authorityRole', r.issuerRole),
              label('awardLevel', r.issuerLevel),
              r.occasion,
              translate('exemplar.timeline.achievement', { key: r.achievementKey }),
            ]}
          />
        </>
      );
    case 'initiative':
      return (
        <>
          <Typography variant="body1">{String(r.title)}</Typography>
          <Details
            parts={[
              label('initiativeKind', r.kind),
              r.recognitionLevel && translate('exemplar.timeline.recognized_at', { level: label('awardLevel', r.recognitionLevel) }),
              r.recognizedOn && translate('exemplar.timeline.recognized_on', { date: date(r.recognizedOn) }),
              r.recognizedByOrganizationId && <ReferenceField source="recognizedByOrganizationId" reference="Organization" link="show" />,
              r.applied === true ? translate('exemplar.timeline.applied') : r.applied === false ? translate('exemplar.timeline.not_applied') : null,
              r.fieldCode && (localName(fields.get(String(r.fieldCode)), locale) || String(r.fieldCode)),
            ]}
          />
        </>
      );
    case 'rating':
      return <Typography variant="body1">{label('ratingLevel', r.level)}</Typography>;
    case 'discipline':
      return (
        <>
          <Typography variant="body1">{label('disciplineForm', r.form)}</Typography>
          <Details
            parts={[
              translate('exemplar.timeline.decided_on', { date: date(r.decidedOn) }),
              r.effectiveTo && translate('exemplar.timeline.effective_to', { date: date(r.effectiveTo) }),
            ]}
          />
        </>
      );
    case 'position':
      return (
        <>
          <Typography variant="body1" component="div">
            {label('roleCode', r.roleCode)} — <ReferenceField source="organizationId" reference="Organization" link="show" />
          </Typography>
          <Details
            parts={[
              r.fromDate && r.toDate
                ? translate('exemplar.validity.range', { from: date(r.fromDate), to: date(r.toDate) })
                : r.fromDate
                  ? translate('exemplar.validity.since', { from: date(r.fromDate) })
                  : r.toDate
                    ? translate('exemplar.validity.until', { to: date(r.toDate) })
                    : null,
            ]}
          />
        </>
      );
  }
}

function TimelineEntry({ entry }: { entry: Entry }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} data-testid="timeline-entry" data-kind={entry.kind} sx={{ alignItems: 'flex-start', py: 1 }}>
      <Chip size="small" color={KIND_COLOR[entry.kind]} label={translate(`exemplar.timeline.kind.${entry.kind}`)} sx={{ minWidth: 110, mt: 0.25 }} />
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <RecordContextProvider value={entry.record}>
          <EntryBody entry={entry} />
        </RecordContextProvider>
      </Box>
      <ResourceContextProvider value={entry.owner.resource}>
        <RecordContextProvider value={entry.owner.record}>
          <DeleteButton redirect={false} mutationMode="pessimistic" size="small" />
        </RecordContextProvider>
      </ResourceContextProvider>
    </Stack>
  );
}

/**
 * A person's achievement record on one time line: awards, initiatives authored, annual ratings,
 * disciplines and positions, newest year first. One query per source (and one for the initiatives
 * the authorships point to); each refetches when a record of its kind is added or deleted.
 */
export function PersonTimeline({ personId }: { personId: Identifier }) {
  const translate = useTranslate();
  const subject = { subjectKind: 'CA_NHAN', subjectId: String(personId) };
  const awards = useGetList('AwardRecord', { filter: subject, sort: { field: 'year', order: 'DESC' }, pagination: ALL });
  const ratings = useGetList('AnnualRating', { filter: subject, sort: { field: 'year', order: 'DESC' }, pagination: ALL });
  const disciplines = useGetList('Discipline', { filter: subject, sort: { field: 'decidedOn', order: 'DESC' }, pagination: ALL });
  const positions = useGetList('Position', { filter: { personId: String(personId) }, sort: { field: 'fromDate', order: 'DESC' }, pagination: ALL });
  const authorships = useGetList('InitiativeAuthor', { filter: subject, sort: { field: 'id', order: 'ASC' }, pagination: ALL });
  const initiativeIds = (authorships.data ?? []).map((a) => a.initiativeId as Identifier);
  const initiatives = useGetMany('Initiative', { ids: initiativeIds }, { enabled: initiativeIds.length > 0 });

  const sources = [awards, ratings, disciplines, positions, authorships];
  const pending = sources.some((s) => s.isPending) || (initiativeIds.length > 0 && initiatives.isPending);
  const error = [...sources, initiatives].find((s) => s.error)?.error as Error | undefined;

  const entries: Entry[] = [
    ...(awards.data ?? []).map((r): Entry => ({ key: `a${r.id}`, kind: 'award', record: r, owner: { resource: 'AwardRecord', record: r }, year: r.year, date: r.decisionDate ?? null })),
    ...(ratings.data ?? []).map((r): Entry => ({ key: `r${r.id}`, kind: 'rating', record: r, owner: { resource: 'AnnualRating', record: r }, year: r.year, date: null })),
    ...(disciplines.data ?? []).map((r): Entry => ({ key: `d${r.id}`, kind: 'discipline', record: r, owner: { resource: 'Discipline', record: r }, year: yearOf(r.decidedOn), date: r.decidedOn })),
    ...(positions.data ?? []).map((r): Entry => ({ key: `p${r.id}`, kind: 'position', record: r, owner: { resource: 'Position', record: r }, year: yearOf(r.fromDate ?? r.toDate), date: r.fromDate ?? r.toDate ?? null })),
    ...(authorships.data ?? []).flatMap((authorship): Entry[] => {
      const initiative = initiatives.data?.find((i) => String(i.id) === String(authorship.initiativeId));
      return initiative
        ? [{ key: `i${authorship.id}`, kind: 'initiative', record: initiative, owner: { resource: 'InitiativeAuthor', record: authorship }, year: yearOf(initiative.recognizedOn), date: initiative.recognizedOn ?? null }]
        : [];
    }),
  ].sort(compareEntries);

  const truncated = sources.some((s) => (s.total ?? 0) > (s.data?.length ?? 0));
  const years: { year: number | null; entries: Entry[] }[] = [];
  for (const entry of entries) {
    const last = years[years.length - 1];
    if (last && last.year === entry.year) last.entries.push(entry);
    else years.push({ year: entry.year, entries: [entry] });
  }

  return (
    <Box data-testid="person-timeline">
      {pending ? <LinearProgress sx={{ mb: 1 }} /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {!pending && !error && entries.length === 0 ? <EmptyNote message="exemplar.timeline.empty" /> : null}
      {years.map(({ year, entries: inYear }) => (
        <Stack key={year ?? 'none'} direction="row" spacing={2} data-testid="timeline-year" sx={{ borderTop: 1, borderColor: 'divider', py: 1 }}>
          <Typography variant="h6" component="h3" sx={{ width: 110, flexShrink: 0, fontVariantNumeric: 'tabular-nums', color: 'text.secondary' }}>
            {year ?? translate('exemplar.timeline.no_year')}
          </Typography>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            {inYear.map((entry) => (
              <TimelineEntry key={entry.key} entry={entry} />
            ))}
          </Box>
        </Stack>
      ))}
      {truncated ? (
        <Typography variant="body2" color="text.secondary">
          {translate('exemplar.timeline.truncated', { count: ALL.perPage })}
        </Typography>
      ) : null}
    </Box>
  );
}
