import { Button, Divider, Flex, Loader, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useT } from '../hooks/useT';
import { useWorkflowItem } from '../hooks/useWorkflowItem';
import { useWorkflowMe } from '../hooks/useWorkflowMe';
import { ActionButtons } from './ActionButtons';
import { HistoryList } from './HistoryList';
import { ItemFacts } from './ItemFacts';

interface Props {
  uid: string;
  documentId: string;
}

export const PanelContent = ({ uid, documentId }: Props) => {
  const t = useT();
  const { item, error, loading, reload, replace } = useWorkflowItem(uid, documentId);
  const me = useWorkflowMe();
  // An action works on the stored draft, so unsaved edits would be silently left out of it.
  const modified = useForm('WorkflowPanel', (form) => form.modified, false) ?? false;

  if (!item) {
    if (loading) return <Loader small>{t('panel.loading')}</Loader>;
    return (
      <Flex direction="column" alignItems="stretch" gap={2} width="100%">
        <Typography variant="omega" textColor="danger600">
          {error ?? t('panel.loadFailed')}
        </Typography>
        <Button variant="tertiary" size="S" onClick={() => void reload()}>
          {t('panel.retry')}
        </Button>
      </Flex>
    );
  }

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      <ItemFacts item={item} />
      <ActionButtons item={item} me={me} blocked={modified} onDone={replace} onRefused={() => void reload()} />
      <Divider />
      <HistoryList entries={item.history} />
    </Flex>
  );
};
