import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { failureLine, parseBuildResult, type SiteBuildResult } from '@vungtau/publishing';
import { pollingLoop } from '../../../../utils/polling-loop';
import { claim, finish, heartbeat, requeueStale, workerName, type Job } from './queue';
import { incrementalEnabled, publisherProcess, type PublisherProcess } from './publisher-process';
import { siteDir, siteScript } from './site-workspace';
import { childEnv } from '../../../../utils/child-env';

const LOG_TAIL_CHARS = 20_000;
const HEARTBEAT_MS = 5_000;

/** The last LOG_TAIL_CHARS of a log, from a line's start: a cut line could begin inside a path no redaction recognises. */
const logTail = (log: string): string => {
  if (log.length <= LOG_TAIL_CHARS) return log;
  const tail = log.slice(-LOG_TAIL_CHARS);
  return tail.slice(tail.indexOf('\n') + 1);
};

/** The CMS address the site build reads from: CMS_URL, or this server. */
const cmsUrl = (strapi: Core.Strapi): string => process.env.CMS_URL || `http://127.0.0.1:${strapi.config.get('server.port', 1337)}`;

export interface BuildOutcome {
  ok: boolean;
  release: string | null;
  log: string;
  error: string | null;
}

/** Production serves each site on its own domain (site.domain); locally all share one host. */
const useDomains = (): boolean => process.env.SITES_USE_DOMAINS === 'true';

/** Whether the CMS the builds read answers its health check. */
const cmsAnswers = async (strapi: Core.Strapi): Promise<boolean> => {
  try {
    return (await fetch(`${cmsUrl(strapi)}/_health`, { signal: AbortSignal.timeout(5_000) })).ok;
  } catch {
    return false;
  }
};

/** The site's entry in the result file a build wrote, if it got that far. */
const resultOf = (file: string, slug: string): SiteBuildResult | undefined => {
  try {
    return parseBuildResult(fs.readFileSync(file, 'utf8')).sites.find((entry) => entry.site === slug);
  } catch {
    return undefined;
  }
};

