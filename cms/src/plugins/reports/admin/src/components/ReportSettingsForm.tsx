import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ReportPeriodKind, ReportSettingsView } from '../../../shared/contracts';
import { useReport } from '../hooks/useReport';
import { useT } from '../hooks/useT';
import { readError, type ReadError } from '../utils/errors';

/** A report day every month has. */
const REPORT_DAYS = Array.from({ length: 28 }, (_, i) => i + 1);

/**
 * The site's report period and report day: shown to the board and finance, changed by the head of
 * the board and operators (the server checks the role per site and the values).
 */
export const ReportSettingsForm = ({ site, onSaved }: { site: string; onSaved: () => void }) => {
  const t = useT();
  const { put } = useFetchClient();
  const { data, reload } = useReport<ReportSettingsView>('settings', { site });
  const [period, setPeriod] = React.useState<ReportPeriodKind>('calendar-month');
  const [day, setDay] = React.useState<number | undefined>(24);
  const [error, setError] = React.useState<ReadError | null>(null);
  const [pending, setPending] = React.useState(false);
  const [saved, setSaved] = React.useState(false);

  React.useEffect(() => {
    if (!data) return;
    setPeriod(data.reportPeriod);
    setDay(data.reportDay);
  }, [data]);

  if (!data) return null;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    setSaved(false);
    try {
      await put('/reports/settings', { site, reportPeriod: period, reportDay: day ?? null });
      setError(null);
      setSaved(true);
      await reload();
      onSaved();
    } catch (caught) {
      setError(readError(caught));
    } finally {
      setPending(false);
    }
  };

  return (
    <Box padding={4} background="neutral100" hasRadius>
      <form onSubmit={submit}>
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Typography variant="delta" tag="h3">
            {t('settings.title')}
          </Typography>
          <Typography textColor="neutral600">{t('settings.current', { period: data.current.label })}</Typography>
          <Flex gap={4} wrap="wrap" alignItems="flex-end">
            <Box minWidth="280px">
              <Field.Root name="reportPeriod" error={error?.fields.reportPeriod}>
                <Field.Label>{t('settings.period')}</Field.Label>
                <SingleSelect
                  value={period}
                  disabled={!data.canEdit}
                  onChange={(value: string | number) => setPeriod(String(value) as ReportPeriodKind)}
                >
                  <SingleSelectOption value="calendar-month">{t('settings.calendarMonth')}</SingleSelectOption>
                  <SingleSelectOption value="to-report-day">{t('settings.toReportDay')}</SingleSelectOption>
                </SingleSelect>
                <Field.Error />
              </Field.Root>
            </Box>
            <Field.Root name="reportDay" error={error?.fields.reportDay} hint={t('settings.dayHint')}>
              <Field.Label>{t('settings.day')}</Field.Label>
              {/* A list, not a number box: the box read "2.5" as 25 (a thousands dot in Vietnamese). */}
              <SingleSelect value={day} disabled={!data.canEdit} onChange={(value: string | number) => setDay(Number(value))}>
                {REPORT_DAYS.map((d) => (
                  <SingleSelectOption key={d} value={d}>
                    {String(d)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Hint />
              <Field.Error />
            </Field.Root>
            {data.canEdit && (
              <Button type="submit" loading={pending}>
                {t('settings.save')}
              </Button>
            )}
          </Flex>
          {!data.canEdit && <Typography textColor="neutral600">{t('settings.readOnly')}</Typography>}
          {error?.message && !Object.keys(error.fields).length && <Typography textColor="danger600">{error.message}</Typography>}
          {saved && <Typography textColor="success600">{t('settings.saved')}</Typography>}
        </Flex>
      </form>
    </Box>
  );
};
