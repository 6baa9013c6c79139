import { Button, EmptyStateLayout, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useT } from '../translations';
import { RESENDABLE, type MessageSummary } from '../../../shared/contracts';
import { formatDateTime } from '../../../../../admin/shared/date-time';
import { MessageStatusBadge } from './MessageStatusBadge';

interface Props {
  messages: MessageSummary[];
  canResend: boolean;
  pending: number | null;
  onOpen: (id: number) => void;
  onResend: (id: number) => void;
}

const COLUMNS = ['list.id', 'list.status', 'list.to', 'list.subject', 'list.kind', 'list.time', 'list.error', 'list.actions'] as const;

/** The outbox, newest first: what was sent to whom, when, and why not. */
export const MessagesTable = ({ messages, canResend, pending, onOpen, onResend }: Props) => {
  const t = useT();
  if (messages.length === 0) return <EmptyStateLayout content={t('list.empty')} />;
  return (
    <Table colCount={COLUMNS.length} rowCount={messages.length + 1}>
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
        {messages.map((message) => (
          <Tr key={message.id}>
            <Td>
              <Typography>#{message.id}</Typography>
            </Td>
            <Td>
              <MessageStatusBadge status={message.status} />
            </Td>
            <Td>
              <Typography>{message.to}</Typography>
            </Td>
            <Td style={{ maxWidth: '24rem' }}>
              <Typography ellipsis>{message.subject}</Typography>
            </Td>
            <Td>
              <Typography variant="pi">{message.kind}</Typography>
            </Td>
            <Td>
              <Typography variant="pi">{formatDateTime(message.sentAt ?? message.createdAt)}</Typography>
            </Td>
            <Td style={{ maxWidth: '20rem' }}>
              <Typography variant="pi" textColor="danger600" ellipsis title={message.lastError ?? undefined}>
                {message.lastError ?? ''}
              </Typography>
            </Td>
            <Td>
              <Flex gap={2}>
                <Button variant="tertiary" size="S" onClick={() => onOpen(message.id)}>
                  {t('action.open')}
                </Button>
                {canResend && RESENDABLE.includes(message.status) && (
                  <Button variant="secondary" size="S" loading={pending === message.id} onClick={() => onResend(message.id)}>
                    {t('action.resend')}
                  </Button>
                )}
              </Flex>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
