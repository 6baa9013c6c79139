import * as React from 'react';
import { Button, EmptyStateLayout, Flex, Loader, Tabs, Typography } from '@strapi/design-system';
import { ArrowLeft, Download, File } from '@strapi/icons';
import { isFetchError, useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';
import type { CommentStatus, ModeratedComment, RejectReason } from '../../../shared/contracts';
import { formatDateTime } from '../../../../../admin/shared/date-time';
import { useComments, useDecisions, useExport } from '../hooks/useModeration';
import { useT } from '../translations';
import { AnswerDialog } from './AnswerDialog';
import { CommentCard } from './CommentCard';
import { PrintSummary } from './PrintSummary';
import { RejectDialog } from './RejectDialog';

type Filter = CommentStatus | 'all';
const FILTERS: Filter[] = ['pending', 'published', 'rejected', 'all'];

interface Props {
  documentId: string;
  onBack: () => void;
  /** The draft list's counts change with every decision. */
  onChanged: () => void;
}

/** One draft's comments, by status, with the moderators' decisions, the Excel file and the printable table. */
export const DraftComments = ({ documentId, onBack, onChanged }: Props) => {
  const t = useT();
  const [filter, setFilter] = React.useState<Filter>('pending');
  const [pageNumber, setPageNumber] = React.useState(1);
  const { data: page, error, reload } = useComments(documentId, filter === 'all' ? null : filter, pageNumber);
  const decisions = useDecisions();
  const exporter = useExport();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const [rejecting, setRejecting] = React.useState<ModeratedComment | null>(null);
  const [answering, setAnswering] = React.useState<ModeratedComment | null>(null);
  const [answerError, setAnswerError] = React.useState<string | null>(null);
  const [printing, setPrinting] = React.useState(false);

  const refused = (problem: unknown) =>
    // The server's refusals are Vietnamese (server/services); show them as they are.
    toggleNotification({ type: 'danger', message: isFetchError(problem) ? formatAPIError(problem) : t('notify.failed') });

  const decide = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await action();
      toggleNotification({ type: 'success', message: done });
      await reload();
      onChanged();
      return true;
    } catch (problem) {
      refused(problem);
      return false;
    }
  };

  if (printing) return <PrintSummary documentId={documentId} onClose={() => setPrinting(false)} />;
  if (!page) return error ? <Typography textColor="danger600">{t('page.loadFailed')}</Typography> : <Loader />;

  const { draft } = page;
  const counts = draft.counts;
  const total = counts.pending + counts.published + counts.rejected;

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Button variant="tertiary" size="S" startIcon={<ArrowLeft />} onClick={onBack}>
            {t('page.back')}
          </Button>
          <Typography variant="beta" tag="h2">
            {t('draft.title', { number: draft.number })}
          </Typography>
          <Typography>{draft.summary}</Typography>
          <Typography variant="pi" textColor="neutral600">
            {t('print.window', { opensAt: formatDateTime(draft.opensAt), closesAt: formatDateTime(draft.closesAt), site: draft.site.name })}{' '}
            · {draft.open ? t('drafts.open') : t('drafts.closed')}
          </Typography>
        </Flex>
        <Flex gap={2}>
          <Button
            variant="secondary"
            size="S"
            startIcon={<Download />}
            loading={exporter.busy}
            onClick={() =>
              void exporter.download(documentId).catch(() => toggleNotification({ type: 'danger', message: t('notify.exportFailed') }))
            }
          >
            {t('action.export')}
          </Button>
          <Button variant="tertiary" size="S" startIcon={<File />} onClick={() => setPrinting(true)}>
            {t('action.print')}
          </Button>
        </Flex>
      </Flex>

      <Tabs.Root
        value={filter}
        onValueChange={(value: string) => {
          setFilter(value as Filter);
          setPageNumber(1);
        }}
      >
        <Tabs.List aria-label={t('draft.title', { number: draft.number })}>
          {FILTERS.map((value) => (
            <Tabs.Trigger key={value} value={value}>
              {value === 'all' ? t('draft.all', { count: total }) : t(`status.${value}`, { count: counts[value] })}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs.Root>

      {error ? <Typography textColor="danger600">{t('page.loadFailed')}</Typography> : null}
      {page.comments.length === 0 ? (
        <EmptyStateLayout content={t('draft.empty')} />
      ) : (
        <Flex direction="column" alignItems="stretch" gap={3}>
          {page.comments.map((comment) => (
            <CommentCard
              key={comment.id}
              comment={comment}
              busy={decisions.pending === comment.id}
              onPublish={() => void decide(() => decisions.publish(comment.id), t('notify.published'))}
              onReject={() => setRejecting(comment)}
              onAnswer={() => {
                setAnswerError(null);
                setAnswering(comment);
              }}
            />
          ))}
        </Flex>
      )}

      <Flex justifyContent="space-between" paddingTop={2}>
        <Typography variant="pi" textColor="neutral600">
          {t('draft.total', { total: page.total })}
        </Typography>
        {page.pageCount > 1 && (
          <Flex gap={2}>
            <Button variant="tertiary" size="S" disabled={page.page <= 1} onClick={() => setPageNumber(page.page - 1)}>
              {t('page.previous')}
            </Button>
            <Typography variant="pi">{t('page.of', { page: page.page, pageCount: page.pageCount })}</Typography>
            <Button variant="tertiary" size="S" disabled={page.page >= page.pageCount} onClick={() => setPageNumber(page.page + 1)}>
              {t('page.next')}
            </Button>
          </Flex>
        )}
      </Flex>

      {rejecting && (
        <RejectDialog
          comment={rejecting}
          pending={decisions.pending === rejecting.id}
          onClose={() => setRejecting(null)}
          onConfirm={(reason: RejectReason) =>
            void decide(() => decisions.reject(rejecting.id, { reason }), t('notify.rejected')).then((ok) => ok && setRejecting(null))
          }
        />
      )}
      {answering && (
        <AnswerDialog
          comment={answering}
          pending={decisions.pending === answering.id}
          error={answerError}
          onClose={() => setAnswering(null)}
          onSave={(answer) =>
            void decisions
              .answer(answering.id, { answer })
              .then(async () => {
                toggleNotification({ type: 'success', message: t('notify.answered') });
                setAnswering(null);
                await reload();
                onChanged();
              })
              .catch((problem: unknown) => setAnswerError(isFetchError(problem) ? formatAPIError(problem) : t('notify.failed')))
          }
        />
      )}
    </Flex>
  );
};
