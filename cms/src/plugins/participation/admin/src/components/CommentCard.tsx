import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { REJECT_REASON_LABELS, type ModeratedComment } from '../../../shared/contracts';
import { formatDateTime } from '../../../../../admin/shared/date-time';
import { useT } from '../translations';
import { CommentStatusBadge } from './CommentStatusBadge';

interface Props {
  comment: ModeratedComment;
  busy: boolean;
  onPublish: () => void;
  onReject: () => void;
  onAnswer: () => void;
}

const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography>{children}</Typography>
  </Flex>
);

/** One comment as moderators see it, contact details included, with the decisions its status allows. */
export const CommentCard = ({ comment, busy, onPublish, onReject, onAnswer }: Props) => {
  const t = useT();
  const contact = [comment.email, comment.phone].filter(Boolean).join(' · ');
  return (
    <Box background="neutral0" padding={5} hasRadius shadow="tableShadow" tag="article">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="delta" tag="h3">
              {comment.authorName}
            </Typography>
            {!comment.showName && (
              <Typography variant="pi" textColor="neutral600">
                {t('comment.anonymous')}
              </Typography>
            )}
          </Flex>
          <CommentStatusBadge status={comment.status} />
        </Flex>
        <Flex gap={6} wrap="wrap" alignItems="flex-start">
          <Fact label={t('comment.organisation')}>{comment.organisation ?? '—'}</Fact>
          <Fact label={t('comment.contact')}>{contact || t(comment.contactErased ? 'comment.contactErased' : 'comment.noContact')}</Fact>
          <Fact label={t('comment.section')}>{comment.section ?? '—'}</Fact>
          <Fact label={t('comment.submittedAt')}>{formatDateTime(comment.submittedAt)}</Fact>
          {comment.rejectReason && comment.status === 'rejected' && (
            <Fact label={t('comment.rejectReason')}>{REJECT_REASON_LABELS[comment.rejectReason]}</Fact>
          )}
        </Flex>
        <Box background="neutral100" padding={3} hasRadius>
          <Typography style={{ whiteSpace: 'pre-wrap' }}>{comment.body}</Typography>
        </Box>
        {comment.answer && (
          <Box background="primary100" padding={3} hasRadius>
            <Typography variant="sigma" textColor="primary700">
              {t('comment.answer')}
            </Typography>
            <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>
              {comment.answer}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {t('comment.answeredAt', { at: formatDateTime(comment.answeredAt) })}
            </Typography>
          </Box>
        )}
        <Flex justifyContent="space-between" alignItems="center" gap={2} wrap="wrap">
          <Typography variant="pi" textColor="neutral600">
            {comment.moderatedBy ? t('comment.moderated', { by: comment.moderatedBy, at: formatDateTime(comment.moderatedAt) }) : ''}
          </Typography>
          <Flex gap={2}>
            {comment.status !== 'published' && (
              <Button size="S" variant="success" loading={busy} onClick={onPublish}>
                {t('action.publish')}
              </Button>
            )}
            {comment.status !== 'rejected' && (
              <Button size="S" variant="danger-light" disabled={busy} onClick={onReject}>
                {comment.status === 'published' ? t('action.withdraw') : t('action.reject')}
              </Button>
            )}
            <Button size="S" variant="secondary" disabled={busy} onClick={onAnswer}>
              {comment.answer ? t('action.editAnswer') : t('action.answer')}
            </Button>
          </Flex>
        </Flex>
      </Flex>
    </Box>
  );
};
