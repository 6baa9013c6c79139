import { Badge, Button, EmptyStateLayout, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { DraftSummary } from '../../../shared/contracts';
import { formatDateTime } from '../../../../../admin/shared/date-time';
import { useT } from '../translations';

interface Props {
  drafts: DraftSummary[];
  onOpen: (documentId: string) => void;
}

const COLUMNS = ['drafts.number', 'drafts.site', 'drafts.window', 'drafts.state', 'drafts.counts', 'drafts.view'] as const;

/** The drafts for public comment on the user's sites, in the server's order: those with comments waiting first. */
export const DraftsTable = ({ drafts, onOpen }: Props) => {
  const t = useT();
  if (drafts.length === 0) return <EmptyStateLayout content={t('drafts.empty')} />;
  return (
    <Table colCount={COLUMNS.length} rowCount={drafts.length + 1}>
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
        {drafts.map((draft) => (
          <Tr key={draft.documentId}>
            <Td style={{ maxWidth: '32rem' }}>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography fontWeight="bold">{draft.number}</Typography>
                <Typography variant="pi" textColor="neutral600" ellipsis title={draft.summary} style={{ maxWidth: '30rem' }}>
                  {draft.summary}
                </Typography>
              </Flex>
            </Td>
            <Td>
              <Typography>{draft.site.name}</Typography>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start">
                <Typography variant="pi">{t('drafts.opensAt', { at: formatDateTime(draft.opensAt) })}</Typography>
                <Typography variant="pi">{t('drafts.closesAt', { at: formatDateTime(draft.closesAt) })}</Typography>
              </Flex>
            </Td>
            <Td>
              <Badge active={draft.open}>{draft.open ? t('drafts.open') : t('drafts.closed')}</Badge>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start">
                <Typography
                  variant="pi"
                  fontWeight={draft.counts.pending > 0 ? 'bold' : undefined}
                  textColor={draft.counts.pending > 0 ? 'warning700' : undefined}
                >
                  {t('drafts.pending', { count: draft.counts.pending })}
                </Typography>
                <Typography variant="pi">{t('drafts.published', { count: draft.counts.published })}</Typography>
                <Typography variant="pi">{t('drafts.rejected', { count: draft.counts.rejected })}</Typography>
              </Flex>
            </Td>
            <Td>
              <Button variant={draft.counts.pending > 0 ? 'default' : 'tertiary'} size="S" onClick={() => onOpen(draft.documentId)}>
                {t('drafts.view')}
              </Button>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
