import type { CollectionEntry } from 'astro:content';
import { entries } from './source';
import { siteEnv } from '../utils/env.mjs';
import { once } from '../utils/once';

export type Site = CollectionEntry<'sites'>;

/** Every site in the CMS (the city portal links to its wards, a merged site to its successor), by slug. */
export const allSites = once(async () => (await entries('sites')).sort((a, b) => a.data.slug.localeCompare(b.data.slug)), ['sites']);

/** The site this build is for. */
export const currentSite = once(async (): Promise<Site> => {
  const { slug } = siteEnv();
  const site = (await allSites()).find((s) => s.data.slug === slug);
  if (!site) throw new Error(`No site with slug ${slug} in the CMS`);
  return site;
}, ['sites']);

/** The site's navigation links of one placement, in order. */
export const navigation = (site: Site, placement: 'header' | 'footer' | 'state-portals') =>
  site.data.navigation.filter((n) => n.placement === placement).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

const displayName = (s: Site): string => s.data.shortName ?? s.data.name;

/** The ward and commune sites under a city portal, by name ("Phường 2" before "Phường 10"). */
export const childSites = async (site: Site): Promise<Site[]> =>
  (await allSites())
    .filter((s) => s.data.parent?.slug === site.data.slug && s.data.status === 'active')
    .sort((a, b) => displayName(a).localeCompare(displayName(b), 'vi', { numeric: true }) || a.data.slug.localeCompare(b.data.slug));
