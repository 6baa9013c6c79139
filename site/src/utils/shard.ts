/**
 * One build's share of a big site's pages. A site of tens of thousands of pages is built by several
 * Astro processes at once (scripts/build-sites.mjs), each with SITE_SHARD="k/n": every dynamic
 * route renders its k-th path of each n, so every route's work is spread evenly; the pages
 * without parameters (home, sitemap, feeds) render in every share, identically, and the build
 * script keeps one copy. Without SITE_SHARD a build renders everything.
 */
export interface Shard {
  index: number;
  count: number;
}

export const parseShard = (value: string | undefined): Shard => {
  if (!value) return { index: 1, count: 1 };
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(count >= 1 && index >= 1 && index <= count)) throw new Error(`SITE_SHARD must be "k/n" with 1 ≤ k ≤ n, not "${value}"`);
  return { index, count };
};

const shard = parseShard(process.env.SITE_SHARD);

/** The paths of a route this build renders (getStaticPaths' result, in its order). */
export const inShard = <T>(paths: T[], { index, count } = shard): T[] =>
  count === 1 ? paths : paths.filter((_, i) => i % count === index - 1);
