import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';
import { isFetchError, Layouts, Page } from '@strapi/strapi/admin';
import { DraftComments } from '../components/DraftComments';
import { DraftsTable } from '../components/DraftsTable';
import { useDrafts } from '../hooks/useModeration';
import { useT } from '../translations';

/** "Góp ý dự thảo": the drafts for public comment on the user's sites and their citizens' comments, for editors, approvers and super admins. */
const ModerationPage = () => {
  const t = useT();
  const { data, error, reload } = useDrafts();
  const [open, setOpen] = React.useState<string | null>(null);

  if (!data && !error) return <Page.Loading />;
  if (!data) {
    // A 403 here means the user edits or approves no site.
    const refused = isFetchError(error) && error.status === 403;
    return refused ? <Page.NoPermissions /> : <Page.Error content={t('page.loadFailed')} />;
  }

  return (
    <Page.Main>
      <Page.Title>{t('page.title')}</Page.Title>
      <Layouts.Header title={t('page.title')} subtitle={t('page.subtitle')} />
      <Layouts.Content>
        {open ? (
          <DraftComments documentId={open} onBack={() => setOpen(null)} onChanged={() => void reload()} />
        ) : (
          <>
            {error ? (
              <Box paddingBottom={4}>
                <Typography textColor="danger600">{t('page.loadFailed')}</Typography>
              </Box>
            ) : null}
            <DraftsTable drafts={data.drafts} onOpen={setOpen} />
          </>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export default ModerationPage;
