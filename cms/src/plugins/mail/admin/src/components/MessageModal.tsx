import * as React from 'react';
import { Box, Button, Flex, Loader, Modal, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useT } from '../translations';
import type { MessageDetail } from '../../../shared/contracts';
import { formatDateTime } from '../../../../../admin/shared/date-time';
import { MessageStatusBadge } from './MessageStatusBadge';

interface Props {
  id: number;
  onClose: () => void;
}

/** One message as it was (or will be) sent: its facts, its text and its last error. The HTML part is not rendered here. */
export const MessageModal = ({ id, onClose }: Props) => {
  const t = useT();
  const { get } = useFetchClient();
  const [message, setMessage] = React.useState<MessageDetail | null>(null);
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    let current = true;
    get<{ data: MessageDetail }>(`/mail/messages/${id}`)
      .then(({ data }) => current && setMessage(data.data))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [get, id]);

  const facts: Array<[string, React.ReactNode]> = message
    ? [
        [t('list.status'), <MessageStatusBadge key="status" status={message.status} />],
        [t('list.to'), message.to],
        [t('list.kind'), message.kind],
        [t('message.site'), message.site ?? '—'],
        [t('message.createdAt'), formatDateTime(message.createdAt)],
        [t('message.sentAt'), formatDateTime(message.sentAt)],
        ...(message.status === 'queued' ? [[t('message.nextAttemptAt'), formatDateTime(message.nextAttemptAt)] as [string, string]] : []),
        [t('message.attempts'), message.attempts],
      ]
    : [];

  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{message ? `${t('message.title', { id })}: ${message.subject}` : t('message.title', { id })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {!message && !failed && <Loader small>{t('message.loading')}</Loader>}
          {failed && <Typography textColor="danger600">{t('page.loadFailed')}</Typography>}
          {message && (
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
              {message.lastError && (
                <Box background="danger100" padding={3} hasRadius>
                  <Typography fontWeight="bold" textColor="danger700">
                    {t('message.error')}:{' '}
                  </Typography>
                  <Typography textColor="danger700">{message.lastError}</Typography>
                </Box>
              )}
              <Flex direction="column" alignItems="stretch" gap={1}>
                <Typography variant="sigma" textColor="neutral600">
                  {t('message.text')}
                </Typography>
                <Box background="neutral100" padding={3} hasRadius style={{ maxHeight: '50vh', overflow: 'auto' }}>
                  <Typography tag="pre" variant="pi" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                    {message.text}
                  </Typography>
                </Box>
              </Flex>
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
