import { LRUCache } from 'lru-cache';

/**
 * One cached response: its JSON as UTF-8 and gzipped (off the JS heap, sent as is), the models it
 * was made from and their versions then.
 */
export interface CachedResponse {
  body: Buffer;
  gzipped: Buffer;
  models: string[];
  tag: string;
}

export interface CacheSettings {
  enabled: boolean;
  maxBytes: number;
}

/** API_CACHE=false turns the cache off; API_CACHE_MAX_MB bounds its memory (least recently used go first). */
export const cacheSettings = (env: NodeJS.ProcessEnv = process.env): CacheSettings => {
  const megabytes = Number(env.API_CACHE_MAX_MB ?? 256);
  if (!Number.isFinite(megabytes) || megabytes <= 0)
    throw new Error(`API_CACHE_MAX_MB must be a positive number of megabytes, not "${env.API_CACHE_MAX_MB}".`);
  return { enabled: (env.API_CACHE ?? 'true') !== 'false', maxBytes: Math.round(megabytes * 1024 * 1024) };
};

export const createStore = (settings: CacheSettings): LRUCache<string, CachedResponse> =>
  new LRUCache<string, CachedResponse>({
    maxSize: settings.maxBytes,
    sizeCalculation: (entry) => entry.body.length + entry.gzipped.length + 64,
  });