/** Runs the full build of one site as a child process; its outcome is the result file it writes, its output the job's log. */
export const buildSite = (strapi: Core.Strapi, slug: string): Promise<BuildOutcome> =>
  new Promise((resolve) => {
    let log = '';
    const keep = (chunk: Buffer) => {
      log = logTail(log + chunk.toString('utf8'));
    };
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rebuild-'));
    const resultFile = path.join(work, 'result.json');
    const domains = useDomains() ? ['--domains'] : [];
    const child = spawn(process.execPath, [siteScript('build-sites.mjs'), '--site', slug, '--result', resultFile, ...domains], {
      cwd: siteDir(),
      env: childEnv({ CMS_URL: cmsUrl(strapi), FORCE_COLOR: '0' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const done = (code: number | null, error?: Error) => {
      const result = resultOf(resultFile, slug);
      fs.rmSync(work, { recursive: true, force: true });
      const release = result?.ok ? result.release : null;
      const ok = code === 0 && release !== null;
      const failure = result && !result.ok ? failureLine(result) : undefined;
      const lastError = error?.message ?? (ok ? null : (failure ?? `Lệnh dựng trang kết thúc với mã ${code}`));
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

/** The worker's incremental publisher: one per CMS process, started with its first job. */
let publisher: PublisherProcess | undefined;
const publisherOf = (strapi: Core.Strapi): PublisherProcess =>
  (publisher ??= publisherProcess({ cmsUrl: cmsUrl(strapi), domains: useDomains(), log: strapi.log }));

/** Stops the incremental publisher, if one runs. */
export const stopPublisher = async (): Promise<void> => {
  const running = publisher;
  publisher = undefined;
  await running?.stop();
};

/**
 * Publishes a job's changes with the incremental publisher: only the pages they change are
 * rendered, into a new release. Null when the job needs a full build, with the reason in `log`.
 */
const publishIncrementally = async (strapi: Core.Strapi, job: Job): Promise<{ outcome: BuildOutcome | null; log: string }> => {
  if (!job.changes) return { outcome: null, log: 'Dựng toàn bộ trang: lượt dựng lần đầu hoặc theo yêu cầu.' };
  if (!incrementalEnabled()) return { outcome: null, log: 'Dựng toàn bộ trang: SITES_INCREMENTAL=false.' };
  try {
    const result = await publisherOf(strapi).publish(job.siteSlug, job.changes);
    if (!result.release) return { outcome: null, log: `${result.log}\nDựng toàn bộ trang: ${result.full}.` };
    const summary = `Cập nhật ${result.rendered} trong ${result.pages} trang (${result.written} thay đổi, ${result.removed} bỏ đi) trong ${result.seconds?.toFixed(1)} giây.`;
    return { outcome: { ok: true, release: result.release, log: `${result.log}\n${summary}`, error: null }, log: '' };
  } catch (error) {
    const log = (error as { log?: string }).log ?? '';
    const message = error instanceof Error ? error.message : String(error);
    strapi.log.warn(`Rebuild: the incremental publisher failed for ${job.siteSlug} (job ${job.id}), building it whole: ${message}`);
    return { outcome: null, log: `${log}\nCập nhật nhanh lỗi: ${message}\nDựng toàn bộ trang.` };
  }
};

/** Builds one claimed job, incrementally when it can, and records the outcome. */
export const runJob = async (strapi: Core.Strapi, job: Job): Promise<BuildOutcome> => {
  const alive = setInterval(() => {
    heartbeat(strapi, job.id).catch((error) => strapi.log.warn(`Rebuild: heartbeat of job ${job.id} failed: ${error.message}`));
  }, HEARTBEAT_MS);
  let outcome: BuildOutcome;
  let method: 'incremental' | 'full';
  try {
    const incremental = await publishIncrementally(strapi, job);
    if (incremental.outcome) {
      [outcome, method] = [incremental.outcome, 'incremental'];
    } else {
      const full = await buildSite(strapi, job.siteSlug);
      [outcome, method] = [{ ...full, log: logTail(`${incremental.log}\n${full.log}`.trim()) }, 'full'];
    }
  } finally {
    clearInterval(alive);
  }
  await finish(strapi, job, {
    status: outcome.ok ? 'succeeded' : 'failed',
    release: outcome.release,
    method,
    log: outcome.log,
    error: outcome.error,
  });
  if (outcome.ok) {
    strapi.log.info(
      `Rebuild: ${job.siteSlug} is live (release ${outcome.release}, job ${job.id}, ${method === 'incremental' ? 'changed pages only' : 'full build'}).`
    );
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
  let warmed = false;
  let answered = false;
  let waitLogged = false;
  const work = async () => {
    // Builds read the CMS's public API: until it answers, jobs wait in the queue. The in-process
    // worker starts before the server listens (a fresh database is still being seeded), and a
    // worker of its own may start before the CMS it reads.
    if (!answered) {
      answered = await cmsAnswers(strapi);
      if (!answered) {
        if (!waitLogged) strapi.log.info(`Rebuild worker: waiting for the CMS at ${cmsUrl(strapi)} to answer before building.`);
        waitLogged = true;
        return;
      }
    }
    const ran = await drain(strapi);
    // Once the queue is first empty (the first builds done), the publisher gets every site ready,
    // so that an editor's first publish after a start is as quick as the ones after it.
    if (ran === 0 && !warmed && incrementalEnabled()) {
      warmed = true;
      publisherOf(strapi).warm();
    }
  };
  const loop = pollingLoop(work, Number(process.env.REBUILD_POLL_MS) || 1000, (error) =>
    strapi.log.error(`Rebuild worker: ${error instanceof Error ? error.stack : String(error)}`)
  );
  wakeUp = loop.wake;
  strapi.log.info(`Rebuild worker ${workerName()} started (site builds from ${siteDir()}).`);
  return {
    stop: async () => {
      wakeUp = undefined;
      await loop.stop();
      await stopPublisher();
    },
  };
};
