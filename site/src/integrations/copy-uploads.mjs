// @ts-check
// Copies the CMS media the pages reference into the build, byte for byte: Strapi already made
// the responsive formats with sharp, so nothing is re-encoded. Strapi puts a content hash in
// every upload's file name, so a file in the shared cache never goes stale.
import { mkdir, readdir, readFile, copyFile, writeFile, access, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CACHE = fileURLToPath(new URL('../../.cache/uploads/', import.meta.url));
const UPLOAD_REF = /\/uploads\/([A-Za-z0-9._-]+\.[A-Za-z0-9]+)/g;
/** A release's reference counts of its uploads (a dot file: web servers do not serve it). */
export const UPLOAD_REFERENCES = '.uploads.json';

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* textFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (/\.(html|xml|css)$/.test(entry.name)) yield path;
  }
}

const exists = (/** @type {string} */ path) =>
  access(path).then(
    () => true,
    () => false
  );

/** The upload file names a page or feed refers to. @param {string} text @returns {string[]} */
export const uploadsReferencedBy = (text) => [...text.matchAll(UPLOAD_REF)].map((match) => match[1]);

/**
 * Copies uploads into `out`/uploads/ from the shared cache, fetching from the CMS those it lacks.
 * @param {Iterable<string>} names @param {{ out: string, cmsUrl: string }} options @returns {Promise<number>} how many were fetched
 */
export async function copyUploadFiles(names, { out, cmsUrl }) {
  await mkdir(CACHE, { recursive: true });
  await mkdir(join(out, 'uploads'), { recursive: true });
  let fetched = 0;
  for (const name of names) {
    const cached = join(CACHE, name);
    if (!(await exists(cached))) {
      const res = await fetch(`${cmsUrl}/uploads/${name}`);
      if (!res.ok) throw new Error(`GET /uploads/${name}: ${res.status}`);
      // Written aside and renamed into place: sites build side by side and share this cache, and
      // another build copying the file while this one writes it would copy half a file.
      const part = `${cached}.${process.pid}.${randomBytes(4).toString('hex')}.part`;
      try {
        await writeFile(part, Buffer.from(await res.arrayBuffer()));
        await rename(part, cached);
      } catch (error) {
        await rm(part, { force: true });
        throw error;
      }
      fetched++;
    }
    await copyFile(cached, join(out, 'uploads', name));
  }
  return fetched;
}

/**
 * Copies every upload the text files under `out` reference from the CMS (through the shared cache).
 * @param {{ out: string, cmsUrl: string }} options @returns {Promise<{ copied: number, fetched: number }>}
 */
export async function copyReferencedUploads({ out, cmsUrl }) {
  /** @type {Record<string, number>} */
  const references = {};
  for await (const file of textFiles(out)) {
    for (const name of new Set(uploadsReferencedBy(await readFile(file, 'utf8')))) references[name] = (references[name] ?? 0) + 1;
  }
  const names = Object.keys(references).sort();
  const fetched = await copyUploadFiles(names, { out, cmsUrl });
  // How many files refer to each upload: the incremental publisher removes an upload with the last page that shows it.
  await writeFile(join(out, UPLOAD_REFERENCES), JSON.stringify(Object.fromEntries(names.map((name) => [name, references[name]]))));
  return { copied: names.length, fetched };
}

/** @param {{ cmsUrl: string }} options @returns {import('astro').AstroIntegration} */
export default function copyUploads({ cmsUrl }) {
  return {
    name: 'copy-uploads',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // A share of a site built in several (src/utils/shard.ts) sees only its own pages: the
        // build script copies the uploads once, over the merged release.
        if (process.env.SITE_SHARD) return;
        const { copied, fetched } = await copyReferencedUploads({ out: fileURLToPath(dir), cmsUrl });
        logger.info(`${copied} media files copied (${fetched} fetched from the CMS)`);
      },
    },
  };
}
