import type { WorkflowState } from '../../../shared/contracts';

type Variant = 'neutral' | 'secondary' | 'alternative' | 'success' | 'warning' | 'danger' | 'primary';

/** Colours follow Strapi's own status badges: grey for drafts, green for public, red for problems. */
const VARIANTS: Record<WorkflowState, Variant> = {
  draft: 'neutral',
  submitted: 'secondary',
  edited: 'alternative',
  scheduled: 'primary',
  published: 'success',
  returned: 'danger',
  withdrawn: 'warning',
};

export const stateVariant = (state: WorkflowState): Variant => VARIANTS[state] ?? 'neutral';
