import * as React from 'react';
import { Box, Button, Checkbox, Flex, Grid, Loader, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useReport } from '../hooks/useReport';
import { useT } from '../hooks/useT';
import type { RoyaltyMonth, RoyaltyRecord } from '../../../shared/contracts';
import { readError } from '../utils/errors';
import { formatNumber, formatVnd, monthLabel } from '../utils/format';
import { AdjustDialog } from './AdjustDialog';
import { BudgetCards } from './BudgetCards';
import { EmptyRow } from './EmptyRow';
import { ExportButtons } from './ExportButtons';
import { TallyTable } from './TallyTable';
import { WRAP } from '../utils/table';

interface Props {
  site: string;
  month: string;
}

/** The month's royalties: statement per contributor and unit, every record, approval and payment. */
export const RoyaltiesTab = ({ site, month }: Props) => {
  const t = useT();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const params = { site, month };
  const { data, error, loading, reload } = useReport<RoyaltyMonth>('royalties', params);
  const [selected, setSelected] = React.useState<Set<string>>(new Set());
  const [adjusting, setAdjusting] = React.useState<RoyaltyRecord | null>(null);
  const [paymentRef, setPaymentRef] = React.useState('');
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => setSelected(new Set()), [site, month]);

  const run = async (path: string, body: Record<string, unknown>) => {
    setBusy(true);
    try {
      const res = await post<{ data: { count?: number } }>(path, body);
      toggleNotification({ type: 'success', message: t('royalty.done', { count: res.data.data.count ?? 0 }) });
      setSelected(new Set());
      await reload();
    } catch (caught) {
      toggleNotification({ type: 'danger', message: readError(caught).message ?? t('page.loadFailed') });
    } finally {
      setBusy(false);
    }
  };

  if (loading && !data) return <Loader>{t('page.loading')}</Loader>;
  if (!data) return <Typography textColor="danger600">{error ?? t('page.loadFailed')}</Typography>;

  const chosen = data.records.filter((r) => selected.has(r.documentId));
  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <BudgetCards budgets={data.budgets} year={Number(month.slice(0, 4))} />
      <Flex gap={2} wrap="wrap">
        <ExportButtons report="royalty-contributors" params={params} csv label={t('export.byContributor')} />
        <ExportButtons report="royalty-units" params={params} csv label={t('export.byUnit')} />
        <ExportButtons report="royalties" params={params} csv label={t('export.records')} />
      </Flex>
      <Grid.Root gap={6}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <TallyTable
            empty={t('empty.royalties', { month: monthLabel(month) })}
            title={t('royalty.byContributor')}
            first={t('royalty.contributor')}
            tally={data.byContributor}
            countLabel={t('table.pieces')}
            money
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <TallyTable
            empty={t('empty.royalties', { month: monthLabel(month) })}
            title={t('royalty.byUnit')}
            first={t('royalty.unit')}
            tally={data.byUnit}
            countLabel={t('table.records')}
            money
          />
        </Grid.Item>
      </Grid.Root>

      {data.missing.length > 0 && (
        <Box padding={4} hasRadius background="warning100">
          <Typography fontWeight="bold">{t('royalty.missing')}</Typography>
          <ul>
            {data.missing.map((piece) => (
              <li key={piece.documentId}>
                <Typography>
                  {piece.title} — {piece.site}
                </Typography>
              </li>
            ))}
          </ul>
          {data.can.adjust && (
            <Button variant="secondary" size="S" loading={busy} onClick={() => void run('/reports/royalties/compute', { site, month })}>
              {t('royalty.compute')}
            </Button>
          )}
        </Box>
      )}

      <Flex direction="column" alignItems="stretch" gap={2}>
        <Flex justifyContent="space-between" wrap="wrap" gap={2}>
          <Typography variant="delta" tag="h3">
            {t('royalty.records')} ({formatNumber(data.total.count)} — {formatVnd(data.total.amount)})
          </Typography>
          <Flex gap={2}>
            {data.can.approve && (
              <Button
                disabled={!chosen.length}
                loading={busy}
                onClick={() => void run('/reports/royalties/approve', { ids: chosen.map((r) => r.documentId) })}
              >
                {t('royalty.approve', { count: chosen.length })}
              </Button>
            )}
            {data.can.pay && (
              <>
                <TextInput
                  aria-label={t('royalty.paymentRef')}
                  placeholder={t('royalty.paymentRef')}
                  size="S"
                  value={paymentRef}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setPaymentRef(e.target.value)}
                />
                <Button
                  disabled={!chosen.length}
                  loading={busy}
                  onClick={() => void run('/reports/royalties/pay', { ids: chosen.map((r) => r.documentId), paymentRef })}
                >
                  {t('royalty.pay', { count: chosen.length })}
                </Button>
              </>
            )}
          </Flex>
        </Flex>
        <Table colCount={9} rowCount={Math.max(data.records.length, 1) + 1}>
          <Thead>
            <Tr>
              <Th>
                <Checkbox
                  aria-label={t('royalty.select')}
                  checked={data.records.length > 0 && chosen.length === data.records.length}
                  onCheckedChange={(on: boolean) => setSelected(new Set(on ? data.records.map((r) => r.documentId) : []))}
                />
              </Th>
              {(
                [
                  'royalty.contributor',
                  'royalty.piece',
                  'royalty.form',
                  'royalty.coefficient',
                  'royalty.share',
                  'table.amount',
                  'royalty.status',
                ] as const
              ).map((key) => (
                <Th key={key} style={WRAP}>
                  <Typography variant="sigma">{t(key)}</Typography>
                </Th>
              ))}
              <Th>
                <Typography variant="sigma">{t('royalty.adjust')}</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {data.records.length === 0 && <EmptyRow colSpan={9} text={t('empty.royalties', { month: monthLabel(month) })} />}
            {data.records.map((record) => (
              <Tr key={record.documentId}>
                <Td>
                  <Checkbox
                    aria-label={t('royalty.select')}
                    checked={selected.has(record.documentId)}
                    onCheckedChange={() => toggle(record.documentId)}
                  />
                </Td>
                <Td style={{ ...WRAP, minWidth: '10rem' }}>
                  <Typography>{record.contributor?.fullName ?? record.contributorName}</Typography>
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    {record.unit?.name}
                  </Typography>
                </Td>
                <Td style={{ ...WRAP, minWidth: '14rem' }}>
                  <Typography>{record.articleTitle}</Typography>
                </Td>
                <Td>
                  <Typography>{record.formLabel}</Typography>
                </Td>
                <Td style={WRAP}>
                  <Typography>{record.coefficient}</Typography>
                  {record.note && (
                    <Typography variant="pi" textColor="neutral600" tag="p">
                      {record.note}
                    </Typography>
                  )}
                </Td>
                <Td>
                  <Typography>{record.share}%</Typography>
                </Td>
                <Td>
                  <Typography>{formatVnd(record.amount)}</Typography>
                </Td>
                <Td style={WRAP}>
                  <Typography>{record.statusLabel}</Typography>
                </Td>
                <Td>
                  {data.can.adjust && record.status === 'pending' && (
                    <Button variant="tertiary" size="S" onClick={() => setAdjusting(record)}>
                      {t('royalty.adjust')}
                    </Button>
                  )}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </Flex>
      {adjusting && (
        <AdjustDialog
          record={adjusting}
          onClose={() => setAdjusting(null)}
          onDone={() => {
            setAdjusting(null);
            void reload();
          }}
        />
      )}
    </Flex>
  );
};
