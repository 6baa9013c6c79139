// @ts-check
// Video and audio in articles (issue 26): played by the browser's own controls from the release's
// own files, nothing loaded before play, captions and transcripts; and the home page's newest list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { distDir, elements, freePort, published, read, searchHost, SITES, startTags, viewDir } from './fixture.mjs';

/** The article pages of a site whose HTML has `tag`, as site-relative paths. @param {string} site @param {string} tag */
const pagesWith = (site, tag) =>
  readdirSync(join(viewDir, site, 'tin'))
    .map((slug) => `tin/${slug}/index.html`)
    .filter((file) => existsSync(join(viewDir, site, file)) && read(site, file).includes(`<${tag} `));

/** A URL of the page as a file of the release: `/phuong-7/uploads/x.vtt` → its path. @param {string} site @param {string} url */
const releaseFile = (site, url) => {
  assert.ok(url.startsWith(`/${site}/`), `${url} is on the site's own origin and base`);
  return join(viewDir, site, url.slice(site.length + 2));
};

/** Every address a page makes the browser load by itself (not links): src, srcset, poster. @param {string} html */
const loadedAddresses = (html) =>
  [...html.matchAll(/\s(src|srcset|poster)="([^"]*)"/g)].flatMap(([, name, value]) =>
    name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]) : [value]
  );

