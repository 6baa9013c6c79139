import * as React from 'react';
import { Button, Flex, Modal } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import type { ActionInput } from '../../../shared/contracts';
import { fromVietnamWallClock } from '../utils/dates';
import type { ActionFormProps } from './ConfirmActionDialog';
import { ActionWarning } from './ActionWarning';
import { ProblemList } from './ProblemList';
import { PublishAtField } from './PublishAtField';
import { TextareaField } from './TextareaField';
import { WithdrawReasonField } from './WithdrawReasonField';

/** Return (reason), withdraw (reason and note), schedule (time): the fields the action needs. */
export const InputActionModal = ({ item, action, pending, error, onClose, onSubmit }: ActionFormProps) => {
  const t = useT();
  const [reason, setReason] = React.useState('');
  const [withdrawReason, setWithdrawReason] = React.useState('');
  const [note, setNote] = React.useState('');
  const [publishAt, setPublishAt] = React.useState<Date | null>(null);
  const { needs } = action;
  const fieldError = (name: string) => error?.fields[name];

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const input: ActionInput = {};
    if (needs.reason) input.reason = reason;
    if (needs.withdrawReason) input.withdrawReason = withdrawReason;
    if (needs.note) input.note = note;
    if (needs.publishAt && publishAt) input.publishAt = fromVietnamWallClock(publishAt).toISOString();
    void onSubmit(input);
  };

  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <form onSubmit={submit}>
          <Modal.Header>
            <Modal.Title>
              {action.label}: {item.label}
            </Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <ActionWarning text={action.warning} />
              {error && <ProblemList fields={error.fields} />}
              {needs.reason && (
                <TextareaField
                  name="reason"
                  label={t('field.reason')}
                  hint={t('field.reason.hint')}
                  value={reason}
                  error={fieldError('reason')}
                  onChange={setReason}
                />
              )}
              {needs.withdrawReason && (
                <WithdrawReasonField value={withdrawReason} error={fieldError('withdrawReason')} onChange={setWithdrawReason} />
              )}
              {needs.note && (
                <TextareaField
                  name="note"
                  label={t('field.note')}
                  hint={t('field.note.hint')}
                  value={note}
                  error={fieldError('note')}
                  onChange={setNote}
                />
              )}
              {needs.publishAt && <PublishAtField value={publishAt} error={fieldError('publishAt')} onChange={setPublishAt} />}
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('dialog.cancel')}</Button>
            </Modal.Close>
            <Button type="submit" variant={action.action === 'schedule' ? 'default' : 'danger'} loading={pending}>
              {action.label}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
