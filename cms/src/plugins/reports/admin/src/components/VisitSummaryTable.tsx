import { Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import type { MessageKey } from '../messages';
import type { VisitSummary } from '../../../shared/contracts';
import { formatNumber } from '../utils/format';
import { WRAP } from '../utils/table';

const HEADERS: MessageKey[] = ['visits.site', 'visits.visits', 'visits.views', 'visits.bots'];

/** The visitor figures of a report's period per site, with the total and the average per day. */
export const VisitSummaryTable = ({ summary }: { summary: VisitSummary }) => {
  const t = useT();
  const { total } = summary;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="delta" tag="h3">
        {t('tab.visits')}
      </Typography>
      <Typography textColor="neutral600">
        {total.days === 0
          ? t('visits.none')
          : t('visits.summary', {
              visits: formatNumber(total.visits),
              views: formatNumber(total.views),
              days: total.days,
              average: formatNumber(total.averageVisitsPerDay),
            })}
      </Typography>
      <Table colCount={4} rowCount={summary.bySite.length + 2}>
        <Thead>
          <Tr>
            {HEADERS.map((key) => (
              <Th key={key} style={WRAP}>
                <Typography variant="sigma">{t(key)}</Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {[
            ...summary.bySite.map((row) => ({ key: String(row.siteId), label: row.name, row })),
            { key: 'total', label: t('table.total'), row: total },
          ].map(({ key, label, row }) => (
            <Tr key={key}>
              <Td style={WRAP}>
                <Typography fontWeight={key === 'total' ? 'bold' : undefined}>{label}</Typography>
              </Td>
              {(['visits', 'views', 'bots'] as const).map((field) => (
                <Td key={field}>
                  <Typography fontWeight={key === 'total' ? 'bold' : undefined}>{formatNumber(row[field])}</Typography>
                </Td>
              ))}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Flex>
  );
};
