import { callScope } from '../../../../utils/call-scope';

const workflowScope = callScope('workflow');

/**
 * Runs `work` as the workflow itself. Only code inside may publish, unpublish or set workflow
 * fields on articles and legal documents; the guard refuses those writes from anywhere else.
 */
export const runAsWorkflow = workflowScope.run;

/** Whether the current call chain started inside `runAsWorkflow`. */
export const inWorkflow = workflowScope.active;
