import { Button, Flex, Table, Tbody, Td, TextButton, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise, ArrowsCounterClockwise } from '@strapi/icons';
import { useT } from '../translations';
import type { SiteState } from '../../../shared/contracts';
import { formatDateTime, formatDuration, releaseTime } from '../utils/format';
import { JobStatusBadge } from './JobStatusBadge';

interface Props {
  sites: SiteState[];
  pending: string | null;
  onRebuild: (site: SiteState) => void;
  onRollback: (site: SiteState) => void;
  onShowLog: (jobId: number) => void;
}

/** Per site: the live release, the last build (state, when, how long), what is queued, the buttons. */
export const SitesTable = ({ sites, pending, onRebuild, onRollback, onShowLog }: Props) => {
  const t = useT();
  return (
    <Table colCount={6} rowCount={sites.length + 1}>
      <Thead>
        <Tr>
          {(['sites.site', 'sites.live', 'sites.lastBuild', 'sites.duration', 'jobs.status', 'sites.actions'] as const).map((key) => (
            <Th key={key}>
              <Typography variant="sigma">{t(key)}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {sites.map((site) => {
          const job = site.lastJob;
          return (
            <Tr key={site.slug}>
              {/* Long site names wrap, so that the table fits a 1280 px screen beside the admin's menu. */}
              <Td style={{ whiteSpace: 'normal', minWidth: '12rem', maxWidth: '18rem' }}>
                <Flex direction="column" alignItems="flex-start">
                  <Typography fontWeight="bold">{site.name}</Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {site.status === 'active' ? site.slug : `${site.slug} · ${t('sites.retired')}`}
                  </Typography>
                </Flex>
              </Td>
              <Td>
                <Typography>{site.live ? releaseTime(site.live) : t('sites.noLive')}</Typography>
                {site.lastFailure && (
                  <Typography tag="p" variant="pi" textColor="danger600">
                    {t('sites.failure', { time: formatDateTime(site.lastFailure.at) })}
                  </Typography>
                )}
              </Td>
              <Td>
                <Typography>{job ? formatDateTime(job.finishedAt ?? job.startedAt) : t('sites.never')}</Typography>
              </Td>
              <Td>
                <Typography>{formatDuration(job?.durationMs)}</Typography>
              </Td>
              <Td>
                <Flex gap={2} wrap="wrap">
                  {job && <JobStatusBadge status={job.status} />}
                  {site.queued && <JobStatusBadge status="queued" />}
                  {job && <TextButton onClick={() => onShowLog(job.id)}>{t('action.log')}</TextButton>}
                </Flex>
              </Td>
              <Td>
                <Flex gap={2} wrap="wrap">
                  <Button
                    size="S"
                    variant="secondary"
                    startIcon={<ArrowClockwise />}
                    loading={pending === `rebuild:${site.slug}`}
                    disabled={site.status !== 'active'}
                    onClick={() => onRebuild(site)}
                  >
                    {t('action.rebuild')}
                  </Button>
                  <Button
                    size="S"
                    variant="tertiary"
                    startIcon={<ArrowsCounterClockwise />}
                    loading={pending === `rollback:${site.slug}`}
                    disabled={site.releases.length < 2}
                    onClick={() => onRollback(site)}
                  >
                    {t('action.rollback')}
                  </Button>
                </Flex>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
