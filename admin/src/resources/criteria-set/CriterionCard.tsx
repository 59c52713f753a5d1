import { Box, Card, CardContent, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { describeRule, type CriteriaSet, type Criterion, type DescribeLabels } from '@exemplar/shared';
import { localName, useActivityFields } from '../../data/catalogue';
import { vocabularyKey } from '../../i18n/vocabulary';
import { RuleTree } from './RuleTree';
import { langOf, localText } from './definition';

/** The plan's or the Law's words, verbatim: quoted and set apart from our reading of them. */
export function SourceQuote({ text, source }: { text: string; source?: string }) {
  const translate = useTranslate();
  return (
    <Box
      component="figure"
      sx={{ m: 0, pl: 2, pr: 1.5, py: 1, borderLeft: 4, borderColor: 'primary.light', bgcolor: 'grey.50', borderRadius: '0 4px 4px 0' }}
    >
      <Typography component="blockquote" variant="body2" data-testid="source-text" sx={{ m: 0, fontStyle: 'italic', fontFamily: 'Georgia, "Times New Roman", serif', fontSize: '0.95rem' }}>
        «{text}»
      </Typography>
      {source ? (
        <Typography component="figcaption" variant="caption" color="text.secondary">
          — {translate('exemplar.criteria.criterion.cited', { source })}
        </Typography>
      ) : null}
    </Box>
  );
}

export function ConfidenceChip({ confidence, note }: { confidence: Criterion['confidence']; note?: string }) {
  const translate = useTranslate();
  const chip = (
    <Chip
      size="small"
      color={confidence === 'exact' ? 'success' : 'warning'}
      variant={confidence === 'exact' ? 'filled' : 'outlined'}
      label={translate(`exemplar.criteria.confidence.${confidence}`, { _: confidence })}
    />
  );
  return note ? <Tooltip title={note}>{chip}</Tooltip> : chip;
}

/** One criterion: key, title, confidence, whom it applies to, the verbatim text, and its rule in words. */
export function CriterionCard({ criterion, set, labels }: { criterion: Criterion; set: CriteriaSet; labels: DescribeLabels }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { byCode: fields } = useActivityFields();
  const group = criterion.roleGroup ? set.roleGroups.find((g) => g.code === criterion.roleGroup) : undefined;
  const tree = describeRule(criterion.rule, { lang: langOf(locale), labels, parameters: set.parameters });
  return (
    <Card variant="outlined" data-testid={`criterion-${criterion.key}`} component="article">
      <CardContent sx={{ display: 'grid', gap: 1.5, '&:last-child': { pb: 2 } }}>
        <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 1.5 }}>
          <Chip size="small" label={criterion.key} sx={{ fontFamily: 'monospace', borderRadius: 1, mt: '2px' }} />
          <Typography variant="subtitle1" component="h3" sx={{ flex: 1, fontWeight: 600, lineHeight: 1.4 }}>
            {localText(criterion.title, locale)}
          </Typography>
          <ConfidenceChip confidence={criterion.confidence} note={criterion.note} />
        </Stack>
        <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
          <Typography variant="caption" color="text.secondary">
            {translate('resources.Criterion.fields.appliesTo')}:
          </Typography>
          {criterion.appliesTo.map((kind) => (
            <Chip key={kind} size="small" variant="outlined" label={translate(vocabularyKey('subjectKind', kind), { _: kind })} />
          ))}
          {criterion.roleGroup ? (
            <Chip
              size="small"
              color="info"
              variant="outlined"
              label={translate('exemplar.criteria.criterion.role_group', { group: group ? localText(group.title, locale) : criterion.roleGroup })}
            />
          ) : null}
          {criterion.field ? (
            <Chip size="small" variant="outlined" label={translate('exemplar.criteria.criterion.field', { field: localName(fields.get(criterion.field), locale) || criterion.field })} />
          ) : null}
        </Stack>
        <SourceQuote text={criterion.sourceText} source={criterion.source} />
        {criterion.note ? (
          <Typography variant="body2" color="text.secondary" data-testid="encoding-note">
            <Box component="span" sx={{ fontWeight: 600 }}>
              {translate('exemplar.criteria.criterion.note')}:
            </Box>{' '}
            {criterion.note}
          </Typography>
        ) : null}
        <Box>
          <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 2 }}>
            {translate('exemplar.criteria.criterion.rule')}
          </Typography>
          <RuleTree tree={tree} testId={`rule-${criterion.key}`} />
        </Box>
      </CardContent>
    </Card>
  );
}
