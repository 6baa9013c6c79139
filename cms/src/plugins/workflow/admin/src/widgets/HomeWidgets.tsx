import { Link as RouterLink } from 'react-router-dom';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import type { HomeEntry, HomeList as HomeListData, WorkflowHome } from '../../../shared/contracts';
import { editViewPath } from '../constants';
import { useT } from '../hooks/useT';
import type { MessageKey } from '../translations/messages';
import { formatDateTime } from '../utils/dates';
import { useWorkflowHome } from './useWorkflowHome';

/** The home's lists of items (other widgets read other parts of the answer). */
type ListName = { [K in keyof WorkflowHome]: WorkflowHome[K] extends HomeListData ? K : never }[keyof WorkflowHome];

/** What each list says under an item's title: when it came in, and for returned items who and why. */
const DETAIL: Record<ListName, MessageKey> = {
  waiting: 'home.waitingSince',
  returned: 'home.returnedBy',
  scheduled: 'home.scheduledFor',
  published: 'home.publishedAt',
};

const Entry = ({ entry, list }: { entry: HomeEntry; list: ListName }) => {
  const t = useT();
  const when = formatDateTime(entry.at);
  const detail = list === 'returned' ? t('home.returnedBy', { name: entry.by ?? '' }) : t(DETAIL[list], { at: when });
  return (
    <Box tag="li" paddingBottom={3}>
      <Link tag={RouterLink} to={editViewPath(entry.uid, entry.documentId)}>
        {entry.label}
      </Link>
      <Typography tag="p" variant="pi" textColor="neutral600">
        {[entry.typeLabel, entry.site, entry.stateLabel].filter(Boolean).join(' · ')} · {detail}
        {list === 'returned' && when ? `, ${when}` : ''}
      </Typography>
      {list === 'returned' && entry.reason && (
        <Typography tag="p" variant="pi" textColor="neutral800">
          {t('home.reason')}: {entry.reason}
        </Typography>
      )}
    </Box>
  );
};

const EMPTY: Record<ListName, MessageKey> = {
  waiting: 'home.empty.waiting',
  returned: 'home.empty.returned',
  scheduled: 'home.empty.scheduled',
  published: 'home.empty.published',
};

const HomeList = ({ list }: { list: ListName }) => {
  const t = useT();
  const { home, failed } = useWorkflowHome();
  if (failed) return <Widget.Error>{t('home.failed')}</Widget.Error>;
  if (!home) return <Widget.Loading>{t('home.loading')}</Widget.Loading>;
  const { items, total } = home[list];
  if (items.length === 0) return <Widget.NoData>{t(EMPTY[list])}</Widget.NoData>;
  return (
    <Flex direction="column" alignItems="stretch">
      <Box tag="ul">
        {items.map((entry) => (
          <Entry key={`${entry.uid}/${entry.documentId}`} entry={entry} list={list} />
        ))}
      </Box>
      {total > items.length && (
        <Typography variant="pi" textColor="neutral600">
          {t('home.more', { count: total - items.length })}
        </Typography>
      )}
    </Flex>
  );
};

export const WaitingWidget = () => <HomeList list="waiting" />;
export const ReturnedWidget = () => <HomeList list="returned" />;
export const ScheduledWidget = () => <HomeList list="scheduled" />;
export const PublishedWidget = () => <HomeList list="published" />;
