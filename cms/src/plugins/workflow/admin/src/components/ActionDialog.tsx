import { useRunAction } from '../hooks/useRunAction';
import type { ActionInput, AvailableAction, WorkflowItem } from '../../../shared/contracts';
import { ConfirmActionDialog } from './ConfirmActionDialog';
import { InputActionModal } from './InputActionModal';

export interface ActionDialogProps {
  item: WorkflowItem;
  action: AvailableAction;
  /** Whether the notification after "propose" may link to the city portal's copy. */
  linkCityCopy: boolean;
  onClose: () => void;
  onDone: (item: WorkflowItem) => void;
  onRefused: () => void;
}

/** Asks for what the action needs (a reason, a time…) or just for confirmation, then runs it. */
export const ActionDialog = ({ item, action, linkCityCopy, onClose, onDone, onRefused }: ActionDialogProps) => {
  const { run, pending, error } = useRunAction({ item, linkCityCopy, onDone, onRefused });
  const submit = (input: ActionInput) => run(action, input);
  const needsInput = Object.values(action.needs).some(Boolean);
  const shared = { item, action, pending, error, onClose, onSubmit: submit };
  return needsInput ? <InputActionModal {...shared} /> : <ConfirmActionDialog {...shared} />;
};
