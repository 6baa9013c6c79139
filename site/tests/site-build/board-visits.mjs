// @ts-check
// The public visit counter in the footer: shown only where the board turned it on (the demo: the
// city portal), with the total the CMS publishes and nothing else of the visitor figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, elements, read, SITES } from './fixture.mjs';

test('board: the footer shows "Lượt truy cập" only where the board turned the counter on, with the CMS total', async () => {
  for (const slug of SITES) {
    const [site] = /** @type {{ data: { kind: string, publicVisitTotal: number | null }[] }} */ (
      await api(`/api/sites?filters[slug][$eq]=${slug}&fields[0]=kind&fields[1]=publicVisitTotal`)
    ).data;
    const [footer] = elements(read(slug, 'index.html'), 'footer');
    assert.ok(footer, `${slug}: a footer`);
    if (site.kind === 'city') {
      assert.ok((site.publicVisitTotal ?? 0) > 0, `${slug}: the demo's city counter is on with a total`);
      assert.ok(
        footer.inner.includes(`Lượt truy cập: ${(site.publicVisitTotal ?? 0).toLocaleString('vi-VN')}`),
        `${slug}: the footer shows the total as of the build`
      );
    } else {
      assert.equal(site.publicVisitTotal, null, `${slug}: no figure leaves the CMS while the counter is off`);
      assert.ok(!footer.inner.includes('Lượt truy cập'), `${slug}: no counter in the footer`);
    }
  }
});
