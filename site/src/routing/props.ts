import type { AstroGlobal } from 'astro';

/**
 * A dynamic page's props. A static build passes them from getStaticPaths; the incremental
 * renderer renders on demand, where Astro calls no getStaticPaths, and passes the same props
 * (from routing/pages.ts) in `locals`.
 */
export const pageProps = <P>(astro: Pick<AstroGlobal, 'props' | 'locals'>): P => (astro.locals.pageProps ?? astro.props) as P;
