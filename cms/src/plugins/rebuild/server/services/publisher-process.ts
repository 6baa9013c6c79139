import { fork, type ChildProcess } from 'child_process';
import type { Core } from '@strapi/strapi';
import type { JobChanges, PublishOutcome, PublisherReply, PublisherRequest } from '@vungtau/publishing';
import { siteDir, siteScript } from './site-workspace';
import { childEnv } from '../../../../utils/child-env';

/**
 * The incremental publisher as a long-lived child process of the worker (site/scripts/publisher.mjs):
 * it keeps each site's bundle and content in memory between jobs, so it must outlive a job.
 * Started on the first job, started again on the next one if it died; its crash fails only the
 * jobs it had, which then get a full build.
 */
export const publisherProcess = (options: { cmsUrl: string; domains: boolean; log: Core.Strapi['log'] }) => {
  let child: ChildProcess | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (outcome: PublishOutcome) => void; reject: (error: Error) => void }>();

  const start = (): ChildProcess => {
    const started = fork(siteScript('publisher.mjs'), [], {
      cwd: siteDir(),
      env: childEnv({ CMS_URL: options.cmsUrl, FORCE_COLOR: '0' }),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    started.stdout?.on('data', (chunk: Buffer) => options.log.debug(`Publisher: ${chunk.toString('utf8').trimEnd()}`));
    started.stderr?.on('data', (chunk: Buffer) => options.log.warn(`Publisher: ${chunk.toString('utf8').trimEnd()}`));
    started.on('message', (reply: PublisherReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if ('error' in reply && reply.error) waiting.reject(Object.assign(new Error(reply.error), { log: reply.log ?? '' }));
      else waiting.resolve(reply as PublishOutcome);
    });
    started.on('exit', (code, signal) => {
      if (child === started) child = null;
      for (const [id, waiting] of pending) {
        pending.delete(id);
        waiting.reject(new Error(`the publisher process exited (${signal ?? code})`));
      }
    });
    return started;
  };

  const send = (message: PublisherRequest, callback?: (error: Error | null) => void): void => {
    child ??= start();
    child.send(message, callback);
  };

  return {
    /** Publishes a site's changes without a full build, when it can. */
    publish(site: string, changes: JobChanges): Promise<PublishOutcome> {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        send({ id, type: 'publish', site, changes, domains: options.domains }, (error) => {
          if (error && pending.delete(id)) reject(error);
        });
      });
    },

    /** Gets every site ready for its first publish while nothing else is to be done. */
    warm(): void {
      send({ type: 'warm', domains: options.domains });
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

export type PublisherProcess = ReturnType<typeof publisherProcess>;

/** Whether publishes go through the incremental publisher (SITES_INCREMENTAL, default on). */
export const incrementalEnabled = (): boolean => process.env.SITES_INCREMENTAL !== 'false';
