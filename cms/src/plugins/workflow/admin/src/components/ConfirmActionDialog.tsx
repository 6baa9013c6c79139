import { Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useT } from '../hooks/useT';
import type { ActionInput, AvailableAction, WorkflowItem } from '../../../shared/contracts';
import type { ActionError } from '../utils/errors';
import { ActionWarning } from './ActionWarning';
import { ProblemList } from './ProblemList';

export interface ActionFormProps {
  item: WorkflowItem;
  action: AvailableAction;
  pending: boolean;
  error: ActionError | null;
  onClose: () => void;
  onSubmit: (input: ActionInput) => Promise<void>;
}

/** For actions that need no input: a confirmation like Strapi's own (publish, delete). */
export const ConfirmActionDialog = ({ item, action, pending, error, onClose, onSubmit }: ActionFormProps) => {
  const t = useT();
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{action.label}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle width="24px" height="24px" fill="warning600" />}>
          <Flex direction="column" alignItems="stretch" gap={3} width="100%">
            <Typography textAlign="center">{t('dialog.confirmText', { action: action.label, label: item.label })}</Typography>
            <ActionWarning text={action.warning} />
            {error && <ProblemList fields={error.fields} />}
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary">
              {t('dialog.cancel')}
            </Button>
          </Dialog.Cancel>
          {/* Not Dialog.Action: that closes at once, and a refusal should stay readable. */}
          <Button
            fullWidth
            variant={action.action === 'approve' ? 'success' : 'default'}
            loading={pending}
            onClick={() => void onSubmit({})}
          >
            {action.label}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
