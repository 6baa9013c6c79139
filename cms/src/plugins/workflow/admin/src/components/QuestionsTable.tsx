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

/**
 * Five columns, each holding what belongs together (the question with its field, the site with the
 * answering unit, the due day with the day received), so the table fits a 1280 px screen beside
 * the admin's menu; long titles wrap instead of widening it.
 */
const HEADERS: Array<{ key: MessageKey; minWidth?: string }> = [
  { key: 'questions.question' },
  { key: 'questions.unit', minWidth: '10rem' },
  { key: 'questions.due', minWidth: '8.5rem' },
  { key: 'questions.status', minWidth: '8rem' },
  // The longest action label ("Không tiếp nhận câu hỏi") on one line.
  { key: 'questions.actions', minWidth: '13rem' },
];

/** Cells wrap at spaces: the Design System's table keeps every cell on one line by default. */
const WRAP = { whiteSpace: 'normal' } as const;

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
          {HEADERS.map(({ key, minWidth }) => (
            <Th key={key} style={{ ...WRAP, minWidth }}>
              <Typography variant="sigma">{t(key)}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {entries.map((entry) => (
          <Tr key={entry.documentId}>
            <Td style={WRAP}>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Link tag={NavLink} to={editPath(entry.documentId)}>
                  {entry.title}
                </Link>
                <Typography variant="pi" textColor="neutral600">
                  {t('questions.field')}: {entry.fieldLabel}
                </Typography>
                {entry.forwardedFrom && (
                  <Typography variant="pi" textColor="neutral600">
                    {t('questions.forwardedFrom', { site: entry.forwardedFrom })}
                  </Typography>
                )}
              </Flex>
            </Td>
            <Td style={WRAP}>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography>{entry.unit?.name ?? t('questions.noUnit')}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  {entry.site.name}
                </Typography>
              </Flex>
            </Td>
            <Td style={WRAP}>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography textColor={entry.overdue ? 'danger600' : undefined} fontWeight={entry.overdue ? 'bold' : undefined}>
                  {dayLabel(entry.dueDate)}
                </Typography>
                {entry.overdue && (
                  <Badge backgroundColor="danger100" textColor="danger700">
                    {t('questions.overdue')}
                  </Badge>
                )}
                <Typography variant="pi" textColor="neutral600">
                  {t('questions.receivedAt')}: {formatDateTime(entry.receivedAt)}
                </Typography>
              </Flex>
            </Td>
            <Td style={WRAP}>
              <Typography>
                {entry.handlingLabel} · {entry.stateLabel}
              </Typography>
            </Td>
            <Td style={WRAP}>
              <Flex direction="column" alignItems="stretch" gap={1}>
                <Button tag={NavLink} to={editPath(entry.documentId)} variant="secondary" size="S" fullWidth>
                  {t('questions.open')}
                </Button>
                {entry.actions.map((action) => (
                  <Button
                    key={action}
                    variant={action === 'reject' ? 'danger-light' : 'tertiary'}
                    size="S"
                    fullWidth
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
