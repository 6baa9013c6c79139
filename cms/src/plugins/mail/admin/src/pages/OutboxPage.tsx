import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { isFetchError, Layouts, Page, useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';
import { MessageModal } from '../components/MessageModal';
import { MessagesTable } from '../components/MessagesTable';
import { useOutbox, useResend } from '../hooks/useOutbox';
import { useT } from '../translations';

/** "Hộp thư đi": every message the CMS sent or holds, for super admins and site administrators (their site's only). */
const OutboxPage = () => {
  const t = useT();
  const [pageNumber, setPageNumber] = React.useState(1);
  const { page, error, reload } = useOutbox(pageNumber);
  const { pending, resend } = useResend(reload);
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const [open, setOpen] = React.useState<number | null>(null);

  if (!page && !error) return <Page.Loading />;
  if (!page) {
    // A 403 here means the user is neither a super admin nor a site administrator.
    const refused = isFetchError(error) && error.status === 403;
    return refused ? <Page.NoPermissions /> : <Page.Error content={t('page.loadFailed')} />;
  }

  const onResend = async (id: number) => {
    try {
      await resend(id);
      toggleNotification({ type: 'success', message: t('notify.resent', { id }) });
    } catch (problem) {
      // The server's refusals are Vietnamese (controllers/mail.ts); show them as they are.
      toggleNotification({ type: 'danger', message: isFetchError(problem) ? formatAPIError(problem) : t('notify.failed') });
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('page.title')}</Page.Title>
      <Layouts.Header title={t('page.title')} subtitle={t('page.subtitle')} />
      <Layouts.Content>
        {!page.smtpConfigured && (
          <Box background="warning100" padding={4} marginBottom={4} hasRadius>
            <Typography textColor="warning700">{t('page.held')}</Typography>
          </Box>
        )}
        {error ? (
          <Box paddingBottom={4}>
            <Typography textColor="danger600">{t('page.loadFailed')}</Typography>
          </Box>
        ) : null}
        <MessagesTable
          messages={page.messages}
          canResend={page.smtpConfigured}
          pending={pending}
          onOpen={setOpen}
          onResend={(id) => void onResend(id)}
        />
        <Flex justifyContent="space-between" paddingTop={4}>
          <Typography variant="pi" textColor="neutral600">
            {t('page.total', { total: page.total })}
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
      </Layouts.Content>
      {open !== null && <MessageModal id={open} onClose={() => setOpen(null)} />}
    </Page.Main>
  );
};

export default OutboxPage;
