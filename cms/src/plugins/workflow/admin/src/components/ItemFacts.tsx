import { Link as RouterLink } from 'react-router-dom';
import { Flex, Link, Typography } from '@strapi/design-system';
import { ARTICLE_UID, editViewPath } from '../constants';
import { useT } from '../hooks/useT';
import type { WorkflowItem } from '../../../shared/contracts';
import { formatDateTime } from '../utils/dates';
import { Fact } from './Fact';
import { StateStatus } from './StateStatus';

const ArticleLink = ({ documentId, label }: { documentId: string; label: string }) => (
  <Link tag={RouterLink} to={editViewPath(ARTICLE_UID, documentId)}>
    {label}
  </Link>
);

/** Where the item stands: state, site, scheduled time and its link to a ward or city copy. */
export const ItemFacts = ({ item }: { item: WorkflowItem }) => {
  const t = useT();
  const { proposal } = item;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Fact label={t('panel.state')}>
        <StateStatus state={item.state} label={item.stateLabel} />
      </Fact>
      <Fact label={t('panel.site')}>{item.site?.name ?? t('panel.noSite')}</Fact>
      {item.state === 'scheduled' && item.scheduledAt && <Fact label={t('panel.scheduledAt')}>{formatDateTime(item.scheduledAt)}</Fact>}
      {proposal?.from && (
        <Fact label={t('proposal.from')}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            {proposal.creditSite && <Typography variant="omega">{proposal.creditSite}</Typography>}
            {proposal.canOpenFrom && <ArticleLink documentId={proposal.from} label={t('proposal.openSource')} />}
          </Flex>
        </Fact>
      )}
      {proposal?.to && (
        <Fact label={t('proposal.to')}>
          {proposal.canOpenTo ? <ArticleLink documentId={proposal.to} label={t('proposal.openCopy')} /> : t('proposal.sent')}
        </Fact>
      )}
      {!item.canEdit && (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.readOnly')}
        </Typography>
      )}
    </Flex>
  );
};
