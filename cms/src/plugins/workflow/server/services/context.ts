import { AsyncLocalStorage } from 'async_hooks';

// One store per process, even when this module is loaded twice (from dist/ by Strapi and from
// src/ by a ts-jest test), so both copies agree on whether code runs inside the workflow.
const KEY = Symbol.for('vungtau.workflow.scope');
const registry = globalThis as unknown as Record<symbol, AsyncLocalStorage<true> | undefined>;
const workflowScope = (registry[KEY] ??= new AsyncLocalStorage<true>());

/**
 * Runs `work` as the workflow itself. Only code inside may publish, unpublish or set workflow
 * fields on articles and legal documents; the guard refuses those writes from anywhere else.
 */
export const runAsWorkflow = <T>(work: () => Promise<T>): Promise<T> => workflowScope.run(true, work);

/** Whether the current call chain started inside `runAsWorkflow`. */
export const inWorkflow = (): boolean => workflowScope.getStore() === true;
