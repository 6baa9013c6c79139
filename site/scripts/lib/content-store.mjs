// @ts-check
// The content layer's store (Astro's data-store.json in a build's cacheDir), handed from the one
// run that synced a site to the shares that render it (scripts/build-sites.mjs).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as devalue from 'devalue';

const STORE = 'data-store.json';
// Astro clears a store whose recorded config digest differs from its own. The shares' configs
// differ from the syncing run's only in cacheDir and outDir, which do not change what the store
// holds; without a recorded digest Astro keeps the entries and records its own.
const CONFIG_DIGEST = ['meta::meta', 'astro-config-digest'];

/**
 * Copies the synced store in `from` into each of the `to` cache folders, ready for a share's build.
 * @param {string} from
 * @param {string[]} to
 */
export const handOverStore = (from, to) => {
  const collections = devalue.parse(readFileSync(join(from, STORE), 'utf8'));
  const [meta, key] = CONFIG_DIGEST;
  if (!(collections instanceof Map) || !collections.get(meta)?.has(key))
    throw new Error(`${join(from, STORE)} is not a synced content store (no ${key})`);
  collections.get(meta).delete(key);
  const text = devalue.stringify(collections);
  for (const [i, dir] of to.entries()) {
    mkdirSync(dir, { recursive: true });
    if (i === 0) writeFileSync(join(dir, STORE), text);
    else copyFileSync(join(to[0], STORE), join(dir, STORE));
  }
};
