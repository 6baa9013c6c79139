// The redirect plan build-sites.mjs wrote for this build (REDIRECT_PLAN): see scripts/lib/redirects.mjs.
import { readFileSync } from 'node:fs';

export interface RedirectPlan {
  site: { slug: string; name: string; status: 'merged' | 'retired'; statusChangedOn: string | null };
  successor: { slug: string; name: string; home: string };
  redirects: Array<{ path: string; target: string; samePage: boolean }>;
}

let plan: RedirectPlan | undefined;

/** The plan, read once per build. */
export const redirectPlan = (): RedirectPlan => {
  const file = process.env.REDIRECT_PLAN;
  if (!file) throw new Error('REDIRECT_PLAN is not set: redirect releases are built by scripts/build-sites.mjs');
  return (plan ??= JSON.parse(readFileSync(file, 'utf8')) as RedirectPlan);
};
