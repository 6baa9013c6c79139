import { Status, Typography } from '@strapi/design-system';
import { useT } from '../translations';
import type { JobStatus } from '../../../shared/contracts';

const VARIANT: Record<JobStatus, 'secondary' | 'primary' | 'success' | 'danger' | 'neutral'> = {
  queued: 'secondary',
  running: 'primary',
  succeeded: 'success',
  failed: 'danger',
  superseded: 'neutral',
};

export const JobStatusBadge = ({ status }: { status: JobStatus }) => {
  const t = useT();
  return (
    <Status variant={VARIANT[status]} size="S">
      <Typography tag="span" variant="omega" fontWeight="bold">
        {t(`status.${status}`)}
      </Typography>
    </Status>
  );
};
