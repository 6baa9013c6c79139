export interface SiteEnv {
  slug: string;
  base: string;
  origin: string;
  cmsUrl: string;
}
export declare const siteEnv: (env?: Record<string, string | undefined>) => SiteEnv;
