import * as React from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Badge, Box, Button, Flex, Link, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification, Widget } from '@strapi/strapi/admin';
import type { BoardAssignment, BoardDirection, BoardList, StartedArticle } from '../../../../shared/contracts';
import { ARTICLE_UID, editViewPath } from '../../constants';
import { boardI18n, dmy, monthLabel } from './messages';

const ASSIGNMENT_UID = 'api::assignment.assignment';
import { useBoardHome } from './useBoardHome';

const { useT } = boardI18n;

const Direction = ({ direction }: { direction: BoardDirection }) => {
  const t = useT();
  return (
    <Box tag="section" paddingBottom={4}>
      <Typography tag="h3" variant="delta">
        {direction.title}
      </Typography>
      <Typography tag="p" variant="pi" textColor="neutral600">
        {t('board.month', { month: monthLabel(direction.month) })} · {direction.site}
      </Typography>
      {direction.summary && (
        <Typography tag="p" variant="omega">
          {direction.summary}
        </Typography>
      )}
      {direction.topics.length > 0 && (
        <Box paddingTop={2}>
          <Typography variant="sigma">{t('board.topics')}</Typography>
          <Box tag="ul">
            {direction.topics.map((topic, i) => (
              <Box tag="li" key={i} paddingTop={1}>
                <Typography variant="omega" fontWeight="semiBold">
                  {topic.title}
                </Typography>
                {topic.dueOn && (
                  <Typography variant="pi" textColor="neutral600">
                    {' '}
                    ({t('board.dueOn', { date: dmy(topic.dueOn) })})
                  </Typography>
                )}
                {topic.details && (
                  <Typography tag="p" variant="pi" textColor="neutral700">
                    {topic.details}
                  </Typography>
                )}
              </Box>
            ))}
          </Box>
        </Box>
      )}
      {direction.events.length > 0 && (
        <Box paddingTop={2}>
          <Typography variant="sigma">{t('board.events')}</Typography>
          <Box tag="ul">
            {direction.events.map((event, i) => (
              <Box tag="li" key={i} paddingTop={1}>
                <Typography variant="omega">
                  {dmy(event.on)}: {event.title}
                </Typography>
              </Box>
            ))}
          </Box>
        </Box>
      )}
    </Box>
  );
};

export const DirectionWidget = () => {
  const t = useT();
  const { home, failed } = useBoardHome();
  if (failed) return <Widget.Error>{t('board.failed')}</Widget.Error>;
  if (!home) return <Widget.Loading>{t('board.loading')}</Widget.Loading>;
  if (home.directions.length === 0) return <Widget.NoData>{t('board.empty.direction')}</Widget.NoData>;
  return (
    <Flex direction="column" alignItems="stretch">
      {home.directions.map((direction) => (
        <Direction key={direction.documentId} direction={direction} />
      ))}
    </Flex>
  );
};

/** "Viết bài": the server makes the draft (pre-filled from the assignment), then its edit view opens. */
const WriteButton = ({ assignment }: { assignment: BoardAssignment }) => {
  const t = useT();
  const { post } = useFetchClient();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);
  const start = async () => {
    setBusy(true);
    try {
      const { data } = await post<{ data: StartedArticle }>(`/workflow/board/assignments/${assignment.documentId}/article`, {});
      navigate(editViewPath(ARTICLE_UID, data.data.documentId));
    } catch {
      toggleNotification({ type: 'danger', message: t('board.writeFailed') });
      setBusy(false);
    }
  };
  return (
    <Button size="S" variant="secondary" loading={busy} onClick={start}>
      {t('board.write')}
    </Button>
  );
};

const AssignmentEntry = ({ assignment, mine }: { assignment: BoardAssignment; mine: boolean }) => {
  const t = useT();
  return (
    <Box tag="li" paddingBottom={3}>
      <Flex gap={2} wrap="wrap">
        <Link tag={RouterLink} to={editViewPath(ASSIGNMENT_UID, assignment.documentId)}>
          {assignment.title}
        </Link>
        <Badge variant={assignment.stage === 'published' ? 'success' : 'neutral'}>{assignment.stageLabel}</Badge>
        {assignment.overdue && <Badge variant="danger">{t('board.overdue')}</Badge>}
      </Flex>
      <Typography tag="p" variant="pi" textColor={assignment.overdue ? 'danger600' : 'neutral600'}>
        {[
          assignment.site,
          mine ? null : t('board.assignee', { name: assignment.assignee }),
          t('board.dueOn', { date: dmy(assignment.dueOn) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography>
      <Box paddingTop={1}>
        {assignment.article ? (
          <Link tag={RouterLink} to={editViewPath(ARTICLE_UID, assignment.article.documentId)}>
            {t('board.open')}: {assignment.article.title}
          </Link>
        ) : (
          // Only an assignment nobody has written from yet: a colleague's article is not linked here.
          mine && assignment.stage === 'not-started' && <WriteButton assignment={assignment} />
        )}
      </Box>
    </Box>
  );
};

const AssignmentList = ({ list, mine }: { list: 'mine' | 'board'; mine: boolean }) => {
  const t = useT();
  const { home, failed } = useBoardHome();
  if (failed) return <Widget.Error>{t('board.failed')}</Widget.Error>;
  if (!home) return <Widget.Loading>{t('board.loading')}</Widget.Loading>;
  const { items, total }: BoardList = home[list];
  if (items.length === 0) return <Widget.NoData>{t(list === 'mine' ? 'board.empty.mine' : 'board.empty.board')}</Widget.NoData>;
  return (
    <Flex direction="column" alignItems="stretch">
      <Box tag="ul">
        {items.map((assignment) => (
          <AssignmentEntry key={assignment.documentId} assignment={assignment} mine={mine} />
        ))}
      </Box>
      {total > items.length && (
        <Typography variant="pi" textColor="neutral600">
          {t('board.more', { count: total - items.length })}
        </Typography>
      )}
    </Flex>
  );
};

export const MineWidget = () => <AssignmentList list="mine" mine />;
export const BoardAssignmentsWidget = () => <AssignmentList list="board" mine={false} />;
