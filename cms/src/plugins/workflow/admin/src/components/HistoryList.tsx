import { Flex, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import type { HistoryEntry } from '../../../shared/contracts';
import { HistoryEntryView } from './HistoryEntryView';

/** The item's history, newest first: the latest step is what the next person needs. */
export const HistoryList = ({ entries }: { entries: HistoryEntry[] }) => {
  const t = useT();
  const newestFirst = [...entries].reverse();
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="sigma" textColor="neutral600">
        {t('history.title')}
      </Typography>
      {newestFirst.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('history.empty')}
        </Typography>
      ) : (
        <Flex tag="ol" direction="column" alignItems="stretch" gap={3}>
          {newestFirst.map((entry) => (
            <HistoryEntryView key={entry.id} entry={entry} />
          ))}
        </Flex>
      )}
    </Flex>
  );
};
