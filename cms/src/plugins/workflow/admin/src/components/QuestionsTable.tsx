import { Badge, Button, Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import { formatDateTime } from '../../../../../admin/shared/date-time';
import { editViewPath, QUESTION_UID } from '../constants';
import { useT } from '../hooks/useT';
import type { MessageKey } from '../translations/messages';
import type { QuestionActionName, QuestionEntry } from '../../../shared/questions';

interface Props {
  entries: QuestionEntry[];
  actionLabels: Record<QuestionActionName, string>;
  onAction: (entry: QuestionEntry, action: QuestionActionName) => void;
}

const HEADERS: MessageKey[] = [
  'questions.question',
  'questions.field',
  'questions.site',
  'questions.unit',
  'questions.receivedAt',
  'questions.due',
  'questions.status',
  'questions.actions',
];

/** "17/12/2026" from "2026-12-17" (a local due day). */
const dayLabel = (isoDate: string): string => isoDate.split('-').reverse().join('/');

/** The content manager's edit view, where the answer is written. */
const editPath = (documentId: string) => editViewPath(QUESTION_UID, documentId);

/** One "waiting for me" list: overdue questions first (the server sorts), marked in red. */
export const QuestionsTable = ({ entries, actionLabels, onAction }: Props) => {
  const t = useT();
  if (entries.length === 0) return <Typography textColor="neutral600">{t('questions.empty')}</Typography>;
  return (
    <Table colCount={HEADERS.length} rowCount={entries.length + 1}>
      <Thead>
        <Tr>
          {HEADERS.map((key) => (
            <Th key={key}>
              <Typography variant="sigma">{t(key)}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {entries.map((entry) => (
          <Tr key={entry.documentId}>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Link tag={NavLink} to={editPath(entry.documentId)}>
                  {entry.title}
                </Link>
                {entry.forwardedFrom && (
                  <Typography variant="pi" textColor="neutral600">
                    {t('questions.forwardedFrom', { site: entry.forwardedFrom })}
                  </Typography>
                )}
              </Flex>
            </Td>
            <Td>
              <Typography>{entry.fieldLabel}</Typography>
            </Td>
            <Td>
              <Typography>{entry.site.name}</Typography>
            </Td>
            <Td>
              <Typography>{entry.unit?.name ?? t('questions.noUnit')}</Typography>
            </Td>
            <Td>
              <Typography>{formatDateTime(entry.receivedAt)}</Typography>
            </Td>
            <Td>
              <Flex gap={2}>
                <Typography textColor={entry.overdue ? 'danger600' : undefined} fontWeight={entry.overdue ? 'bold' : undefined}>
                  {dayLabel(entry.dueDate)}
                </Typography>
                {entry.overdue && (
                  <Badge backgroundColor="danger100" textColor="danger700">
                    {t('questions.overdue')}
                  </Badge>
                )}
              </Flex>
            </Td>
            <Td>
              <Typography>
                {entry.handlingLabel} · {entry.stateLabel}
              </Typography>
            </Td>
            <Td>
              <Flex gap={1} wrap="wrap">
                <Button tag={NavLink} to={editPath(entry.documentId)} variant="secondary" size="S">
                  {t('questions.open')}
                </Button>
                {entry.actions.map((action) => (
                  <Button
                    key={action}
                    variant={action === 'reject' ? 'danger-light' : 'tertiary'}
                    size="S"
                    onClick={() => onAction(entry, action)}
                  >
                    {actionLabels[action]}
                  </Button>
                ))}
              </Flex>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
