import * as React from 'react';
import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useT } from '../hooks/useT';
import { useQuestionAction, useUnits } from '../hooks/useQuestions';
import type { QuestionActionName, QuestionEntry } from '../../../shared/questions';
import { readActionError, type ActionError } from '../utils/errors';

interface Props {
  entry: QuestionEntry;
  action: QuestionActionName;
  label: string;
  rejectReasons: Record<string, string>;
  onClose: () => void;
  onDone: () => void;
}

/** One staff action on a question, with the fields it takes: a unit, a note, a private answer, a reason. */
export const QuestionActionModal = ({ entry, action, label, rejectReasons, onClose, onDone }: Props) => {
  const t = useT();
  const act = useQuestionAction();
  const { toggleNotification } = useNotification();
  const units = useUnits(action === 'assign' ? entry.site.documentId : null);
  const [unit, setUnit] = React.useState('');
  const [reason, setReason] = React.useState('');
  const [note, setNote] = React.useState('');
  const [privateAnswer, setPrivateAnswer] = React.useState('');
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<ActionError | null>(null);

  const body = (): object => {
    const withNote = note.trim() ? { note } : {};
    if (action === 'assign') return { unit, ...withNote };
    if (action === 'reject') return { reason, ...withNote };
    if (action === 'answer-privately') return { privateAnswer };
    return withNote;
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    try {
      await act(entry.documentId, action, body());
      toggleNotification({ type: 'success', message: t('questions.done', { action: label }) });
      onDone();
    } catch (problem) {
      setError(readActionError(problem));
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <form onSubmit={(event) => void submit(event)}>
          <Modal.Header>
            <Modal.Title>
              {label}: {entry.title}
            </Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              {error?.message && <Typography textColor="danger600">{error.message}</Typography>}
              {action === 'assign' && (
                <Field.Root name="unit" error={error?.fields.unit} required>
                  <Field.Label>{t('questions.unit')}</Field.Label>
                  <SingleSelect
                    placeholder={t('questions.pickUnit')}
                    value={unit}
                    onChange={(value: string | number) => setUnit(String(value))}
                  >
                    {units.map((option) => (
                      <SingleSelectOption key={option.documentId} value={option.documentId}>
                        {option.name}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
              )}
              {action === 'forward' && entry.forwardTo && <Typography>{t('questions.forwardTo', { site: entry.forwardTo })}</Typography>}
              {action === 'reject' && (
                <Field.Root name="reason" error={error?.fields.reason} required>
                  <Field.Label>{t('questions.rejectReason')}</Field.Label>
                  <SingleSelect value={reason} onChange={(value: string | number) => setReason(String(value))}>
                    {Object.entries(rejectReasons).map(([value, text]) => (
                      <SingleSelectOption key={value} value={value}>
                        {text}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
              )}
              {action === 'answer-privately' ? (
                <Field.Root name="privateAnswer" hint={t('questions.privateAnswer.hint')} error={error?.fields.privateAnswer} required>
                  <Field.Label>{t('questions.privateAnswer')}</Field.Label>
                  <Textarea name="privateAnswer" value={privateAnswer} onChange={(event) => setPrivateAnswer(event.target.value)} />
                  <Field.Hint />
                  <Field.Error />
                </Field.Root>
              ) : (
                <Field.Root name="note" error={error?.fields.note}>
                  <Field.Label>{t('questions.note')}</Field.Label>
                  <Textarea name="note" value={note} onChange={(event) => setNote(event.target.value)} />
                  <Field.Error />
                </Field.Root>
              )}
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('dialog.cancel')}</Button>
            </Modal.Close>
            <Button type="submit" variant={action === 'reject' ? 'danger' : 'default'} loading={pending}>
              {label}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
