import { Badge, Box, Flex, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useReport } from '../hooks/useReport';
import { useT } from '../hooks/useT';
import type { QuotaDashboard, UnitPeriod } from '../../../shared/contracts';
import { WRAP } from '../utils/table';
import { EmptyRow } from './EmptyRow';
import { ExportButtons } from './ExportButtons';

const BADGE = { met: 'success', behind: 'danger', over: 'warning', 'no-quota': 'neutral' } as const;

const PeriodCell = ({ period }: { period: UnitPeriod }) => {
  const t = useT();
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="pi">{period.label}</Typography>
      {period.own && (
        <Typography>
          {period.city ? t('quota.ownSite') : ''}
          {t('quota.counts', { submitted: period.own.submitted, approved: period.own.approved, published: period.own.published })}
        </Typography>
      )}
      {period.city && (
        <Typography>
          {t('quota.toCity')}
          {t('quota.cityCounts', { proposed: period.city.proposed, published: period.city.published })}
        </Typography>
      )}
      <Badge backgroundColor={`${BADGE[period.state]}100`} textColor={`${BADGE[period.state]}700`}>
        {period.stateLabel}
        {period.missing > 0 ? ` — ${t('quota.missing', { missing: period.missing })}` : ''}
        {period.current && period.state === 'behind' ? ` (${t('quota.current')})` : ''}
      </Badge>
    </Flex>
  );
};

/**
 * Each unit's submitted / approved / published items against its quota, now and in past periods,
 * and for a ward's units what they sent up to the city portal (proposed / published there).
 */
export const QuotasTab = ({ site }: { site: string }) => {
  const t = useT();
  const { data, error, loading } = useReport<QuotaDashboard>('quotas', { site });
  if (loading && !data) return <Loader>{t('page.loading')}</Loader>;
  if (!data) return <Typography textColor="danger600">{error ?? t('page.loadFailed')}</Typography>;
  const periods = Math.max(0, ...data.units.map((row) => row.periods.length));
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <ExportButtons report="quotas" params={{ site }} csv />
      <Box padding={4} hasRadius background={data.behind.length ? 'danger100' : 'success100'}>
        <Typography fontWeight="bold">{data.behind.length ? t('quota.behind') : t('quota.noneBehind')}</Typography>
        <ul>
          {data.behind.map((row) => (
            <li key={`${row.unit}-${row.label}`}>
              <Typography>
                {row.unit} ({row.site}) — {row.label}: {t('quota.missing', { missing: row.missing })}
                {row.current ? ` (${t('quota.current')})` : ''}
              </Typography>
            </li>
          ))}
        </ul>
      </Box>
      <Table colCount={periods + 2} rowCount={Math.max(data.units.length, 1) + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('quota.unit')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('quota.quota')}</Typography>
            </Th>
            {Array.from({ length: periods }, (_, i) => (
              <Th key={i}>
                <Typography variant="sigma">{i === 0 ? t('quota.current') : ''}</Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {data.units.length === 0 && <EmptyRow colSpan={periods + 2} text={t('empty.units')} />}
          {data.units.map((row) => (
            <Tr key={row.unit.documentId}>
              <Td style={{ ...WRAP, minWidth: '12rem' }}>
                <Typography>{row.unit.name}</Typography>
                <Typography variant="pi" textColor="neutral600" tag="p">
                  {row.unit.kindLabel} — {row.unit.site}
                </Typography>
              </Td>
              <Td>
                <Typography>
                  {row.quota
                    ? `${row.quota.minItems}${row.quota.maxItems !== null ? `–${row.quota.maxItems}` : '+'} / ${row.quota.period === 'month' ? 'tháng' : 'quý'}`
                    : '—'}
                </Typography>
                {row.countsOnLabel && !row.unit.onCity && (
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    {t('quota.countsOn', { where: row.countsOnLabel })}
                  </Typography>
                )}
              </Td>
              {row.periods.map((period) => (
                <Td key={period.period} style={WRAP}>
                  <PeriodCell period={period} />
                </Td>
              ))}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Flex>
  );
};
