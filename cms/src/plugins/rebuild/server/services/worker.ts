import { spawn } from 'child_process';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { pollingLoop } from '../../../../utils/polling-loop';
import { claim, finish, heartbeat, requeueStale, workerName, type Job } from './queue';

const LOG_TAIL_CHARS = 20_000;
const HEARTBEAT_MS = 5_000;

/** Where the site workspace is (its scripts build and release the sites): beside the CMS app. */
export const siteDir = (strapi: Core.Strapi): string => path.resolve(process.env.REBUILD_SITE_DIR || path.join(strapi.dirs.app.root, '..', 'site'));

/** The CMS address the site build reads from: CMS_URL, or this server. */
const cmsUrl = (strapi: Core.Strapi): string =>
  process.env.CMS_URL || `http://127.0.0.1:${strapi.config.get('server.port', 1337)}`;

export interface BuildOutcome {
  ok: boolean;
  release: string | null;
  log: string;
  error: string | null;
}

/** Runs the site build for one site as a child process, keeping the end of its output. */
export const buildSite = (strapi: Core.Strapi, slug: string, onAlive: () => void): Promise<BuildOutcome> =>
  new Promise((resolve) => {
    let log = '';
    const keep = (chunk: Buffer) => {
      log = (log + chunk.toString('utf8')).slice(-LOG_TAIL_CHARS);
    };
    // Production serves each site on its own domain (site.domain); locally all share one host.
    const domains = process.env.SITES_USE_DOMAINS === 'true' ? ['--domains'] : [];
    const child = spawn(process.execPath, [path.join(siteDir(strapi), 'scripts', 'build-sites.mjs'), '--site', slug, ...domains], {
      cwd: siteDir(strapi),
      env: { ...process.env, CMS_URL: cmsUrl(strapi), FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const alive = setInterval(onAlive, HEARTBEAT_MS);
    const done = (code: number | null, error?: Error) => {
      clearInterval(alive);
      const release = log.match(/release (\S+) is live/)?.[1] ?? null;
      const ok = code === 0 && release !== null;
      const lastError = error?.message ?? (ok ? null : log.match(/FAILED [^\n]*/)?.[0] ?? `Lệnh dựng trang kết thúc với mã ${code}`);
      resolve({ ok, release, log, error: lastError });
    };
    child.on('error', (error) => done(null, error));
    child.on('exit', (code) => done(code));
  });

/** Tells REBUILD_NOTIFY_URL (e.g. a CDN purge hook) that a site has a new live release; never fails the job. */
const notify = async (strapi: Core.Strapi, job: Job, release: string | null): Promise<void> => {
  const target = process.env.REBUILD_NOTIFY_URL;
  if (!target) return;
  try {
    const res = await fetch(target, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ site: job.siteSlug, release, job: job.id }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) strapi.log.warn(`Rebuild: ${target} answered ${res.status} for ${job.siteSlug}.`);
  } catch (error) {
    strapi.log.warn(`Rebuild: could not notify ${target} for ${job.siteSlug}: ${error instanceof Error ? error.message : String(error)}`);
  }
};

/** Builds one claimed job and records the outcome. */
export const runJob = async (strapi: Core.Strapi, job: Job): Promise<BuildOutcome> => {
  const outcome = await buildSite(strapi, job.siteSlug, () => {
    heartbeat(strapi, job.id).catch((error) => strapi.log.warn(`Rebuild: heartbeat of job ${job.id} failed: ${error.message}`));
  });
  await finish(strapi, job, { status: outcome.ok ? 'succeeded' : 'failed', release: outcome.release, log: outcome.log, error: outcome.error });
  if (outcome.ok) {
    strapi.log.info(`Rebuild: ${job.siteSlug} is live (release ${outcome.release}, job ${job.id}).`);
    await notify(strapi, job, outcome.release);
  } else strapi.log.error(`Rebuild: ${job.siteSlug} failed (job ${job.id}); the live release is unchanged. ${outcome.error}`);
  return outcome;
};

/** Takes and builds queued jobs until none is left; returns how many ran. */
export const drain = async (strapi: Core.Strapi, name = workerName()): Promise<number> => {
  let ran = 0;
  await requeueStale(strapi);
  for (let job = await claim(strapi, name); job; job = await claim(strapi, name)) {
    await runJob(strapi, job);
    ran += 1;
  }
  return ran;
};

/**
 * The worker loop: polls the queue (REBUILD_POLL_MS, default 1 s) and builds one job at a time.
 * Runs inside the CMS locally (REBUILD_WORKER) and as its own process in production.
 */
let wakeUp: (() => void) | undefined;

/** Asks the in-process worker (if any) to look at the queue now rather than at its next poll. */
export const wakeWorker = (): void => wakeUp?.();

export const startWorker = (strapi: Core.Strapi): { stop: () => Promise<void> } => {
  const loop = pollingLoop(() => drain(strapi), Number(process.env.REBUILD_POLL_MS) || 1000, (error) =>
    strapi.log.error(`Rebuild worker: ${error instanceof Error ? error.stack : String(error)}`)
  );
  wakeUp = loop.wake;
  strapi.log.info(`Rebuild worker ${workerName()} started (site builds from ${siteDir(strapi)}).`);
  return {
    stop: async () => {
      wakeUp = undefined;
      await loop.stop();
    },
  };
};
