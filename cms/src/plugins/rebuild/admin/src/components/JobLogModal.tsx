import * as React from 'react';
import { Box, Button, Flex, Loader, Modal, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useT } from '../translations';
import type { JobSummary } from '../../../shared/contracts';
import { formatDateTime } from '../utils/format';
import { JobStatusBadge } from './JobStatusBadge';

interface Props {
  jobId: number;
  onClose: () => void;
}

/** One job's facts, error and log tail (the last 20 kB of the build's output). */
export const JobLogModal = ({ jobId, onClose }: Props) => {
  const t = useT();
  const { get } = useFetchClient();
  const [job, setJob] = React.useState<JobSummary | null>(null);
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    let current = true;
    get<{ data: JobSummary }>(`/rebuild/jobs/${jobId}`)
      .then(({ data }) => current && setJob(data.data))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [get, jobId]);

  const facts: Array<[string, React.ReactNode]> = job
    ? [
        [t('jobs.status'), <JobStatusBadge key="status" status={job.status} />],
        [t('log.started'), formatDateTime(job.startedAt)],
        [t('log.finished'), formatDateTime(job.finishedAt)],
        [t('log.attempts'), job.attempts ?? 0],
        [t('log.worker'), job.worker ?? '—'],
        [t('jobs.release'), job.release ?? '—'],
        [t('jobs.method'), job.method ? t(`jobs.method.${job.method}`) : '—'],
      ]
    : [];

  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('log.title', { id: jobId, site: job?.siteSlug ?? '' })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {!job && !failed && <Loader small>{t('log.loading')}</Loader>}
          {failed && <Typography textColor="danger600">{t('page.loadFailed')}</Typography>}
          {job && (
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Flex gap={6} wrap="wrap">
                {facts.map(([label, value]) => (
                  <Flex key={label} direction="column" alignItems="flex-start" gap={1}>
                    <Typography variant="sigma" textColor="neutral600">
                      {label}
                    </Typography>
                    {typeof value === 'object' ? value : <Typography>{value}</Typography>}
                  </Flex>
                ))}
              </Flex>
              {(job.reasons ?? []).length > 0 && (
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Typography variant="sigma" textColor="neutral600">
                    {t('log.reasons')}
                  </Typography>
                  <Box tag="ul" paddingLeft={4} style={{ listStyle: 'disc' }}>
                    {(job.reasons ?? []).map((reason) => (
                      <li key={reason}>
                        <Typography variant="pi">{reason}</Typography>
                      </li>
                    ))}
                  </Box>
                </Flex>
              )}
              {job.error && (
                <Box background="danger100" padding={3} hasRadius>
                  <Typography fontWeight="bold" textColor="danger700">
                    {t('log.error')}:{' '}
                  </Typography>
                  <Typography textColor="danger700">{job.error}</Typography>
                </Box>
              )}
              <Box background="neutral100" padding={3} hasRadius style={{ maxHeight: '50vh', overflow: 'auto' }}>
                <Typography tag="pre" variant="pi" style={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', margin: 0 }}>
                  {job.log || t('log.empty')}
                </Typography>
              </Box>
            </Flex>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('action.close')}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
