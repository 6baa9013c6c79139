import * as React from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import type { ButtonProps } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import type { ActionName, AvailableAction, WorkflowItem, WorkflowMe } from '../../../shared/contracts';
import { mayOpenCityCopy } from '../utils/access';
import { ActionDialog } from './ActionDialog';

/** Moving forward is the expected path (filled), sending back or taking down is a warning. */
const VARIANTS: Partial<Record<ActionName, ButtonProps['variant']>> = {
  submit: 'default',
  forward: 'default',
  approve: 'success',
  schedule: 'secondary',
  return: 'danger-light',
  withdraw: 'danger-light',
};

interface Props {
  item: WorkflowItem;
  me: WorkflowMe | null;
  /** Unsaved edits in the form: the user must save first. */
  blocked: boolean;
  onDone: (item: WorkflowItem) => void;
  /** Reloads the panel, e.g. after a refusal because the item moved on meanwhile. */
  onRefused: () => void;
}

export const ActionButtons = ({ item, me, blocked, onDone, onRefused }: Props) => {
  const t = useT();
  const [open, setOpen] = React.useState<AvailableAction | null>(null);
  // The server still offers "propose" once a copy exists, then refuses it; don't show a dead end.
  const actions = item.actions.filter((action) => !(action.action === 'propose' && item.proposal?.to));

  if (actions.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {t('panel.noActions')}
      </Typography>
    );
  }

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {blocked && (
        <Typography variant="pi" textColor="warning600">
          {t('panel.unsaved')}
        </Typography>
      )}
      {actions.map((action) => (
        <Button
          key={action.action}
          fullWidth
          size="S"
          variant={VARIANTS[action.action] ?? 'tertiary'}
          disabled={blocked}
          onClick={() => setOpen(action)}
        >
          {action.label}
        </Button>
      ))}
      {open && (
        <ActionDialog
          item={item}
          action={open}
          linkCityCopy={mayOpenCityCopy(me)}
          onClose={() => setOpen(null)}
          onRefused={onRefused}
          onDone={(next) => {
            setOpen(null);
            onDone(next);
          }}
        />
      )}
    </Flex>
  );
};
