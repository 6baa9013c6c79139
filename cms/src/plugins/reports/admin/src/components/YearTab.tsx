import { Flex, Grid, Loader, Typography } from '@strapi/design-system';
import { useReport } from '../hooks/useReport';
import { useT } from '../hooks/useT';
import type { YearReport } from '../../../shared/contracts';
import { formatNumber, formatVnd } from '../utils/format';
import { BudgetCards } from './BudgetCards';
import { ExportButtons } from './ExportButtons';
import { OvertimePanel } from './OvertimePanel';
import { PrintArea, PrintButton } from './PrintArea';
import { TallyTable } from './TallyTable';
import { YearNotesForm } from './YearNotesForm';

/** The year-end report, with the figures of the board's 2023 report. */
export const YearTab = ({ site, year }: { site: string; year: string }) => {
  const t = useT();
  const { data, error, loading, reload } = useReport<YearReport>('yearly', { site, year });
  if (loading && !data) return <Loader>{t('page.loading')}</Loader>;
  if (!data) return <Typography textColor="danger600">{error ?? t('page.loadFailed')}</Typography>;
  const half = (node: React.ReactNode) => (
    <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
      {node}
    </Grid.Item>
  );
  const total = data.budgetTotal;
  const empty = t('empty.year', { year: data.year });
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={2}>
        <ExportButtons report="yearly" params={{ site, year }} docx />
        <PrintButton />
      </Flex>
      <PrintArea>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="alpha" tag="h2">
              {t('yearly.title', { year: data.year })}
            </Typography>
            <Typography textColor="neutral600">{data.sites.join(', ')}</Typography>
            <Typography fontWeight="bold">
              {t('monthly.articles', { count: data.articles.total })} — {t('monthly.documents', { count: data.documents.total })}
            </Typography>
            <Typography>
              {t('yearly.budget')}: {t('budget.amount')} {formatVnd(total.amount)} · {t('budget.spent')} {formatVnd(total.spent)} ·{' '}
              {t('budget.committed')} {formatVnd(total.committed)} · {t('budget.remaining')} {formatVnd(total.remaining)}
            </Typography>
            <Typography>
              {t('yearly.participation', {
                received: data.participation.questions.received,
                answered: data.participation.questions.answered,
                comments: data.participation.comments.total.count,
              })}
            </Typography>
            {data.visits ? (
              <Typography>
                {t('yearly.visits', {
                  visits: formatNumber(data.visits.total),
                  views: formatNumber(data.visits.views),
                  average: formatNumber(data.visits.averagePerDay ?? 0),
                  days: data.visits.days,
                })}
              </Typography>
            ) : (
              <Typography textColor="neutral600">{t('yearly.noVisits', { year: data.year })}</Typography>
            )}
          </Flex>
          <Grid.Root gap={6}>
            {half(<TallyTable empty={empty} title={t('yearly.byMonth')} first={t('scope.month')} tally={data.articles.byMonth} />)}
            {half(<TallyTable empty={empty} title={t('monthly.byKind')} first={t('table.kind')} tally={data.documents.byKind} />)}
            {data.visits &&
              half(<TallyTable empty={empty} title={t('yearly.visitsByMonth')} first={t('scope.month')} tally={data.visits.byMonth} />)}
            {half(<TallyTable empty={empty} title={t('yearly.topUnits')} first={t('royalty.unit')} tally={data.topUnits} limit={10} />)}
            {half(<TallyTable empty={empty} title={t('monthly.byForm')} first={t('royalty.form')} tally={data.articles.byForm} />)}
            {half(
              <TallyTable
                empty={empty}
                title={t('yearly.royaltiesByMonth')}
                first={t('scope.month')}
                tally={data.royalties.byMonth}
                countLabel={t('table.records')}
                money
              />
            )}
            {half(
              <TallyTable
                empty={empty}
                title={t('monthly.royalties')}
                first={t('royalty.status')}
                tally={data.royalties.byStatus}
                countLabel={t('table.records')}
                money
              />
            )}
          </Grid.Root>
          <BudgetCards budgets={data.budgets} year={data.year} />
        </Flex>
      </PrintArea>
      <OvertimePanel key={year} site={site} year={year} onChanged={() => void reload()} />
      {site && site !== 'all' ? (
        <YearNotesForm site={site} year={year} onSaved={() => void reload()} />
      ) : (
        <Typography textColor="neutral600">{t('notes.pickSite')}</Typography>
      )}
    </Flex>
  );
};
