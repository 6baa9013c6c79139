import { Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import type { Tally } from '../../../shared/contracts';
import { formatNumber, formatVnd } from '../utils/format';
import { WRAP } from '../utils/table';
import { EmptyRow } from './EmptyRow';

interface Props {
  title: string;
  first: string;
  tally: Tally;
  countLabel?: string;
  /** What the table says when the period has no rows ("Không có dữ liệu trong tháng 11/2026."). */
  empty: string;
  /** Show the amount column (royalty tables). */
  money?: boolean;
  /** Only the first rows (the top units), the total still covering all of them. */
  limit?: number;
}

/** A report table whose last row is the total of the rows above it. */
export const TallyTable = ({ title, first, tally, countLabel, empty, money = false, limit }: Props) => {
  const t = useT();
  const rows = limit ? tally.rows.slice(0, limit) : tally.rows;
  return (
    <Box>
      <Typography variant="delta" tag="h3">
        {title}
      </Typography>
      <Box paddingTop={2}>
        <Table colCount={money ? 3 : 2} rowCount={Math.max(rows.length, 1) + 1}>
          <Thead>
            <Tr>
              <Th style={WRAP}>
                <Typography variant="sigma">{first}</Typography>
              </Th>
              <Th style={WRAP}>
                <Typography variant="sigma">{countLabel ?? t('table.count')}</Typography>
              </Th>
              {money && (
                <Th style={WRAP}>
                  <Typography variant="sigma">{t('table.amount')}</Typography>
                </Th>
              )}
            </Tr>
          </Thead>
          <Tbody>
            {rows.length === 0 && <EmptyRow colSpan={money ? 3 : 2} text={empty} />}
            {rows.map((row) => (
              <Tr key={row.key}>
                <Td style={WRAP}>
                  <Typography>{row.label}</Typography>
                </Td>
                <Td>
                  <Typography>{formatNumber(row.count)}</Typography>
                </Td>
                {money && (
                  <Td>
                    <Typography>{formatVnd(row.amount)}</Typography>
                  </Td>
                )}
              </Tr>
            ))}
          </Tbody>
        </Table>
        {rows.length > 0 && (
          <Box paddingTop={2}>
            <Typography fontWeight="bold">
              {t('table.total')}: {formatNumber(tally.total.count)}
              {money ? ` — ${formatVnd(tally.total.amount)}` : ''}
            </Typography>
          </Box>
        )}
      </Box>
    </Box>
  );
};