test('editors: an article video plays with native controls from the release, preload none, a Vietnamese captions track, no third party', () => {
  const pages = pagesWith('phuong-7', 'video');
  assert.ok(pages.length > 0, 'the demo data has a Phường 7 article with a video');
  for (const page of pages) {
    const html = read('phuong-7', page);
    for (const video of elements(html, 'video')) {
      assert.equal(video.attrs.preload, 'none', `${page}: nothing of the video before play`);
      assert.ok('controls' in video.attrs, `${page}: the browser's own controls`);
      assert.ok(video.attrs.poster && existsSync(releaseFile('phuong-7', video.attrs.poster)), `${page}: the poster is in the release`);
      assert.ok(Number(video.attrs.width) > 0 && Number(video.attrs.height) > 0, `${page}: sized, so nothing moves when it loads`);
      const [source] = startTags(video.inner, 'source');
      assert.match(source.type, /^video\//);
      assert.ok(existsSync(releaseFile('phuong-7', source.src)), `${page}: the video file is in the release`);
      const tracks = startTags(video.inner, 'track');
      const captions = tracks.find((track) => track.kind === 'captions' && track.srclang === 'vi');
      assert.ok(captions, `${page}: a Vietnamese captions track`);
      const vtt = readFileSync(releaseFile('phuong-7', captions.src), 'utf8');
      assert.match(vtt, /^\uFEFF?WEBVTT\s/, `${page}: the captions file is WebVTT`);
    }
    assert.match(html, /<figure[^>]*>\s*<video[\s\S]*?<\/video>\s*<figcaption[^>]*>[^<]*\S/, `${page}: the video's title is its caption`);
    for (const address of loadedAddresses(html)) {
      assert.ok(!/^(?:[a-z]+:)?\/\//i.test(address), `${page}: ${address} is loaded from another origin`);
    }
    assert.doesNotMatch(html, /<iframe\b/, `${page}: no embedded player`);
  }
});

test('editors: an article audio plays with native controls, preload none, its transcript on the page', () => {
  const pages = pagesWith('vung-tau', 'audio');
  assert.ok(pages.length > 0, 'the demo data has a city article with an audio');
  for (const page of pages) {
    const html = read('vung-tau', page);
    const [audio] = elements(html, 'audio');
    assert.equal(audio.attrs.preload, 'none');
    assert.ok('controls' in audio.attrs);
    const [source] = startTags(audio.inner, 'source');
    assert.match(source.type, /^audio\//);
    assert.ok(existsSync(releaseFile('vung-tau', source.src)), `${page}: the audio file is in the release`);
    const transcript = elements(html, 'details').find((d) => /<summary[^>]*>Bản ghi lời<\/summary>/.test(d.inner));
    assert.ok(transcript, `${page}: the transcript, folded`);
    assert.match(transcript.inner, /Thành phố Vũng Tàu tăng cường truyền thông/);
  }
});

test('editors: the article pages with a video and an audio pass axe at 360 and 1280 px, load no media before play and nothing from another origin', async (t) => {
  const { chromium } = await import('playwright-core');
  const { serveSites } = await import('../../../scripts/lib/serve-sites.mjs');
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const port = await freePort();
  const { server } = await serveSites(distDir, port, { connectSrc: [searchHost()] });
  t.after(() => server.close());
  const origin = `http://127.0.0.1:${port}`;
  const paths = [
    ...pagesWith('phuong-7', 'video').map((p) => `/phuong-7/${p.replace(/index\.html$/, '')}`),
    ...pagesWith('vung-tau', 'audio').map((p) => `/vung-tau/${p.replace(/index\.html$/, '')}`),
  ];
  assert.ok(paths.length >= 2);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const problems = [];
  try {
    for (const width of [360, 1280]) {
      for (const path of paths) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        /** @type {string[]} */
        const requested = [];
        page.on('request', (request) => requested.push(request.url()));
        /** @type {string[]} */
        const refused = [];
        page.on('console', (message) => {
          if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
        });
        await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        await page.evaluate(axeSource);
        const found = await page.evaluate(async () =>
          (
            await /** @type {{ axe: typeof import('axe-core') }} */ (/** @type {unknown} */ (window)).axe.run(document, {
              runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
            })
          ).violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0].target.join(' ')}`)
        );
        problems.push(...found.map((v) => `${width}px ${path}: ${v}`));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${width}px ${path}: the page is ${overflow} px wider than the screen`);
        const media = requested.filter((url) => /\.(?:mp4|webm|mp3|m4a|ogg)(?:\?|$)/.test(url));
        if (media.length > 0) problems.push(`${width}px ${path}: loaded before play: ${media.join(', ')}`);
        // Pressing play (muted, as a test browser may only play so) fetches the file from the page's own origin.
        const played = page.waitForRequest((request) => /\.(?:mp4|mp3)$/.test(request.url()), { timeout: 10_000 });
        await page.evaluate(() => {
          const player = /** @type {HTMLMediaElement} */ (document.querySelector('video, audio'));
          player.muted = true;
          player.play().catch(() => undefined);
        });
        const request = await played;
        const answer = await request.response();
        if (!answer || ![200, 206].includes(answer.status()))
          problems.push(`${width}px ${path}: the media file answered ${answer?.status()}`);
        for (const url of requested) if (!url.startsWith(`${origin}/`)) problems.push(`${width}px ${path}: requested ${url}`);
        problems.push(...refused.map((m) => `${width}px ${path}: ${m}`));
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  assert.deepEqual(problems, []);
});

/**
 * @typedef {{ documentId: string, slug: string, featured: boolean, postedAt: string | null, publishedAt: string }} Listed
 */
test('editors: "Tin mới nhất" on the home page lists the newest items newest first, after the lead', async () => {
  /** @param {Listed} a */
  const when = (a) => Date.parse(a.postedAt ?? a.publishedAt);
  let discriminating = 0;
  for (const site of SITES) {
    const articles = /** @type {Listed[]} */ (await published('articles', site, ['slug', 'featured', 'postedAt', 'publishedAt'])).sort(
      (a, b) => when(b) - when(a) || a.documentId.localeCompare(b.documentId)
    );
    const lead = articles.find((a) => a.featured) ?? articles[0];
    const expected = articles.filter((a) => a !== lead).slice(0, 6);
    const html = read(site, 'index.html');
    const section = html.match(/<section aria-labelledby="latest"[^>]*>([\s\S]*?)<\/section>/);
    assert.ok(section, `${site}: the home page has "Tin mới nhất"`);
    const listed = [
      ...new Set(
        startTags(section[1], 'a')
          .map((a) => a.href.match(new RegExp(`^/${site}/tin/([^/]+)/$`))?.[1])
          .filter(Boolean)
      ),
    ];
    assert.deepEqual(
      listed,
      expected.map((a) => a.slug),
      `${site}: the six newest items after the lead, newest first`
    );
    // The order this replaced: the other featured items first, however old.
    const featured = articles.filter((a) => a.featured).slice(0, 3);
    const old = [...featured.slice(1), ...articles.filter((a) => a !== lead && !featured.includes(a))].slice(0, 6);
    if (old.map((a) => a.slug).join() !== listed.join()) discriminating++;
  }
  assert.ok(discriminating > 0, 'the demo data has a site where an older featured item used to come before newer news');
});
