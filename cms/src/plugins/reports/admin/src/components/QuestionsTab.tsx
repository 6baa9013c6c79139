import { Box, Flex, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useReport } from '../hooks/useReport';
import { useT } from '../hooks/useT';
import type { MessageKey } from '../messages';
import type { QuestionCounts, QuestionReport } from '../../../shared/contracts';
import { formatNumber } from '../utils/format';
import { WRAP } from '../utils/table';
import { ExportButtons } from './ExportButtons';
import { PrintArea, PrintButton } from './PrintArea';

const COLUMNS: Array<[keyof QuestionCounts, MessageKey]> = [
  ['received', 'questions.received'],
  ['answered', 'questions.answered'],
  ['overdue', 'questions.overdue'],
  ['rejected', 'questions.rejected'],
  ['medianWorkingDays', 'questions.median'],
];

const cell = (value: number | null) => (value === null ? '—' : formatNumber(value));

/** Citizens' questions (Hỏi đáp) of the year by month of receipt, site and answering unit. */
export const QuestionsTab = ({ site, year }: { site: string; year: string }) => {
  const t = useT();
  const { data, error, loading } = useReport<QuestionReport>('questions', { site, year });
  if (loading && !data) return <Loader>{t('page.loading')}</Loader>;
  if (!data) return <Typography textColor="danger600">{error ?? t('page.loadFailed')}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={2}>
        <ExportButtons report="questions" params={{ site, year }} csv />
        <PrintButton />
      </Flex>
      <PrintArea>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="alpha" tag="h2">
              {t('questions.title', { year: data.year })}
            </Typography>
            <Typography textColor="neutral600">{data.sites.join(', ')}</Typography>
            <Typography>{t('questions.note')}</Typography>
          </Flex>
          {data.rows.length === 0 ? (
            <Typography textColor="neutral600">{t('empty.year', { year: data.year })}</Typography>
          ) : (
            <Box>
              <Table colCount={8} rowCount={data.rows.length + 2}>
                <Thead>
                  <Tr>
                    {(['scope.month', 'scope.site', 'royalty.unit'] as MessageKey[]).map((key) => (
                      <Th key={key} style={WRAP}>
                        <Typography variant="sigma">{t(key)}</Typography>
                      </Th>
                    ))}
                    {COLUMNS.map(([, key]) => (
                      <Th key={key} style={WRAP}>
                        <Typography variant="sigma">{t(key)}</Typography>
                      </Th>
                    ))}
                  </Tr>
                </Thead>
                <Tbody>
                  {data.rows.map((row) => (
                    <Tr key={`${row.month}|${row.site}|${row.unit}`}>
                      <Td>
                        <Typography>{row.month}</Typography>
                      </Td>
                      <Td style={WRAP}>
                        <Typography>{row.site}</Typography>
                      </Td>
                      <Td style={WRAP}>
                        <Typography>{row.unit}</Typography>
                      </Td>
                      {COLUMNS.map(([field]) => (
                        <Td key={field}>
                          <Typography textColor={field === 'overdue' && row.overdue > 0 ? 'danger600' : undefined}>
                            {cell(row[field])}
                          </Typography>
                        </Td>
                      ))}
                    </Tr>
                  ))}
                  <Tr>
                    <Td>
                      <Typography fontWeight="bold">{t('table.total')}</Typography>
                    </Td>
                    <Td />
                    <Td />
                    {COLUMNS.map(([field]) => (
                      <Td key={field}>
                        <Typography fontWeight="bold">{cell(data.total[field])}</Typography>
                      </Td>
                    ))}
                  </Tr>
                </Tbody>
              </Table>
            </Box>
          )}
        </Flex>
      </PrintArea>
    </Flex>
  );
};
