import { Button, EmptyStateLayout, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useT } from '../translations';
import type { JobSummary } from '../../../shared/contracts';
import { formatDateTime, formatDuration } from '../utils/format';
import { JobStatusBadge } from './JobStatusBadge';

interface Props {
  jobs: JobSummary[];
  siteNames: Map<string, string>;
  onShowLog: (jobId: number) => void;
}

const SHOWN_REASONS = 3;

/** A few reasons inline; the job's log window has them all. */
const shortReasons = (reasons: string[], more: string): string =>
  reasons.length > SHOWN_REASONS ? `${reasons.slice(0, SHOWN_REASONS).join('; ')} ${more}` : reasons.join('; ');

const COLUMNS = [
  'jobs.id',
  'jobs.site',
  'jobs.status',
  'jobs.reasons',
  'jobs.requestedBy',
  'jobs.queuedAt',
  'jobs.duration',
  'action.log',
] as const;

/** The queue and the latest builds, newest first. */
export const JobsTable = ({ jobs, siteNames, onShowLog }: Props) => {
  const t = useT();
  if (jobs.length === 0) return <EmptyStateLayout content={t('jobs.empty')} />;
  return (
    <Table colCount={COLUMNS.length} rowCount={jobs.length + 1}>
      <Thead>
        <Tr>
          {COLUMNS.map((key) => (
            <Th key={key}>
              <Typography variant="sigma">{t(key)}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {jobs.map((job) => (
          <Tr key={job.id}>
            <Td>
              <Typography>#{job.id}</Typography>
            </Td>
            <Td>
              <Typography>{siteNames.get(job.siteSlug) ?? job.siteSlug}</Typography>
            </Td>
            <Td>
              <JobStatusBadge status={job.status} />
            </Td>
            <Td style={{ maxWidth: '24rem', whiteSpace: 'normal' }}>
              <Typography variant="pi">
                {shortReasons(job.reasons ?? [], t('jobs.moreReasons', { count: Math.max(0, (job.reasons ?? []).length - SHOWN_REASONS) }))}
              </Typography>
              {job.error && (
                <Typography tag="p" variant="pi" textColor="danger600">
                  {job.error}
                </Typography>
              )}
            </Td>
            <Td>
              <Typography>{job.requestedBy ?? '—'}</Typography>
            </Td>
            <Td>
              <Typography>{formatDateTime(job.queuedAt)}</Typography>
            </Td>
            <Td>
              <Typography>{formatDuration(job.durationMs)}</Typography>
              {job.method && (
                <Typography tag="p" variant="pi" textColor="neutral600">
                  {t(`jobs.method.${job.method}`)}
                </Typography>
              )}
            </Td>
            <Td>
              <Button size="S" variant="ghost" onClick={() => onShowLog(job.id)}>
                {t('action.log')}
              </Button>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
