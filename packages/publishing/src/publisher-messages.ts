/**
 * The messages between the rebuild worker and the incremental publisher, the child process it forks
 * (site/scripts/publisher.mjs) and talks to over IPC.
 */
import type { JobChanges } from './changes.js';

/** Publish a job's changes to one site; answered by a PublisherReply with the same id. */
export interface PublishRequest {
  id: number;
  type: 'publish';
  site: string;
  changes: JobChanges;
  domains: boolean;
}

/** Get every active site ready for its first publish, between publishes; not answered. */
export interface WarmRequest {
  type: 'warm';
  domains: boolean;
}

export type PublisherRequest = PublishRequest | WarmRequest;

/** What the incremental publisher made of a job. */
export interface PublishOutcome {
  /** The new live release; absent when a full build must do the job instead. */
  release?: string;
  /** Why a full build must do it. */
  full?: string;
  pages?: number;
  rendered?: number;
  written?: number;
  removed?: number;
  /** How the new release's copy of the unchanged files was made. */
  copy?: string;
  seconds?: number;
  log: string;
}

/** The answer to a PublishRequest: its outcome, or why publishing failed (with the log so far). */
export type PublisherReply = { id: number } & (PublishOutcome | { error: string; log: string });
