import { AsyncLocalStorage } from 'async_hooks';

const workflowScope = new AsyncLocalStorage<true>();

/**
 * Runs `work` as the workflow itself. Only code inside may publish, unpublish or set workflow
 * fields on articles and legal documents; the guard refuses those writes from anywhere else.
 */
export const runAsWorkflow = <T>(work: () => Promise<T>): Promise<T> => workflowScope.run(true, work);

/** Whether the current call chain started inside `runAsWorkflow`. */
export const inWorkflow = (): boolean => workflowScope.getStore() === true;
