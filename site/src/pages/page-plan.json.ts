// The release's page plan (routing/page-plan.ts): every page and its fingerprint, for the incremental
// renderer. The build script moves it out of the pages readers get (scripts/lib/page-plan.mjs).
import type { APIRoute } from 'astro';
import { pagePlan, planFingerprints } from '../routing/page-plan';

export const GET: APIRoute = async () => new Response(JSON.stringify({ pages: planFingerprints(await pagePlan()) }));
