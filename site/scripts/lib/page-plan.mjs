// @ts-check
// A site release's page plan (src/routing/page-plan.ts): each page's file and fingerprint. The build
// renders it as page-plan.json and keeps it out of the pages readers get: as a dot file, which
// neither nginx (site/deploy/nginx.conf) nor `npm start`'s server serves.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const RENDERED = 'page-plan.json';
export const PLAN_FILE = '.page-plan.json';

/** Moves the plan a build rendered to where releases keep it. @param {string} dir */
export const keepPlan = (dir) => {
  if (!existsSync(join(dir, RENDERED))) throw new Error(`${dir} has no ${RENDERED}: was it built by these pages?`);
  renameSync(join(dir, RENDERED), join(dir, PLAN_FILE));
};

/**
 * A release's page plan: file → fingerprint (null: rendered every time), or null when it has none.
 * @param {string} dir
 * @returns {Record<string, string | null> | null}
 */
export const readPlan = (dir) => {
  const file = join(dir, PLAN_FILE);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).pages : null;
};
