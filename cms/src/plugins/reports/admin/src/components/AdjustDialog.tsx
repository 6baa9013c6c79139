import * as React from 'react';
import { Button, Field, Flex, Modal, TextInput, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useT } from '../hooks/useT';
import type { RoyaltyRecord } from '../../../shared/contracts';
import { readError, type ReadError } from '../utils/errors';

interface Props {
  record: RoyaltyRecord;
  onClose: () => void;
  onDone: () => void;
}

/** The board's coefficient adjustment for one piece, within its form's range and with a note. */
export const AdjustDialog = ({ record, onClose, onDone }: Props) => {
  const t = useT();
  const { post } = useFetchClient();
  const [coefficient, setCoefficient] = React.useState(String(record.coefficient));
  const [note, setNote] = React.useState(record.note ?? '');
  const [error, setError] = React.useState<ReadError | null>(null);
  const [pending, setPending] = React.useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    try {
      await post(`/reports/royalties/articles/${record.articleDocumentId}/coefficient`, { coefficient, note });
      onDone();
    } catch (caught) {
      setError(readError(caught));
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <form onSubmit={submit}>
          <Modal.Header>
            <Modal.Title>{t('adjust.title', { title: record.articleTitle ?? '' })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography>
                {t('adjust.range', {
                  form: record.formLabel,
                  min: record.minCoefficient,
                  max: record.maxCoefficient,
                  base: record.baseCoefficient,
                })}
              </Typography>
              {error?.message && !Object.keys(error.fields).length && <Typography textColor="danger600">{error.message}</Typography>}
              <Field.Root name="coefficient" error={error?.fields.coefficient} required>
                <Field.Label>{t('adjust.coefficient')}</Field.Label>
                <TextInput
                  inputMode="decimal"
                  value={coefficient}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setCoefficient(e.target.value)}
                />
                <Field.Error />
              </Field.Root>
              <Field.Root name="note" error={error?.fields.note}>
                <Field.Label>{t('adjust.note')}</Field.Label>
                <Textarea value={note} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)} />
                <Field.Error />
              </Field.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('dialog.cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={pending}>
              {t('adjust.save')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
