import { Badge, Button, EmptyStateLayout, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { DraftSummary } from '../../../shared/contracts';
import { formatDateTime } from '../../../../../admin/shared/date-time';
import { useT } from '../translations';

interface Props {
  drafts: DraftSummary[];
  onOpen: (documentId: string) => void;
}

const COLUMNS = [
  'drafts.number',
  'drafts.summary',
  'drafts.site',
  'drafts.window',
  'drafts.state',
  'drafts.counts',
  'drafts.view',
] as const;

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
            <Td>
              <Typography fontWeight="bold">{draft.number}</Typography>
            </Td>
            <Td style={{ maxWidth: '28rem' }}>
              <Typography ellipsis title={draft.summary}>
                {draft.summary}
              </Typography>
            </Td>
            <Td>
              <Typography>{draft.site.name}</Typography>
            </Td>
            <Td>
              <Typography variant="pi">
                {t('drafts.windowValue', { opensAt: formatDateTime(draft.opensAt), closesAt: formatDateTime(draft.closesAt) })}
              </Typography>
            </Td>
            <Td>
              <Badge active={draft.open}>{draft.open ? t('drafts.open') : t('drafts.closed')}</Badge>
            </Td>
            <Td>
              <Flex gap={2}>
                {draft.counts.pending > 0 && <Badge backgroundColor="warning100">{draft.counts.pending}</Badge>}
                <Typography variant="pi">{t('drafts.countsValue', draft.counts)}</Typography>
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
