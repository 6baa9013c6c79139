import { Status, Typography } from '@strapi/design-system';
import { COMMENT_STATUS_LABELS, type CommentStatus } from '../../../shared/contracts';

const VARIANT: Record<CommentStatus, 'warning' | 'success' | 'danger'> = {
  pending: 'warning',
  published: 'success',
  rejected: 'danger',
};

export const CommentStatusBadge = ({ status }: { status: CommentStatus }) => (
  <Status variant={VARIANT[status]} size="S">
    <Typography tag="span" variant="omega" fontWeight="bold">
      {COMMENT_STATUS_LABELS[status]}
    </Typography>
  </Status>
);
