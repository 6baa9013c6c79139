import type { WorkflowHome } from '../../../shared/contracts';
import { sharedHomeRequest } from './sharedHomeRequest';

/** The four home widgets and the report reminder read one answer, `GET /workflow/home`. */
export const useWorkflowHome = sharedHomeRequest<WorkflowHome>('/workflow/home');
