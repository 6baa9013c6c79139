import { Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useT } from '../translations';
import type { SiteState } from '../../../shared/contracts';
import { formatDuration } from '../utils/format';

interface Props {
  site: SiteState;
  pending: boolean;
  onClose: () => void;
  onConfirm: () => Promise<void>;
}

/** An operator's "Dựng lại" is a full build of one site: it says which, what happens and how long the last one took. */
export const ConfirmRebuildDialog = ({ site, pending, onClose, onConfirm }: Props) => {
  const t = useT();
  const last = site.lastJob?.method === 'full' ? site.lastJob.durationMs : null;
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{t('confirm.site.title', { site: site.name })}</Dialog.Header>
        <Dialog.Body icon={<ArrowClockwise width="24px" height="24px" fill="warning600" />}>
          <Flex direction="column" alignItems="stretch" gap={3} width="100%">
            <Typography textAlign="center">{t('confirm.site.text', { site: site.name, slug: site.slug })}</Typography>
            <Typography textAlign="center" textColor="neutral600">
              {last ? t('confirm.site.lastTook', { duration: formatDuration(last) }) : t('confirm.site.duration')}
            </Typography>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary">
              {t('action.cancel')}
            </Button>
          </Dialog.Cancel>
          {/* Not Dialog.Action: that closes at once, and a refusal should stay readable behind the notification. */}
          <Button fullWidth startIcon={<ArrowClockwise />} loading={pending} onClick={() => void onConfirm()}>
            {t('action.rebuild')}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
