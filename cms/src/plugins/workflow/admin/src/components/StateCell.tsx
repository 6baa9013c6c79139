import { Typography } from '@strapi/design-system';
import { useStateLabels } from '../hooks/useStateLabels';
import type { WorkflowState } from '../../../shared/contracts';
import { StateStatus } from './StateStatus';

/** The list view's "Trạng thái duyệt" column: the state's Vietnamese name instead of its key. */
export const StateCell = ({ state }: { state: WorkflowState | null | undefined }) => {
  const labels = useStateLabels();
  if (!state) return <Typography textColor="neutral800">-</Typography>;
  return <StateStatus state={state} label={labels?.[state] ?? state} />;
};
