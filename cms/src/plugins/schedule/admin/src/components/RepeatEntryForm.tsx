import * as React from 'react';
import { Button, Checkbox, Field, Flex, Modal, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { adminApi, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { readApiError } from '../../../../../admin/shared/api-error';
import { WORK_SCHEDULE_UID, type RepeatEntryResult } from '../../../shared/contracts';
import { dmy, hm, weekDays } from '../dates';
import { useT } from '../translations';

export interface SavedEntry {
  date: string;
  startTime: string;
  content?: string | null;
}

interface Props {
  documentId: string;
  weekStart: string;
  entries: SavedEntry[];
  onClose: () => void;
}

/** The content manager caches documents under "Document" tags; the repeat wrote behind its back. */
const scheduleApi = adminApi.enhanceEndpoints({ addTagTypes: ['Document'] }).injectEndpoints({
  endpoints: (builder) => ({
    refreshScheduleDocument: builder.mutation<null, { documentId: string }>({
      queryFn: () => ({ data: null }),
      invalidatesTags: (_result, _error, { documentId }) => [{ type: 'Document', id: `${WORK_SCHEDULE_UID}_${documentId}` }],
    }),
  }),
});

const summary = (entry: SavedEntry): string => {
  const text = (entry.content ?? '').trim();
  return `${dmy(entry.date).slice(0, 5)} ${hm(entry.startTime)} – ${text.length > 60 ? `${text.slice(0, 59)}…` : text}`;
};

export const RepeatEntryForm = ({ documentId, weekStart, entries, onClose }: Props) => {
  const t = useT();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [refresh] = scheduleApi.useRefreshScheduleDocumentMutation();
  const [entry, setEntry] = React.useState(0);
  const [dates, setDates] = React.useState<Set<string>>(new Set());
  const [pending, setPending] = React.useState(false);
  const source = entries[entry];

  const toggle = (date: string, on: boolean) =>
    setDates((current) => {
      const next = new Set(current);
      if (on) next.add(date);
      else next.delete(date);
      return next;
    });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    try {
      const { data } = await post<RepeatEntryResult>(`/schedule/work-schedules/${documentId}/repeat`, { entry, dates: [...dates].sort() });
      await refresh({ documentId });
      toggleNotification({ type: 'success', message: t('repeat.done', { count: data.data.added }) });
      onClose();
    } catch (error) {
      toggleNotification({ type: 'danger', message: readApiError(error).message ?? t('notify.failed') });
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit}>
      <Modal.Body>
        {entries.length === 0 ? (
          <Typography>{t('repeat.none')}</Typography>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Field.Root name="entry" required>
              <Field.Label>{t('repeat.entry')}</Field.Label>
              <SingleSelect
                value={String(entry)}
                onChange={(value: string | number) => {
                  setEntry(Number(value));
                  setDates(new Set());
                }}
              >
                {entries.map((e, i) => (
                  <SingleSelectOption key={i} value={String(i)}>
                    {summary(e)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend>
                <Typography variant="pi" fontWeight="bold">
                  {t('repeat.days')}
                </Typography>
              </legend>
              <Flex direction="column" alignItems="flex-start" gap={2} paddingTop={2}>
                {weekDays(weekStart)
                  .filter(([date]) => date !== source?.date)
                  .map(([date, label]) => (
                    <Checkbox
                      key={date}
                      checked={dates.has(date)}
                      onCheckedChange={(checked: boolean | 'indeterminate') => toggle(date, checked === true)}
                    >
                      {label}
                    </Checkbox>
                  ))}
              </Flex>
            </fieldset>
          </Flex>
        )}
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" onClick={onClose} type="button">
          {t('action.cancel')}
        </Button>
        <Button type="submit" loading={pending} disabled={dates.size === 0 || !source}>
          {t('repeat.confirm')}
        </Button>
      </Modal.Footer>
    </form>
  );
};
