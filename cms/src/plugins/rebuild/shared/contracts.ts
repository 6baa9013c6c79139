/**
 * What the rebuild plugin's admin routes answer (server/routes, server/controllers/rebuild.ts),
 * as `{ data: … }`. The server and the "Dựng lại trang" page both import these shapes from here.
 * Types only: the admin bundle and the server compile this file separately.
 */

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'superseded';

/** Only the changed pages rendered, or the whole site built. */
export type BuildMethod = 'incremental' | 'full';

/** A rebuild job as the overview lists it; `GET /jobs/:id` adds its log. */
export interface JobSummary {
  id: number;
  siteSlug: string;
  status: JobStatus;
  reasons: string[] | null;
  requestedBy: string | null;
  queuedAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  attempts: number | null;
  worker: string | null;
  release: string | null;
  method: BuildMethod | null;
  error: string | null;
  log?: string | null;
}

/** A site with its live release, the releases on disk, the last failed build and its last job. */
export interface SiteState {
  slug: string;
  name: string;
  kind: string;
  status: string;
  live: string | null;
  releases: string[];
  lastFailure: { release: string; at: string; message: string } | null;
  lastJob: JobSummary | null;
  queued: boolean;
}

/** `GET /overview`: the sites this user may rebuild and their latest jobs. */
export interface Overview {
  sites: SiteState[];
  jobs: JobSummary[];
  canRebuildAll: boolean;
}
