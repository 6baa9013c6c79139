import { fork, type ChildProcess } from 'child_process';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { PreviewerReply, PreviewerRequest, PreviewUid } from '@vungtau/publishing';
import { draftAsPublished } from './draft';
import { childEnv } from '../../../../utils/child-env';

/** A rendered preview, or why there is none (a refusal worded for editors, or a kind of failure). */
export type PreviewOutcome =
  | { page: { path: string; base: string; html: string; assets: string } }
  | { refused: string }
  | { failed: 'busy' | 'timeout' | 'error' };

/** Previews waiting or rendering at once; more are refused as busy rather than queued without end. */
const MAX_WAITING = 4;

/** How long a preview is awaited before its 504. */
const timeoutMs = (): number => Number(process.env.PREVIEW_TIMEOUT_MS) || 60_000;

/** A child whose backlog is full and whose oldest preview is this many timeouts old is stuck. */
const STUCK_AFTER = 5;
/** …and at least this old (5 minutes), whatever the timeout: a first bundle build takes a while. */
const STUCK_AT_LEAST_MS = 5 * 60_000;

/** Where the site workspace is (REBUILD_SITE_DIR, as for the rebuild worker, or the linked @vungtau/site). */
const siteDir = (): string => path.resolve(process.env.REBUILD_SITE_DIR || path.dirname(require.resolve('@vungtau/site/package.json')));

const cmsUrl = (strapi: Core.Strapi): string => process.env.CMS_URL || `http://127.0.0.1:${strapi.config.get('server.port', 1337)}`;

/**
 * The page previewer (site/scripts/preview.mjs), a child process of the CMS: rendering a site's
 * pages takes its thread for a while, which must not be the CMS's. It lives as long as the CMS,
 * keeping each site's bundle and content between previews; it is started on the first preview and
 * again after it died. One preview renders at a time, at most MAX_WAITING wait (those given up on count until the child answers them), and each answer is
 * awaited for PREVIEW_TIMEOUT_MS (60 s): a late answer is dropped, never shown for another; a child
 * whose backlog is full and long overdue is killed as stuck and replaced.
 */
export const previewerProcess = (strapi: Core.Strapi) => {
  let child: ChildProcess | null = null;
  let nextId = 1;
  /** Previews the child has been sent and not answered, those given up on included: its real backlog. */
  let inChild = 0;
  /** When each preview the child has not answered was sent to it. */
  const sentAt = new Map<number, number>();
  const pending = new Map<
    number,
    { uid: PreviewUid; documentId: string; renderer: ChildProcess; settle: (outcome: PreviewOutcome) => void }
  >();
  const domains = process.env.SITES_USE_DOMAINS === 'true';

  const answerDraft = async (running: ChildProcess, id: number, query: unknown) => {
    const waiting = pending.get(id);
    let entry: Record<string, unknown> | null = null;
    try {
      if (waiting) entry = await draftAsPublished(strapi, waiting.uid, waiting.documentId, query);
    } catch (error) {
      strapi.log.error(`Preview: reading the draft ${waiting?.documentId} failed: ${error instanceof Error ? error.message : error}`);
    }
    if (running.connected) running.send({ type: 'draft', id, entry } satisfies PreviewerRequest);
  };

  const start = (): ChildProcess => {
    const started = fork(path.join(siteDir(), 'scripts', 'preview.mjs'), [], {
      cwd: siteDir(),
      env: childEnv({ CMS_URL: cmsUrl(strapi), FORCE_COLOR: '0' }),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    started.stdout?.on('data', (chunk: Buffer) => strapi.log.debug(`Preview: ${chunk.toString('utf8').trimEnd()}`));
    started.stderr?.on('data', (chunk: Buffer) => strapi.log.warn(`Preview: ${chunk.toString('utf8').trimEnd()}`));
    started.on('message', (message: PreviewerReply) => {
      if (message.type === 'draft') {
        void answerDraft(started, message.id, message.query);
        return;
      }
      inChild = Math.max(0, inChild - 1);
      sentAt.delete(message.id);
      const waiting = pending.get(message.id);
      if (!waiting) return;
      if ('html' in message)
        waiting.settle({ page: { path: message.path, base: message.base, html: message.html, assets: message.assets } });
      else if ('message' in message) waiting.settle({ refused: message.message });
      else {
        strapi.log.error(`Preview of ${waiting.uid} ${waiting.documentId} failed: ${message.error}`);
        waiting.settle({ failed: 'error' });
      }
    });
    started.on('exit', (code, signal) => {
      if (child === started) {
        child = null;
        inChild = 0;
        sentAt.clear();
      }
      // Only its own previews: one killed as stuck exits while a new child already renders others.
      for (const waiting of [...pending.values()].filter((entry) => entry.renderer === started)) {
        strapi.log.error(`Preview: the previewer exited (${signal ?? code}) while rendering ${waiting.documentId}`);
        waiting.settle({ failed: 'error' });
      }
    });
    return started;
  };

  return {
    /** Renders the page of an item's draft on its site. */
    render(site: string, uid: PreviewUid, documentId: string): Promise<PreviewOutcome> {
      if (
        inChild >= MAX_WAITING &&
        child &&
        Date.now() - Math.min(...sentAt.values()) > Math.max(STUCK_AFTER * timeoutMs(), STUCK_AT_LEAST_MS)
      ) {
        // Its backlog is full and its oldest preview long past its time: the child is stuck (a
        // render that never returns), and would refuse every preview until the CMS restarts. Its
        // exit settles what it still had; a new child starts below. A slow first bundle build is
        // not taken for stuck: that is well within STUCK_AFTER timeouts.
        strapi.log.error('Preview: the previewer answered nothing for too long; it is restarted.');
        const stuck = child;
        child = null;
        inChild = 0;
        sentAt.clear();
        stuck.kill('SIGKILL');
      }
      if (inChild >= MAX_WAITING) return Promise.resolve({ failed: 'busy' });
      const id = nextId++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => settle({ failed: 'timeout' }), timeoutMs());
        const settle = (outcome: PreviewOutcome) => {
          if (!pending.delete(id)) return;
          clearTimeout(timer);
          resolve(outcome);
        };
        child ??= start();
        pending.set(id, { uid, documentId, renderer: child, settle });
        sentAt.set(id, Date.now());
        inChild++;
        child.send({ type: 'preview', id, site, uid, documentId, domains } satisfies PreviewerRequest, (error) => {
          if (error) settle({ failed: 'error' });
        });
      });
    },

    /** Ends the child process (the bundles stay on disk). */
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

export type PreviewerProcess = ReturnType<typeof previewerProcess>;
