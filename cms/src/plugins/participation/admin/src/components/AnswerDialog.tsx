import * as React from 'react';
import { Button, Field, Flex, Modal, Textarea, Typography } from '@strapi/design-system';
import type { ModeratedComment } from '../../../shared/contracts';
import { useT } from '../translations';

/** As the server counts it (services/inputs.ts): after NFC normalisation and trimming. */
const ANSWER_MAX = 5000;

interface Props {
  comment: ModeratedComment;
  pending: boolean;
  error: string | null;
  onClose: () => void;
  onSave: (answer: string) => void;
}

/** "Trả lời": the drafting agency's position on the comment (tiếp thu, giải trình); empty removes it. */
export const AnswerDialog = ({ comment, pending, error, onClose, onSave }: Props) => {
  const t = useT();
  const [answer, setAnswer] = React.useState(comment.answer ?? '');
  const length = answer.normalize('NFC').trim().length;
  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onSave(answer);
          }}
        >
          <Modal.Header>
            <Modal.Title>{t('answer.title', { name: comment.authorName })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography>{t('answer.hint')}</Typography>
              <Field.Root
                name="answer"
                hint={t('answer.limit', { length, max: ANSWER_MAX })}
                error={error ?? (length > ANSWER_MAX ? t('answer.limit', { length, max: ANSWER_MAX }) : undefined)}
              >
                <Field.Label>{t('comment.answer')}</Field.Label>
                <Textarea value={answer} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setAnswer(e.target.value)} rows={8} />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('action.cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={pending} disabled={length > ANSWER_MAX}>
              {t('action.save')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
