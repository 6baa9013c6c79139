import * as React from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useReport } from '../hooks/useReport';
import { useT } from '../hooks/useT';
import type { OvertimeList, ReportsMe } from '../../../shared/contracts';
import { readError, type ReadError } from '../utils/errors';
import { formatNumber, monthLabel, typedAmount, typedHours } from '../utils/format';
import { EmptyRow } from './EmptyRow';
import { WRAP } from '../utils/table';

const blank = (year: string) => ({ month: `${year}-01`, staffName: '', hours: '', amount: '', note: '' });

/** The year's overtime entries; the head of board and finance of a site add and remove them. */
export const OvertimePanel = ({ site, year, onChanged }: { site: string; year: string; onChanged: () => void }) => {
  const t = useT();
  const { post, del } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { data, reload } = useReport<OvertimeList>('overtime', { site, year });
  const { data: me } = useReport<ReportsMe>('me', {});
  const [form, setForm] = React.useState(blank(year));
  const [target, setTarget] = React.useState('');
  const [error, setError] = React.useState<ReadError | null>(null);
  const [pending, setPending] = React.useState(false);
  if (!data || !me) return null;
  const editable = me.sites.filter((s) => data.can.sites.includes(s.documentId));
  const chosen = target || editable[0]?.documentId || '';

  const act = async (work: () => Promise<unknown>, message: string) => {
    setPending(true);
    setError(null);
    try {
      await work();
      toggleNotification({ type: 'success', message });
      await reload();
      onChanged();
    } catch (caught) {
      setError(readError(caught));
    } finally {
      setPending(false);
    }
  };

  const add = (event: React.FormEvent) => {
    event.preventDefault();
    void act(async () => {
      await post('/reports/overtime', {
        ...form,
        site: chosen,
        amount: typedAmount(form.amount),
        hours: form.hours ? typedHours(form.hours) : null,
      });
      setForm(blank(year));
    }, t('overtime.saved'));
  };

  const input = (key: keyof typeof form, label: string, mode?: 'numeric' | 'decimal') => (
    <Field.Root name={key} error={error?.fields[key]} required={key !== 'note' && key !== 'hours'}>
      <Field.Label>{label}</Field.Label>
      <TextInput
        inputMode={mode}
        value={form[key]}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value })}
      />
      <Field.Error />
    </Field.Root>
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h3">
        {t('overtime.title', { year })}
      </Typography>
      <Typography textColor="neutral600">{t('overtime.note')}</Typography>
      <Table colCount={6} rowCount={data.entries.length + 1}>
        <Thead>
          <Tr>
            <Th style={WRAP}>
              <Typography variant="sigma">{t('overtime.month')}</Typography>
            </Th>
            <Th style={WRAP}>
              <Typography variant="sigma">{t('overtime.site')}</Typography>
            </Th>
            <Th style={WRAP}>
              <Typography variant="sigma">{t('overtime.staff')}</Typography>
            </Th>
            <Th style={WRAP}>
              <Typography variant="sigma">{t('overtime.hours')}</Typography>
            </Th>
            <Th style={WRAP}>
              <Typography variant="sigma">{t('overtime.amount')}</Typography>
            </Th>
            <Th style={WRAP}>
              <Typography variant="sigma">{t('overtime.noteField')}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {data.entries.length === 0 && <EmptyRow colSpan={6} text={t('overtime.empty', { year })} />}
          {data.entries.map((entry) => (
            <Tr key={entry.documentId}>
              <Td>
                <Typography>{monthLabel(entry.month)}</Typography>
              </Td>
              <Td style={WRAP}>
                <Typography>{entry.site.name}</Typography>
              </Td>
              <Td style={WRAP}>
                <Typography>{entry.staffName}</Typography>
              </Td>
              <Td>
                <Typography>{formatNumber(entry.hours)}</Typography>
              </Td>
              <Td>
                <Typography>{formatNumber(entry.amount)}</Typography>
              </Td>
              <Td style={WRAP}>
                <Flex gap={2} wrap="wrap">
                  <Typography>{entry.note ?? ''}</Typography>
                  {data.can.sites.includes(entry.site.documentId) && (
                    <Button
                      variant="danger-light"
                      size="S"
                      disabled={pending}
                      onClick={() => void act(() => del(`/reports/overtime/${entry.documentId}`), t('overtime.deleted'))}
                    >
                      {t('overtime.delete')}
                    </Button>
                  )}
                </Flex>
              </Td>
            </Tr>
          ))}
          <Tr>
            <Td colSpan={4}>
              <Typography fontWeight="bold">{t('table.total')}</Typography>
            </Td>
            <Td>
              <Typography fontWeight="bold">{formatNumber(data.byMonth.total.amount)}</Typography>
            </Td>
            <Td />
          </Tr>
        </Tbody>
      </Table>
      {editable.length > 0 && (
        <Box padding={4} hasRadius borderColor="neutral200" background="neutral0">
          <form onSubmit={add}>
            <Flex gap={3} wrap="wrap" alignItems="flex-end">
              {error?.message && !Object.keys(error.fields).length && <Typography textColor="danger600">{error.message}</Typography>}
              {editable.length > 1 && (
                <Field.Root name="site">
                  <Field.Label>{t('overtime.site')}</Field.Label>
                  <SingleSelect value={chosen} onChange={(value: string | number) => setTarget(String(value))}>
                    {editable.map((s) => (
                      <SingleSelectOption key={s.documentId} value={s.documentId}>
                        {s.name}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              )}
              <Field.Root name="month" error={error?.fields.month} required>
                <Field.Label>{t('overtime.month')}</Field.Label>
                <SingleSelect value={form.month} onChange={(value: string | number) => setForm({ ...form, month: String(value) })}>
                  {Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).map((month) => (
                    <SingleSelectOption key={month} value={month}>
                      {monthLabel(month).replace(/^t/, 'T')}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Error />
              </Field.Root>
              {input('staffName', t('overtime.staff'))}
              {input('hours', t('overtime.hours'), 'decimal')}
              {input('amount', t('overtime.amount'), 'numeric')}
              {input('note', t('overtime.noteField'))}
              <Button type="submit" loading={pending}>
                {t('overtime.add')}
              </Button>
            </Flex>
          </form>
        </Box>
      )}
    </Flex>
  );
};
