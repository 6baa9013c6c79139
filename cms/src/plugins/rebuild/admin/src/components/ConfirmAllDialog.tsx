import { Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useT } from '../translations';

interface Props {
  /** How many active sites will be queued. */
  count: number;
  pending: boolean;
  onClose: () => void;
  onConfirm: () => Promise<void>;
}

/** "Dựng lại tất cả" queues every active site, so it asks first. */
export const ConfirmAllDialog = ({ count, pending, onClose, onConfirm }: Props) => {
  const t = useT();
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{t('confirm.all.title')}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle width="24px" height="24px" fill="warning600" />}>
          <Flex direction="column" alignItems="stretch" gap={3} width="100%">
            <Typography textAlign="center">{t('confirm.all.text', { count })}</Typography>
            <Typography textAlign="center" textColor="neutral600">
              {t('confirm.all.duration')}
            </Typography>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary">
              {t('action.cancel')}
            </Button>
          </Dialog.Cancel>
          <Button fullWidth loading={pending} onClick={() => void onConfirm()}>
            {t('action.rebuildAll')}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
