import { fork, type ChildProcess } from 'child_process';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { JobChanges } from './changes';

/** What the incremental renderer made of a job (site/scripts/lib/renderer/index.mjs). */
export interface IncrementalOutcome {
  /** The new live release; absent when a full build must do the job instead. */
  release?: string;
  /** Why a full build must do it. */
  full?: string;
  pages?: number;
  rendered?: number;
  written?: number;
  removed?: number;
  seconds?: number;
  log: string;
}

interface Reply extends Partial<IncrementalOutcome> {
  id: number;
  error?: string;
}

/**
 * The incremental renderer as a long-lived child process of the worker (site/scripts/renderer.mjs):
 * it keeps each site's bundle and content in memory between jobs, so it must outlive a job.
 * Started on the first job, started again on the next one if it died; its crash fails only the
 * jobs it had, which then get a full build.
 */
export const incrementalRenderer = (options: { siteDir: string; cmsUrl: string; domains: boolean; log: Core.Strapi['log'] }) => {
  let child: ChildProcess | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (outcome: IncrementalOutcome) => void; reject: (error: Error) => void }>();

  const start = (): ChildProcess => {
    const started = fork(path.join(options.siteDir, 'scripts', 'renderer.mjs'), [], {
      cwd: options.siteDir,
      env: { ...process.env, CMS_URL: options.cmsUrl, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    started.stdout?.on('data', (chunk: Buffer) => options.log.debug(`Renderer: ${chunk.toString('utf8').trimEnd()}`));
    started.stderr?.on('data', (chunk: Buffer) => options.log.warn(`Renderer: ${chunk.toString('utf8').trimEnd()}`));
    started.on('message', (reply: Reply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (reply.error) waiting.reject(Object.assign(new Error(reply.error), { log: reply.log ?? '' }));
      else waiting.resolve(reply as IncrementalOutcome);
    });
    started.on('exit', (code, signal) => {
      if (child === started) child = null;
      for (const [id, waiting] of pending) {
        pending.delete(id);
        waiting.reject(new Error(`the renderer process exited (${signal ?? code})`));
      }
    });
    return started;
  };

  return {
    /** Publishes a site's changes without a full build, when it can. */
    publish(site: string, changes: JobChanges): Promise<IncrementalOutcome> {
      child ??= start();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child!.send({ id, type: 'publish', site, changes, domains: options.domains }, (error) => {
          if (error && pending.delete(id)) reject(error);
        });
      });
    },

    /** Gets every site ready for its first publish while nothing else is to be done. */
    warm(): void {
      child ??= start();
      child.send({ type: 'warm', domains: options.domains });
    },

    /** Ends the child process (its sites' bundles stay on disk for the next one). */
    async stop(): Promise<void> {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      });
    },
  };
};

export type IncrementalRenderer = ReturnType<typeof incrementalRenderer>;

/** Whether publishes go through the incremental renderer (SITES_INCREMENTAL, default on). */
export const incrementalEnabled = (): boolean => process.env.SITES_INCREMENTAL !== 'false';
