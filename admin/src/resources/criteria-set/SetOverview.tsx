import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Labeled, useLocaleState, useTranslate } from 'react-admin';
import { describeParameterDefault, type CriteriaSet } from '@exemplar/shared';
import { localName, useAwardTypes } from '../../data/catalogue';
import { vocabularyKey } from '../../i18n/vocabulary';
import { EmptyNote, Section } from '../../layout/Section';
import { OriginChip } from './CriteriaSetList';
import { langOf, localText, type CriteriaSetRecord } from './definition';

/** The set's header: what it is, where it comes from, its period and how its criteria combine. */
export function SetOverview({ record, set }: { record: CriteriaSetRecord; set: CriteriaSet }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { byCode } = useAwardTypes();
  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2 }} data-testid="criteria-set-overview">
      <Box>
        <Typography variant="h5" component="h1">
          {localText(set.title, locale)}
        </Typography>
        {set.description ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {localText(set.description, locale)}
          </Typography>
        ) : null}
      </Box>
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 2 }}>
        <Labeled label="resources.CriteriaSet.fields.code">
          <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
            {set.code}
          </Typography>
        </Labeled>
        <Labeled label="resources.CriteriaSet.fields.origin">
          <Box>
            <OriginChip origin={record.origin} />
          </Box>
        </Labeled>
        {record.awardTypeCode ? (
          <Labeled label="resources.CriteriaSet.fields.awardTypeCode">
            <Typography variant="body2">{localName(byCode.get(record.awardTypeCode), locale) || record.awardTypeCode}</Typography>
          </Labeled>
        ) : null}
        <Labeled label="exemplar.criteria.period">
          <Typography variant="body2">{set.period ? translate('exemplar.criteria.period_value', { from: set.period.from, to: set.period.to }) : translate('exemplar.criteria.no_period')}</Typography>
        </Labeled>
        <Labeled label="exemplar.criteria.combine_label">
          <Typography variant="body2">{translate(`exemplar.criteria.combine.${set.combine}`)}</Typography>
        </Labeled>
        <Labeled label="resources.CriteriaSet.fields.criteriaCount">
          <Typography variant="body2">{set.criteria.length}</Typography>
        </Labeled>
        <Labeled label="resources.CriteriaSet.fields.version">
          <Typography variant="body2">{record.version}</Typography>
        </Labeled>
      </Stack>
      {set.source ? (
        <Labeled label="exemplar.criteria.source">
          <Typography variant="body2">{set.source}</Typography>
        </Labeled>
      ) : null}
    </Box>
  );
}

/** Where a plan's text is vague, the set names a parameter: its title, and what it is unless an evaluation says otherwise. */
export function SetParameters({ set }: { set: CriteriaSet }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Section title="exemplar.criteria.section.parameters" testId="criteria-set-parameters">
      {set.parameters.length === 0 ? (
        <EmptyNote message="exemplar.criteria.no_parameters" />
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('exemplar.criteria.parameter.title')}</TableCell>
              <TableCell>{translate('exemplar.criteria.parameter.default')}</TableCell>
              <TableCell>{translate('exemplar.criteria.parameter.note')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {set.parameters.map((p) => (
              <TableRow key={p.name}>
                <TableCell sx={{ width: '35%' }}>
                  {localText(p.title, locale)}
                  <Typography variant="caption" component="div" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                    {p.name}
                  </Typography>
                </TableCell>
                <TableCell sx={{ width: '30%' }}>{describeParameterDefault(p, { lang: langOf(locale) })}</TableCell>
                <TableCell>
                  <Typography variant="body2" color="text.secondary">
                    {p.note ?? '—'}
                  </Typography>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}

/** Role-exclusive groups: a person is judged by the first group whose roles they hold. */
export function SetRoleGroups({ set }: { set: CriteriaSet }) {
  const translate = useTranslate();
  // Plans name roles the record's vocabulary does not list (Chánh Văn phòng, Hiệu trưởng…).
  const roleLabel = (role: string) => translate(vocabularyKey('roleCode', role), { _: translate(`exemplar.criteria.role.${role}`, { _: role }) });
  const [locale] = useLocaleState();
  if (set.roleGroups.length === 0) return null;
  return (
    <Section title="exemplar.criteria.section.role_groups" testId="criteria-set-role-groups">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('exemplar.criteria.role_groups_help')}
      </Typography>
      <Box component="ol" sx={{ m: 0, pl: 3, display: 'grid', gap: 1 }}>
        {set.roleGroups.map((group) => (
          <Box component="li" key={group.code}>
            <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {localText(group.title, locale)}
              </Typography>
              {group.leadership ? <Chip size="small" color="info" label={translate('exemplar.criteria.role_group.leadership')} /> : null}
              {group.fallback ? <Chip size="small" label={translate('exemplar.criteria.role_group.fallback')} /> : null}
            </Stack>
            {group.match.map((m, i) => (
              <Stack key={i} direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
                {m.roles.map((role) => (
                  <Chip key={role} size="small" variant="outlined" label={roleLabel(role)} />
                ))}
                {m.organizationKinds?.length ? (
                  <Typography variant="caption" color="text.secondary">
                    {translate('exemplar.criteria.role_group.at', {
                      kinds: m.organizationKinds.map((k) => translate(vocabularyKey('organizationKind', k), { _: k })).join(', '),
                    })}
                  </Typography>
                ) : null}
              </Stack>
            ))}
          </Box>
        ))}
      </Box>
    </Section>
  );
}
