import * as React from 'react';
import { Box, Button, Field, Flex, Loader, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useReport } from '../hooks/useReport';
import { useT } from '../hooks/useT';
import type { YearNote, YearNoteTexts } from '../../../shared/contracts';
import { readError, type ReadError } from '../utils/errors';

const FIELDS: Array<keyof YearNoteTexts> = ['leadership', 'strengths', 'weaknesses', 'causes', 'direction'];

/** The year-end report's texts the board writes (assessment, next year's direction) for one site. */
export const YearNotesForm = ({ site, year, onSaved }: { site: string; year: string; onSaved: () => void }) => {
  const t = useT();
  const { put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { data, loading, reload } = useReport<YearNote>('year-notes', { site, year });
  const [texts, setTexts] = React.useState<YearNoteTexts | null>(null);
  const [error, setError] = React.useState<ReadError | null>(null);
  const [pending, setPending] = React.useState(false);

  React.useEffect(() => {
    if (data)
      setTexts({
        leadership: data.leadership,
        strengths: data.strengths,
        weaknesses: data.weaknesses,
        causes: data.causes,
        direction: data.direction,
      });
  }, [data]);

  if (loading && !data) return <Loader small>{t('page.loading')}</Loader>;
  if (!data || !texts) return null;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await put('/reports/year-notes', { site, year: Number(year), ...texts });
      toggleNotification({ type: 'success', message: t('notes.saved') });
      await reload();
      onSaved();
    } catch (caught) {
      setError(readError(caught));
    } finally {
      setPending(false);
    }
  };

  const label = (field: keyof YearNoteTexts) =>
    field === 'direction' ? t('notes.direction', { next: Number(year) + 1 }) : t(`notes.${field}` as 'notes.leadership');

  return (
    <Box padding={4} hasRadius borderColor="neutral200" background="neutral0">
      <form onSubmit={submit}>
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Typography variant="delta" tag="h3">
            {t('notes.title')}
          </Typography>
          <Typography textColor="neutral600">{data.canEdit ? t('notes.help') : t('notes.readOnly')}</Typography>
          {error?.message && !Object.keys(error.fields).length && <Typography textColor="danger600">{error.message}</Typography>}
          {FIELDS.map((field) => (
            <Field.Root key={field} name={field} error={error?.fields[field]}>
              <Field.Label>{label(field)}</Field.Label>
              <Textarea
                disabled={!data.canEdit}
                value={texts[field]}
                onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setTexts({ ...texts, [field]: e.target.value })}
              />
              <Field.Error />
            </Field.Root>
          ))}
          {data.updatedByName && <Typography textColor="neutral600">{t('notes.updated', { who: data.updatedByName })}</Typography>}
          {data.canEdit && (
            <Flex>
              <Button type="submit" loading={pending}>
                {t('notes.save')}
              </Button>
            </Flex>
          )}
        </Flex>
      </form>
    </Box>
  );
};
