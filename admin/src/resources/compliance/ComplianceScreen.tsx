import { useMemo, useState } from 'react';
import { gql, useQuery } from '@apollo/client';
import { Alert, Box, Button, Card, CardContent, Chip, Link, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Title, useCreatePath, useGetList, useLocaleState, useLocation, useNavigate, useTranslate } from 'react-admin';
import { matchesWords } from '../../data/catalogue';
import { localizedMessage } from '../../data/dataProvider';
import { formatLocalDate, todayLocalDate } from '../../fields/format';
import { fromDayMonthYear, toDayMonthYear } from '../../fields/LocalDateInput';
import { boundLabel, complianceColour, COMPLIANCE_PATH, complianceSearch, filterRows, groupByRule, readParams, rowNote, type ComplianceParams, type ComplianceRow, type RuleGroup } from './format';

export { COMPLIANCE_PATH, complianceSearch };
import { COMPLIANCE_STATUSES } from '@exemplar/shared';

export const QUOTA_COMPLIANCE = gql`
  query ConsoleQuotaCompliance($planId: ID!, $year: Int!, $quarter: Int, $asOf: LocalDate) {
    quotaCompliance(planId: $planId, year: $year, quarter: $quarter, asOf: $asOf) {
      quotaRuleId quotaKey quotaText per bound required period deadline organizationId organizationName sector count status countedPredecessorIds noteVi noteEn
    }
  }
`;

export function ComplianceChip({ status }: { status: string }) {
  const translate = useTranslate();
  return <Chip size="small" data-status={status} color={complianceColour(status)} label={translate(`exemplar.compliance.status.${status}`, { _: status })} />;
}

function Controls({ params }: { params: ComplianceParams }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { data: plans } = useGetList<{ id: string; code: string; title: string }>('Plan', { pagination: { page: 1, perPage: 200 }, sort: { field: 'code', order: 'ASC' } });
  const [planId, setPlanId] = useState(params.planId ?? '');
  const [year, setYear] = useState(String(params.year ?? new Date().getFullYear()));
  const [quarter, setQuarter] = useState(params.quarter ? String(params.quarter) : '');
  const [asOf, setAsOf] = useState(toDayMonthYear(params.asOf ?? ''));
  const asOfIso = fromDayMonthYear(asOf);
  const asOfValid = asOfIso === null || /^\d{4}-\d{2}-\d{2}$/.test(asOfIso);
  const yearValid = /^\d{4}$/.test(year.trim());
  const show = () => {
    if (!planId || !yearValid || !asOfValid) return;
    navigate({ pathname: COMPLIANCE_PATH, search: complianceSearch({ planId, year: Number(year), quarter: quarter ? Number(quarter) : null, asOf: asOfIso }) });
  };
  return (
    <Stack
      direction="row"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        show();
      }}
      sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}
      data-testid="compliance-controls"
    >
      <TextField select size="small" label={translate('exemplar.compliance.plan')} value={plans?.length ? planId : ''} onChange={(e) => setPlanId(e.target.value)} sx={{ minWidth: 360, maxWidth: 520 }}>
        {(plans ?? []).map((plan) => (
          <MenuItem key={plan.id} value={plan.id} data-code={plan.code}>
            {`${plan.code} — ${plan.title}`}
          </MenuItem>
        ))}
      </TextField>
      <TextField size="small" label={translate('exemplar.compliance.year')} value={year} onChange={(e) => setYear(e.target.value)} error={!yearValid} slotProps={{ htmlInput: { inputMode: 'numeric' } }} sx={{ width: 110 }} />
      <TextField select size="small" label={translate('exemplar.compliance.quarter')} value={quarter} onChange={(e) => setQuarter(e.target.value)} sx={{ width: 150 }}>
        <MenuItem value="">{translate('exemplar.compliance.all_quarters')}</MenuItem>
        {[1, 2, 3, 4].map((q) => (
          <MenuItem key={q} value={String(q)}>
            {`${translate('exemplar.compliance.quarter')} ${['I', 'II', 'III', 'IV'][q - 1]}`}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        label={translate('exemplar.compliance.as_of')}
        value={asOf}
        placeholder={toDayMonthYear(todayLocalDate())}
        onChange={(e) => setAsOf(e.target.value)}
        error={!asOfValid}
        helperText={asOfValid ? ' ' : translate('exemplar.date.invalid')}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ width: 170 }}
      />
      <Button type="submit" variant="contained" disabled={!planId || !yearValid || !asOfValid}>
        {translate('exemplar.compliance.show')}
      </Button>
    </Stack>
  );
}

function UnitCell({ row }: { row: ComplianceRow }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (row.organizationId) {
    return (
      <Link href={`#${createPath({ resource: 'Organization', id: row.organizationId, type: 'show' })}`} underline="hover">
        {row.organizationName ?? row.organizationId}
      </Link>
    );
  }
  return <>{translate('exemplar.compliance.sector', { sector: row.sector ? translate(`exemplar.vocabulary.sector.${row.sector}`, { _: row.sector }) : '—' })}</>;
}

