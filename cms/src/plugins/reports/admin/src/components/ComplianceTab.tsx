import { Badge, Box, Flex, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useReport } from '../hooks/useReport';
import { useT } from '../hooks/useT';
import type { ComplianceOverview, ComplianceStatus } from '../../../shared/contracts';
import { formatNumber } from '../utils/format';
import { ExportButtons } from './ExportButtons';
import { PrintArea, PrintButton } from './PrintArea';

// Green, amber, red; the badge always says the status in words too.
const BADGE: Record<ComplianceStatus, string> = { ok: 'success', stale: 'warning', missing: 'danger' };

const dateTime = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' });

/** "Tuân thủ NĐ 42": each site's mandatory sections (Nghị định 42/2022/NĐ-CP), present, filled and fresh. */
export const ComplianceTab = ({ site }: { site: string }) => {
  const t = useT();
  const { data, error, loading } = useReport<ComplianceOverview>('compliance', { site });
  if (loading && !data) return <Loader>{t('page.loading')}</Loader>;
  if (!data) return <Typography textColor="danger600">{error ?? t('page.loadFailed')}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={2}>
        <ExportButtons report="compliance" params={{ site }} csv />
        <PrintButton />
      </Flex>
      <PrintArea>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="alpha" tag="h2">
              {t('compliance.title')}
            </Typography>
            <Typography>{t('compliance.note', { at: dateTime.format(new Date(data.checkedAt)) })}</Typography>
          </Flex>
          {data.sites.map((entry) => (
            <Flex key={entry.documentId} direction="column" alignItems="stretch" gap={2}>
              <Typography variant="beta" tag="h3">
                {entry.name}
              </Typography>
              <Typography textColor="neutral600">
                {t('compliance.summary', {
                  ok: entry.summary.ok,
                  stale: entry.summary.stale,
                  missing: entry.summary.missing,
                })}
              </Typography>
              <Box>
                <Table colCount={5} rowCount={entry.sections.length + 1}>
                  <Thead>
                    <Tr>
                      {(
                        ['compliance.section', 'compliance.status', 'compliance.count', 'compliance.updated', 'compliance.reason'] as const
                      ).map((key) => (
                        <Th key={key}>
                          <Typography variant="sigma">{t(key)}</Typography>
                        </Th>
                      ))}
                    </Tr>
                  </Thead>
                  <Tbody>
                    {entry.sections.map((row) => (
                      <Tr key={row.section}>
                        <Td>
                          <Typography>{row.label}</Typography>
                        </Td>
                        <Td>
                          <Badge backgroundColor={`${BADGE[row.status]}100`} textColor={`${BADGE[row.status]}700`}>
                            {data.statusLabels[row.status]}
                          </Badge>
                        </Td>
                        <Td>
                          <Typography>{formatNumber(row.count)}</Typography>
                        </Td>
                        <Td>
                          <Typography>{row.lastUpdated ? dateTime.format(new Date(row.lastUpdated)) : '—'}</Typography>
                        </Td>
                        <Td>
                          <Typography>{row.reason}</Typography>
                        </Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              </Box>
            </Flex>
          ))}
        </Flex>
      </PrintArea>
    </Flex>
  );
};
