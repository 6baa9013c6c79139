import { Status, Typography } from '@strapi/design-system';
import { useT } from '../translations';
import type { MessageStatus } from '../../../shared/contracts';

const VARIANT: Record<MessageStatus, 'secondary' | 'primary' | 'success' | 'danger' | 'warning'> = {
  queued: 'secondary',
  sending: 'primary',
  sent: 'success',
  failed: 'danger',
  held: 'warning',
};

export const MessageStatusBadge = ({ status }: { status: MessageStatus }) => {
  const t = useT();
  return (
    <Status variant={VARIANT[status]} size="S">
      <Typography tag="span" variant="omega" fontWeight="bold">
        {t(`status.${status}`)}
      </Typography>
    </Status>
  );
};
