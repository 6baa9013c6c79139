// @ts-check
// Incremental publishing (scripts/lib/renderer/incremental-publisher.mjs): after each change, the release the publisher makes
// from the live one must be the release a full build makes, byte for byte, while rendering only
// the pages the change touched. A ward of the test's own, so the demo sites stay as built.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSites, clientsOfCms, cmsAddress, files, siteDir } from './fixture.mjs';

const SLUG = 'phuong-kiem-thu-tang-dan';
const ARTICLE = 'api::article.article';
const LEGAL = 'api::legal-document.legal-document';
// A 2×2 PNG: a picture that only one article shows.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64'
);

describe('incremental publishing', () => {
  const workDir = join(siteDir, '.cache', `test-incremental-${process.pid}`);
  const incremental = join(workDir, 'incremental');
  const whole = join(workDir, 'whole');
  /** @type {import('../../scripts/lib/renderer/incremental-publisher.mjs').IncrementalPublisher} */
  let publisher;
  /** @type {ReturnType<typeof clientsOfCms>} */
  let cms;
  /**
   * What `before` made: documentIds, and makers of more of the same.
   * @type {{ site: string, news: string, local: string, articles: string[], documents: string[],
   *   article: (n: number, category: string, extra?: object) => Promise<string>, document: (n: number) => Promise<string>,
   *   picture: { id: number, hash: string, ext: string } }}
   */
  let ids;

  /** @param {string} root */
  const liveDir = (root) =>
    join(
      root,
      SLUG,
      'releases',
      /** @type {string} */ (
        readlinkSync(join(root, SLUG, 'live'))
          .split('/')
          .pop()
      )
    );
  /** @param {string} dir */
  const tree = (dir) =>
    files(dir)
      .map((f) => relative(dir, f))
      .sort();
  /** A full build of the same content by `astro build`, compared with the publisher's release file by file. */
  const assertSameAsFullBuild = () => {
    buildSites([SLUG], { out: whole, args: ['--engine', 'astro'] });
    const [mine, theirs] = [liveDir(incremental), liveDir(whole)];
    assert.deepEqual(tree(mine), tree(theirs));
    const differing = tree(theirs).filter((f) => f !== 'urls.json' && !readFileSync(join(mine, f)).equals(readFileSync(join(theirs, f))));
    assert.deepEqual(differing, []);
    /** @param {string} dir */
    const manifest = (dir) => ({ ...JSON.parse(readFileSync(join(dir, 'urls.json'), 'utf8')), builtAt: null });
    assert.deepEqual(manifest(mine), manifest(theirs));
  };
  /** @param {{ all: true } | { documents: { uid: string, documentId: string }[] }} changes */
  const publish = (changes) => publisher.publish(SLUG, changes);
  /** @param {[string, string][]} list uid and documentId of each */
  const documents = (...list) => ({ documents: list.map(([uid, documentId]) => ({ uid, documentId })) });
  /** @param {number} n */
  const day = (n) => new Date(Date.UTC(2026, 0, 1 + n, 2)).toISOString();

  before(async () => {
    cms = clientsOfCms();
    const site = await cms.send('POST', '/api/sites', {
      name: 'Trang thông tin điện tử Phường Kiểm Thử',
      shortName: 'Phường Kiểm Thử',
      slug: SLUG,
      kind: 'ward',
    });
    const news = await cms.send('POST', '/api/categories', {
      name: 'Tin tức',
      slug: 'tin-tuc',
      site: site.data.documentId,
      kind: 'news',
      order: 1,
    });
    const local = await cms.send('POST', '/api/categories', {
      name: 'Hoạt động khu phố',
      slug: 'hoat-dong',
      site: site.data.documentId,
      kind: 'news',
      order: 2,
      parent: news.data.documentId,
    });
    const picture = await cms.upload('anh-khu-pho.png', PNG, 'image/png');
    /** @param {number} n @param {string} category @param {object} [extra] */
    const article = (n, category, extra = {}) =>
      cms.publish('articles', ARTICLE, {
        title: `Tin kiểm thử số ${n}`,
        slug: `tin-kiem-thu-${n}`,
        summary: `Tóm tắt tin số ${n}.`,
        form: 'tin',
        site: site.data.documentId,
        categories: [category],
        source: { kind: 'own-reporting' },
        byline: 'Kiểm thử',
        postedAt: day(n),
        body: [{ type: 'paragraph', children: [{ type: 'text', text: `Nội dung tin số ${n}.` }] }],
        ...extra,
      });
    /** @param {number} n */
    const document = (n) =>
      cms.publish('legal-documents', LEGAL, {
        number: `${100 + n}/QĐ-UBND`,
        slug: `quyet-dinh-${100 + n}`,
        kind: 'administrative',
        type: 'quyet-dinh',
        issuer: 'UBND Phường Kiểm Thử',
        issuedDate: day(n).slice(0, 10),
        summary: `Quyết định số ${100 + n} của phường.`,
        site: site.data.documentId,
      });
    ids = {
      site: site.data.documentId,
      news: news.data.documentId,
      local: local.data.documentId,
      articles: [],
      documents: [],
      article,
      document,
      picture,
    };
    // Enough for listings and the register to run to more than one page.
    for (let n = 1; n <= 26; n++)
      ids.articles.push(
        await article(
          n,
          n % 3 ? news.data.documentId : local.data.documentId,
          n === 13 ? { cover: { image: picture.id, caption: 'Ảnh khu phố' } } : {}
        )
      );
    for (let n = 1; n <= 22; n++) ids.documents.push(await document(n));

    mkdirSync(workDir, { recursive: true });
    process.env.CMS_URL = cmsAddress();
    process.env.SITES_RENDERER_DIR = relative(siteDir, join(workDir, 'bundles'));
    // Two releases kept: from the second publish on, a retired release is recycled as the next one's copy.
    process.env.SITES_KEEP_RELEASES = '2';
    buildSites([SLUG], { out: incremental, args: ['--engine', 'astro'] });
    const { IncrementalPublisher } = await import('../../scripts/lib/renderer/incremental-publisher.mjs');
    publisher = new IncrementalPublisher({ root: incremental, log: () => {} });
  });

  test('publishing an article renders only the pages it changed, and makes the release a full build makes', async () => {
    const before = liveDir(incremental);
    const homeBefore = readFileSync(join(before, 'index.html'));
    const documentId = await ids.article(27, ids.local);
    const result = await publish(documents([ARTICLE, documentId]));
    assert.ok(result.release, result.full);
    assert.ok(existsSync(join(incremental, SLUG, 'live', 'tin', 'tin-kiem-thu-27', 'index.html')));
    assert.ok(
      result.rendered !== undefined && result.pages !== undefined && result.rendered < result.pages / 2,
      `${result.rendered} of ${result.pages} pages rendered`
    );
    // The pages it did not render are the live release's own files, linked, not copied.
    const unchanged = 'van-ban/quyet-dinh-101/index.html';
    assert.equal(statSync(join(liveDir(incremental), unchanged)).ino, statSync(join(before, unchanged)).ino);
    // A changed page is a new file: the release before (a rollback's target) still has its own.
    assert.ok(readFileSync(join(before, 'index.html')).equals(homeBefore));
    assert.match(readFileSync(join(liveDir(incremental), 'index.html'), 'utf8'), /tin-kiem-thu-27/);
    assertSameAsFullBuild();
  });

  test('withdrawing an article takes down its page, and its picture with the last page that shows it', async () => {
    const [withPicture] = [ids.articles[12]];
    assert.ok(existsSync(join(incremental, SLUG, 'live', 'uploads', ids.picture.hash + ids.picture.ext)));
    await cms.act(withPicture, [['withdraw', { withdrawReason: 'published-in-error', note: 'Kiểm thử gỡ tin có ảnh.' }]]);
    const result = await publish(documents([ARTICLE, withPicture]));
    assert.equal(result.removed, 1);
    assert.ok(!existsSync(join(incremental, SLUG, 'live', 'tin', 'tin-kiem-thu-13', 'index.html')));
    assert.ok(!existsSync(join(incremental, SLUG, 'live', 'uploads', ids.picture.hash + ids.picture.ext)));
    assertSameAsFullBuild();
  });

  test('publishing a legal document updates the register and its filters', async () => {
    const documentId = await ids.document(23);
    const result = await publish(documents([LEGAL, documentId]));
    assert.ok(result.release, result.full);
    // The release retired by the publish before (two are kept) was made into this one's copy.
    assert.equal(result.copy, 'recycled');
    assert.match(readFileSync(join(incremental, SLUG, 'live', 'van-ban', 'index.html'), 'utf8'), /href="[^"]*\/van-ban\/quyet-dinh-123\/"/);
    assertSameAsFullBuild();
  });

  test('a category renamed fetches everything again and still renders only what changed', async () => {
    await cms.send('PUT', `/api/categories/${ids.local}`, { name: 'Hoạt động các khu phố' });
    const result = await publish({ all: true });
    assert.ok(result.release, result.full);
    assert.ok(
      result.rendered !== undefined && result.pages !== undefined && result.rendered < result.pages,
      `${result.rendered} of ${result.pages} pages rendered`
    );
    assertSameAsFullBuild();
  });

  test('a release built by other code is left to a full build', async () => {
    const manifest = join(liveDir(incremental), 'urls.json');
    const original = readFileSync(manifest, 'utf8');
    rmSync(manifest);
    writeFileSync(manifest, JSON.stringify({ ...JSON.parse(original), codeVersion: 'an-older-build' }));
    try {
      const result = await publish({ all: true });
      assert.equal(result.release, undefined);
      assert.match(result.full ?? '', /other code/);
    } finally {
      rmSync(manifest);
      writeFileSync(manifest, original);
    }
  });

  after(() => {
    rmSync(workDir, { recursive: true, force: true });
    delete process.env.SITES_RENDERER_DIR;
    delete process.env.SITES_KEEP_RELEASES;
  });
});
