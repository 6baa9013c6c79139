import * as React from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Alert, Flex, Typography } from '@strapi/design-system';
import { isWorkflowUid } from '../constants';
import { useT } from '../hooks/useT';
import { formatDateTime } from '../utils/dates';
import { useStoredItem } from '../utils/itemStore';

/**
 * The first side panel, above Save: when the item was returned, why, by whom and when, so the
 * author reads it on opening rather than below the fold in the history.
 */
export const ReturnedPanel: PanelComponent = ({ model, documentId }) => {
  const t = useT();
  const item = useStoredItem(model, documentId);
  // Closing hides it for this visit only; the reason stays in the history below.
  const [closed, setClosed] = React.useState<number | null>(null);
  if (!isWorkflowUid(model) || !item || item.state !== 'returned') return null;
  const returned = [...item.history].reverse().find((entry) => entry.toState === 'returned');
  if (!returned || closed === returned.id) return null;
  return {
    title: t('returned.title'),
    content: (
      <Flex direction="column" alignItems="stretch" gap={2} width="100%">
        <Alert
          variant="warning"
          closeLabel={t('returned.close')}
          onClose={() => setClosed(returned.id)}
          title={t('returned.by', { name: returned.actorName, at: formatDateTime(returned.at) })}
        >
          {returned.reason ?? t('returned.noReason')}
        </Alert>
        <Typography variant="pi" textColor="neutral600">
          {t('returned.next')}
        </Typography>
      </Flex>
    ),
  };
};
