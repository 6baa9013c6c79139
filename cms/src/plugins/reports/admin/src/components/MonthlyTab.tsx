import { Flex, Grid, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useReport } from '../hooks/useReport';
import { useT } from '../hooks/useT';
import type { MonthlyReport } from '../../../shared/contracts';
import { formatVnd, monthLabel } from '../utils/format';
import { DirectionSection } from './DirectionSection';
import { EmptyRow } from './EmptyRow';
import { ExportButtons } from './ExportButtons';
import { PrintArea, PrintButton } from './PrintArea';
import { ReportSettingsForm } from './ReportSettingsForm';
import { TallyTable } from './TallyTable';
import { VisitSummaryTable } from './VisitSummaryTable';

/** The report of the 24th, printable as shown and exported to XLSX; a single site's period settings above it. */
export const MonthlyTab = ({ site, month }: { site: string; month: string }) => {
  const t = useT();
  const { data, error, loading, reload } = useReport<MonthlyReport>('monthly', { site, month });
  if (loading && !data) return <Loader>{t('page.loading')}</Loader>;
  if (!data) return <Typography textColor="danger600">{error ?? t('page.loadFailed')}</Typography>;
  const empty = t('empty.month', { month: monthLabel(month) });
  const half = (node: React.ReactNode) => (
    <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
      {node}
    </Grid.Item>
  );
  const royaltyMonths = [...new Set(data.periods.map((period) => period.royaltyLabel.toLowerCase()))].join(', ');
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {site !== 'all' && <ReportSettingsForm site={site} onSaved={() => void reload()} />}
      <Flex gap={2}>
        <ExportButtons report="monthly" params={{ site, month }} />
        <PrintButton />
      </Flex>
      <PrintArea>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="alpha" tag="h2">
              {t('monthly.title', { month: data.label.toLowerCase() })}
            </Typography>
            <Typography textColor="neutral600">{data.sites.join(', ')}</Typography>
            {data.periods.map((period) => (
              <Typography key={`${period.kind}/${period.reportDay}`}>
                {data.periods.length > 1 ? `${period.sites.join(', ')}: ` : ''}
                {t('monthly.period', {
                  period: period.label,
                  kind: period.kindLabel.toLowerCase(),
                  royalties: period.royaltyLabel.toLowerCase(),
                })}
              </Typography>
            ))}
            <Typography fontWeight="bold">
              {t('monthly.articles', { count: data.articles.total })} — {t('monthly.documents', { count: data.documents.total })}
            </Typography>
          </Flex>
          <Grid.Root gap={6}>
            {half(
              <TallyTable empty={empty} title={t('monthly.byCategory')} first={t('table.category')} tally={data.articles.byCategory} />
            )}
            {half(<TallyTable empty={empty} title={t('monthly.byForm')} first={t('royalty.form')} tally={data.articles.byForm} />)}
            {half(<TallyTable empty={empty} title={t('monthly.byUnit')} first={t('royalty.unit')} tally={data.articles.byUnit} />)}
            {half(<TallyTable empty={empty} title={t('monthly.bySite')} first={t('scope.site')} tally={data.articles.bySite} />)}
            {half(<TallyTable empty={empty} title={t('monthly.byKind')} first={t('table.kind')} tally={data.documents.byKind} />)}
            {half(
              <TallyTable
                empty={empty}
                title={t('monthly.royaltiesOf', { months: royaltyMonths })}
                first={t('royalty.status')}
                tally={data.royalties.byStatus}
                countLabel={t('table.records')}
                money
              />
            )}
          </Grid.Root>
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography variant="delta" tag="h3">
              {t('monthly.top')}
            </Typography>
            <Table colCount={3} rowCount={Math.max(data.topContributors.length, 1) + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Typography variant="sigma">{t('royalty.contributor')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t('monthly.pieces')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t('monthly.royaltiesOf', { months: royaltyMonths })}</Typography>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {data.topContributors.length === 0 && <EmptyRow colSpan={3} text={empty} />}
                {data.topContributors.map((row) => (
                  <Tr key={row.name}>
                    <Td>
                      <Typography>{row.name}</Typography>
                    </Td>
                    <Td>
                      <Typography>{row.pieces}</Typography>
                    </Td>
                    <Td>
                      <Typography>{formatVnd(row.amount)}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Flex>
          <VisitSummaryTable summary={data.visits} />
          <DirectionSection next={data.nextMonth} />
        </Flex>
      </PrintArea>
    </Flex>
  );
};
