import * as React from 'react';
import { Box, Button, Flex, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useReport } from '../hooks/useReport';
import { useT } from '../hooks/useT';
import type { MessageKey } from '../messages';
import type { VisitCounts, VisitMonth } from '../../../shared/contracts';
import { readError } from '../utils/errors';
import { formatNumber, monthLabel } from '../utils/format';
import { WRAP } from '../utils/table';
import { ExportButtons } from './ExportButtons';
import { PrintArea, PrintButton } from './PrintArea';

const COUNTS: Array<[keyof VisitCounts, MessageKey]> = [
  ['visits', 'visits.visits'],
  ['views', 'visits.views'],
  ['bots', 'visits.bots'],
];

const dayLabel = (day: string) => day.split('-').reverse().join('/');

const Header = ({ first }: { first: MessageKey[] }) => {
  const t = useT();
  return (
    <Thead>
      <Tr>
        {[...first, ...COUNTS.map(([, key]) => key)].map((key) => (
          <Th key={key} style={WRAP}>
            <Typography variant="sigma">{t(key)}</Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
  );
};

const Counts = ({ row, bold = false }: { row: VisitCounts; bold?: boolean }) => (
  <>
    {COUNTS.map(([field]) => (
      <Td key={field}>
        <Typography fontWeight={bold ? 'bold' : undefined}>{formatNumber(row[field])}</Typography>
      </Td>
    ))}
  </>
);

/** Lượt truy cập: the month's visits and page views per day (with a bar), per site, the top pages and the public counters. */
export const VisitsTab = ({ site, month }: { site: string; month: string }) => {
  const t = useT();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { data, error, loading, reload } = useReport<VisitMonth>('visits', { site, month });
  const [saving, setSaving] = React.useState<string | null>(null);
  if (loading && !data) return <Loader>{t('page.loading')}</Loader>;
  if (!data) return <Typography textColor="danger600">{error ?? t('page.loadFailed')}</Typography>;
  const most = Math.max(1, ...data.byDay.map((row) => row.visits));
  const total = data.summary.total;

  const toggle = async (documentId: string, enabled: boolean) => {
    setSaving(documentId);
    try {
      await post('/reports/visits/counter', { site: documentId, enabled });
      toggleNotification({ type: 'success', message: t('visits.counterSaved') });
      await reload();
    } catch (caught) {
      toggleNotification({ type: 'danger', message: readError(caught).message ?? t('page.loadFailed') });
    } finally {
      setSaving(null);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={2}>
        <ExportButtons report="visits" params={{ site, month }} csv />
        <PrintButton />
      </Flex>
      <PrintArea>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="alpha" tag="h2">
              {t('visits.title', { month: monthLabel(data.month) })}
            </Typography>
            <Typography>{data.lastDay ? t('visits.note', { last: dayLabel(data.lastDay) }) : t('visits.none')}</Typography>
            <Typography fontWeight="bold">
              {t('visits.summary', {
                visits: formatNumber(total.visits),
                views: formatNumber(total.views),
                days: total.days,
                average: formatNumber(total.averageVisitsPerDay),
              })}
            </Typography>
          </Flex>
          {data.byDay.length === 0 ? (
            <Typography textColor="neutral600">{t('empty.month', { month: monthLabel(data.month) })}</Typography>
          ) : (
            <>
              <Table colCount={5} rowCount={data.byDay.length + 2}>
                <Header first={['visits.day']} />
                <Tbody>
                  {data.byDay.map((row) => (
                    <Tr key={row.day}>
                      <Td>
                        <Flex gap={2}>
                          <Typography>{dayLabel(row.day)}</Typography>
                          <Box background="primary500" height="8px" style={{ width: `${Math.round((row.visits / most) * 120)}px` }} />
                        </Flex>
                      </Td>
                      <Counts row={row} />
                    </Tr>
                  ))}
                  <Tr>
                    <Td>
                      <Typography fontWeight="bold">{t('table.total')}</Typography>
                    </Td>
                    <Counts row={total} bold />
                  </Tr>
                </Tbody>
              </Table>
              <Typography variant="delta" tag="h3">
                {t('visits.bySite')}
              </Typography>
              <Table colCount={4} rowCount={data.summary.bySite.length + 1}>
                <Header first={['visits.site']} />
                <Tbody>
                  {data.summary.bySite.map((row) => (
                    <Tr key={row.siteId}>
                      <Td style={WRAP}>
                        <Typography>{row.name}</Typography>
                      </Td>
                      <Counts row={row} />
                    </Tr>
                  ))}
                </Tbody>
              </Table>
              <Typography variant="delta" tag="h3">
                {t('visits.topPages')}
              </Typography>
              <Table colCount={4} rowCount={data.topPages.length + 1}>
                <Thead>
                  <Tr>
                    {(['visits.site', 'visits.path', 'visits.views', 'visits.pageVisits'] as MessageKey[]).map((key) => (
                      <Th key={key} style={WRAP}>
                        <Typography variant="sigma">{t(key)}</Typography>
                      </Th>
                    ))}
                  </Tr>
                </Thead>
                <Tbody>
                  {data.topPages.map((row) => (
                    <Tr key={`${row.site}|${row.path}`}>
                      <Td style={WRAP}>
                        <Typography>{row.site}</Typography>
                      </Td>
                      <Td style={WRAP}>
                        <Typography>{row.path}</Typography>
                      </Td>
                      <Td>
                        <Typography>{formatNumber(row.views)}</Typography>
                      </Td>
                      <Td>
                        <Typography>{formatNumber(row.visits)}</Typography>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </>
          )}
        </Flex>
      </PrintArea>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="delta" tag="h3">
          {t('visits.counter')}
        </Typography>
        <Typography textColor="neutral600">{t('visits.counterNote')}</Typography>
        {data.counters.map((counter) => (
          <Flex key={counter.documentId} gap={4}>
            <Box minWidth="280px">
              <Typography>{counter.name}</Typography>
            </Box>
            <Typography textColor={counter.enabled ? 'success600' : 'neutral600'}>
              {counter.enabled ? t('visits.counterOn', { total: formatNumber(counter.total) }) : t('visits.counterOff')}
            </Typography>
            {counter.canToggle && (
              <Button
                size="S"
                variant={counter.enabled ? 'tertiary' : 'secondary'}
                loading={saving === counter.documentId}
                onClick={() => void toggle(counter.documentId, !counter.enabled)}
              >
                {counter.enabled ? t('visits.turnOff') : t('visits.turnOn')}
              </Button>
            )}
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
};
