import { Status, Typography } from '@strapi/design-system';
import type { WorkflowState } from '../../../shared/contracts';
import { stateVariant } from '../utils/states';

interface Props {
  state: WorkflowState;
  label: string;
}

export const StateStatus = ({ state, label }: Props) => (
  <Status variant={stateVariant(state)} size="S">
    <Typography tag="span" variant="omega" fontWeight="bold">
      {label}
    </Typography>
  </Status>
);