/** The count, linked to the nominations it counts (of the unit, plan and year). */
function CountCell({ row, params }: { row: ComplianceRow; params: ComplianceParams }) {
  const createPath = useCreatePath();
  if (!row.organizationId || !params.planId) return <>{row.count}</>;
  const filter = { planId: params.planId, quotaRuleId: row.quotaRuleId, nominatingOrganizationId: row.organizationId, ...(/^\d{4}/.test(row.period) ? { periodYear: Number(row.period.slice(0, 4)) } : {}) };
  return (
    <Link href={`#${createPath({ resource: 'Nomination', type: 'list' })}?filter=${encodeURIComponent(JSON.stringify(filter))}`} underline="hover" data-testid="compliance-count">
      {row.count}
    </Link>
  );
}

function RuleTable({ group, params, rows }: { group: RuleGroup; params: ComplianceParams; rows: ComplianceRow[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const periods = new Set(group.rows.map((r) => r.period));
  const t = (k: string) => translate(`exemplar.compliance.${k}`);
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid={`compliance-rule-${group.quotaKey}`}>
      <CardContent>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            <code>{group.quotaKey}</code>
          </Typography>
          <Chip size="small" variant="outlined" label={translate(`exemplar.compliance.per.${group.per}`, { _: group.per })} />
          {COMPLIANCE_STATUSES.filter((s) => group.tally[s]).map((s) => (
            <Chip key={s} size="small" color={complianceColour(s)} variant="outlined" label={`${translate(`exemplar.compliance.status.${s}`)}: ${group.tally[s]}`} />
          ))}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {group.quotaText}
        </Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('unit')}</TableCell>
              {periods.size > 1 ? <TableCell>{t('period')}</TableCell> : null}
              <TableCell>{t('required')}</TableCell>
              <TableCell>{t('count')}</TableCell>
              <TableCell>{t('status_label')}</TableCell>
              <TableCell>{t('deadline')}</TableCell>
              <TableCell>{t('note')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow
                key={`${row.period}-${row.organizationId ?? row.sector}`}
                data-testid="compliance-row"
                data-quota-key={row.quotaKey}
                data-organization-id={row.organizationId ?? ''}
                data-sector={row.sector ?? ''}
                data-period={row.period}
                data-count={row.count}
                data-status={row.status}
              >
                <TableCell>
                  <UnitCell row={row} />
                </TableCell>
                {periods.size > 1 ? <TableCell>{row.period}</TableCell> : null}
                <TableCell data-testid="compliance-required">{boundLabel(row.bound, row.required)}</TableCell>
                <TableCell>
                  <CountCell row={row} params={params} />
                </TableCell>
                <TableCell>
                  <ComplianceChip status={row.status} />
                </TableCell>
                <TableCell>{formatLocalDate(row.deadline, locale)}</TableCell>
                <TableCell sx={{ maxWidth: 360 }}>
                  <Typography variant="caption">{rowNote(row, locale) ?? ''}</Typography>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

function Report({ params }: { params: ComplianceParams }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [words, setWords] = useState('');
  const [status, setStatus] = useState('');
  const { data, error, loading } = useQuery<{ quotaCompliance: ComplianceRow[] }>(QUOTA_COMPLIANCE, {
    variables: { planId: params.planId, year: params.year, quarter: params.quarter, asOf: params.asOf },
    fetchPolicy: 'network-only',
  });
  const groups = useMemo(() => groupByRule(data?.quotaCompliance ?? []), [data]);
  if (error) return <Alert severity="error">{localizedMessage(error, locale) ?? translate('ra.notification.http_error')}</Alert>;
  if (loading && !data) return null;
  if (!groups.length) return <Alert severity="info">{translate('exemplar.compliance.no_rows')}</Alert>;
  const matches = (row: ComplianceRow) => !words.trim() || matchesWords(words, row.organizationName, row.sector ? translate(`exemplar.vocabulary.sector.${row.sector}`, { _: row.sector }) : null);
  return (
    <Box data-testid="compliance-report">
      <Stack direction="row" sx={{ gap: 2, my: 2, flexWrap: 'wrap' }}>
        <TextField size="small" label={translate('exemplar.compliance.search')} value={words} onChange={(e) => setWords(e.target.value)} sx={{ minWidth: 280 }} />
        <TextField select size="small" label={translate('exemplar.compliance.status_label')} value={status} onChange={(e) => setStatus(e.target.value)} sx={{ minWidth: 200 }}>
          <MenuItem value="">{translate('exemplar.compliance.any_status')}</MenuItem>
          {COMPLIANCE_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {translate(`exemplar.compliance.status.${s}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {groups.map((group) => {
        const rows = filterRows(group.rows, matches, status || null);
        return rows.length ? <RuleTable key={group.quotaRuleId} group={group} params={params} rows={rows} /> : null;
      })}
    </Box>
  );
}

/** Tình hình thực hiện chỉ tiêu: a plan's quotas for a year (or a quarter) as of a day, one table per quota rule. */
export function ComplianceScreen() {
  const translate = useTranslate();
  const location = useLocation();
  const params = readParams(location.search);
  const ready = Boolean(params.planId && params.year);
  return (
    <Paper sx={{ p: 2, mt: 1 }} data-testid="compliance-screen">
      <Title title={translate('exemplar.compliance.title')} />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate('exemplar.compliance.title')}
      </Typography>
      <Controls key={location.search} params={params} />
      {ready ? <Report params={params} /> : <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>{translate('exemplar.compliance.pick_plan')}</Typography>}
    </Paper>
  );
}
