import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { isFetchError, Layouts, Page } from '@strapi/strapi/admin';
import { ConfirmAllDialog } from '../components/ConfirmAllDialog';
import { ConfirmRebuildDialog } from '../components/ConfirmRebuildDialog';
import { JobLogModal } from '../components/JobLogModal';
import { JobsTable } from '../components/JobsTable';
import { RollbackDialog } from '../components/RollbackDialog';
import { SitesTable } from '../components/SitesTable';
import { useOverview } from '../hooks/useOverview';
import { useRebuildActions } from '../hooks/useRebuildActions';
import { useT } from '../translations';
import type { SiteState } from '../../../shared/contracts';
import { formatDateTime } from '../utils/format';

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box tag="section" paddingBottom={8}>
    <Box paddingBottom={4}>
      <Typography tag="h2" variant="delta">
        {title}
      </Typography>
    </Box>
    {children}
  </Box>
);

/** "Dựng lại trang": every site's live release and last build, the queue, logs, and the operators' buttons. */
const RebuildPage = () => {
  const t = useT();
  const { overview, error, loadedAt, reload } = useOverview();
  const { pending, rebuild, rebuildAll, rollback } = useRebuildActions(reload);
  const [logJob, setLogJob] = React.useState<number | null>(null);
  const [rollbackSite, setRollbackSite] = React.useState<SiteState | null>(null);
  const [rebuildSite, setRebuildSite] = React.useState<SiteState | null>(null);
  const [confirmAll, setConfirmAll] = React.useState(false);

  if (!overview && !error) return <Page.Loading />;
  if (!overview) {
    // A 403 here means the user holds no operator or site-administrator role.
    const refused = isFetchError(error) && error.status === 403;
    return refused ? <Page.NoPermissions /> : <Page.Error content={t('page.loadFailed')} />;
  }
  const siteNames = new Map(overview.sites.map((site) => [site.slug, site.name]));

  return (
    <Page.Main>
      <Page.Title>{t('page.title')}</Page.Title>
      <Layouts.Header
        title={t('page.title')}
        subtitle={t('page.subtitle')}
        primaryAction={
          overview.canRebuildAll ? (
            <Button startIcon={<ArrowClockwise />} loading={pending === 'rebuild:all'} onClick={() => setConfirmAll(true)}>
              {t('action.rebuildAll')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Flex justifyContent="flex-end" paddingBottom={4} gap={3}>
          {error ? (
            <Typography textColor="danger600">{t('page.loadFailed')}</Typography>
          ) : (
            loadedAt && (
              <Typography variant="pi" textColor="neutral600">
                {t('page.refreshed', { time: formatDateTime(loadedAt.toISOString()) })}
              </Typography>
            )
          )}
        </Flex>
        <Section title={t('sites.title')}>
          <SitesTable
            sites={overview.sites}
            pending={pending}
            onRebuild={setRebuildSite}
            onRollback={setRollbackSite}
            onShowLog={setLogJob}
          />
        </Section>
        <Section title={t('jobs.title')}>
          <JobsTable jobs={overview.jobs} siteNames={siteNames} onShowLog={setLogJob} />
        </Section>
      </Layouts.Content>
      {logJob !== null && <JobLogModal jobId={logJob} onClose={() => setLogJob(null)} />}
      {rebuildSite && (
        <ConfirmRebuildDialog
          site={rebuildSite}
          pending={pending === `rebuild:${rebuildSite.slug}`}
          onClose={() => setRebuildSite(null)}
          onConfirm={async () => {
            if (await rebuild(rebuildSite.slug, rebuildSite.name)) setRebuildSite(null);
          }}
        />
      )}
      {rollbackSite && (
        <RollbackDialog
          site={rollbackSite}
          pending={pending === `rollback:${rollbackSite.slug}`}
          onClose={() => setRollbackSite(null)}
          onConfirm={async (release) => {
            if (await rollback(rollbackSite.slug, rollbackSite.name, release)) setRollbackSite(null);
          }}
        />
      )}
      {confirmAll && (
        <ConfirmAllDialog
          count={overview.sites.filter((site) => site.status === 'active').length}
          pending={pending === 'rebuild:all'}
          onClose={() => setConfirmAll(false)}
          onConfirm={async () => {
            if (await rebuildAll()) setConfirmAll(false);
          }}
        />
      )}
    </Page.Main>
  );
};

export default RebuildPage;
