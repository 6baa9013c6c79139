/** Shapes of the rebuild plugin's admin API (server/controllers/rebuild.ts). */
export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'superseded';

export interface Job {
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
  /** Only the changed pages rendered, or the whole site built. */
  method: 'incremental' | 'full' | null;
  error: string | null;
  log?: string | null;
}

export interface SiteState {
  slug: string;
  name: string;
  kind: string;
  status: string;
  live: string | null;
  releases: string[];
  lastFailure: { release: string; at: string; message: string } | null;
  lastJob: Job | null;
  queued: boolean;
}

export interface Overview {
  sites: SiteState[];
  jobs: Job[];
  canRebuildAll: boolean;
}
