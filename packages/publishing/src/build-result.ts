import type { ComplianceReport } from './compliance.js';

/**
 * What a full build (site/scripts/build-sites.mjs --result <file>) reports for each site it was
 * asked to build, as JSON: the release it made live, or why it failed (the live release is then
 * unchanged). The rebuild worker decides a job's outcome from this file; the log is for people.
 */
export interface SiteBuildResult {
  site: string;
  ok: boolean;
  /** The release that is live now; null when the build failed. */
  release: string | null;
  /** Why the build failed; null when it succeeded. */
  error: string | null;
  /** How long the site took, its wait for a free process included. */
  seconds: number;
  /**
   * The site's Nghị định 42 check, from the content it was built from (a warning only); absent
   * for a closed site's redirects and for the `astro` engine.
   */
  compliance?: ComplianceReport;
}

/** The whole file: one entry per site of the run, in the order they finished. */
export interface BuildResult {
  sites: SiteBuildResult[];
}

/** Reads a result file's text; throws on anything that is not a BuildResult. */
export const parseBuildResult = (text: string): BuildResult => {
  const value: unknown = JSON.parse(text);
  const sites = (value as { sites?: unknown } | null)?.sites;
  if (!Array.isArray(sites)) throw new Error('a build result has a list of sites');
  for (const entry of sites as Array<Partial<SiteBuildResult> | null>) {
    const ok = typeof entry?.site === 'string' && typeof entry.ok === 'boolean';
    const release = entry?.release === null || typeof entry?.release === 'string';
    const error = entry?.error === null || typeof entry?.error === 'string';
    const seconds = typeof entry?.seconds === 'number';
    if (!ok || !release || !error || !seconds) throw new Error(`not a site's build result: ${JSON.stringify(entry)}`);
  }
  return { sites: sites as SiteBuildResult[] };
};

/** The line a failed site's build logs, and the error its rebuild job records. */
export const failureLine = ({ site, seconds, error }: SiteBuildResult): string =>
  `FAILED ${site} after ${seconds.toFixed(1)} s: ${error}; its live release is unchanged`;
