import { Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import type { Tally } from '../../../shared/contracts';
import { formatNumber, formatVnd } from '../utils/format';

interface Props {
  title: string;
  first: string;
  tally: Tally;
  countLabel?: string;
  /** Show the amount column (royalty tables). */
  money?: boolean;
  /** Only the first rows (the top units), the total still covering all of them. */
  limit?: number;
}

/** A report table whose last row is the total of the rows above it. */
export const TallyTable = ({ title, first, tally, countLabel, money = false, limit }: Props) => {
  const t = useT();
  const rows = limit ? tally.rows.slice(0, limit) : tally.rows;
  return (
    <Box>
      <Typography variant="delta" tag="h3">
        {title}
      </Typography>
      <Box paddingTop={2}>
        <Table colCount={money ? 3 : 2} rowCount={rows.length + 2}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{first}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{countLabel ?? t('table.count')}</Typography>
              </Th>
              {money && (
                <Th>
                  <Typography variant="sigma">{t('table.amount')}</Typography>
                </Th>
              )}
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((row) => (
              <Tr key={row.key}>
                <Td>
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
        <Box paddingTop={2}>
          <Typography fontWeight="bold">
            {t('table.total')}: {formatNumber(tally.total.count)}
            {money ? ` — ${formatVnd(tally.total.amount)}` : ''}
          </Typography>
        </Box>
      </Box>
    </Box>
  );
};
