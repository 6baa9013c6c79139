import * as React from 'react';
import { Button, Field, Flex, Modal, Radio, Typography } from '@strapi/design-system';
import { REJECT_REASON_LABELS, type ModeratedComment, type RejectReason } from '../../../shared/contracts';
import { useT } from '../translations';

interface Props {
  comment: ModeratedComment;
  pending: boolean;
  onClose: () => void;
  onConfirm: (reason: RejectReason) => void;
}

const REASONS = Object.keys(REJECT_REASON_LABELS) as RejectReason[];

/** "Không đăng": the moderator picks one of the reasons the content type knows. */
export const RejectDialog = ({ comment, pending, onClose, onConfirm }: Props) => {
  const t = useT();
  const [reason, setReason] = React.useState<RejectReason>(comment.rejectReason ?? 'spam');
  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onConfirm(reason);
          }}
        >
          <Modal.Header>
            <Modal.Title>{t('reject.title', { name: comment.authorName })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography>{t('reject.hint')}</Typography>
              <Field.Root name="reason" required>
                <Field.Label>{t('reject.reason')}</Field.Label>
                <Radio.Group
                  value={reason}
                  onValueChange={(value: string) => setReason(value as RejectReason)}
                  aria-label={t('reject.reason')}
                >
                  {REASONS.map((value) => (
                    <Radio.Item key={value} value={value}>
                      {REJECT_REASON_LABELS[value]}
                    </Radio.Item>
                  ))}
                </Radio.Group>
              </Field.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('action.cancel')}</Button>
            </Modal.Close>
            <Button type="submit" variant="danger" loading={pending}>
              {t('action.reject')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
