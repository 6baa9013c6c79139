// @ts-check
// The home page's image banners, from the CMS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, elements, read, SITES, startTags } from './fixture.mjs';

test('the home page shows the CMS banners in order, as links with alt text and image width and height', async () => {
  for (const slug of SITES) {
    /** @typedef {{ order: number, url: string, alt: string, image: { url: string } }} Banner */
    const [site] = /** @type {{ data: { banners: Banner[] }[] }} */ (
      await api(`/api/sites?filters[slug][$eq]=${slug}&fields[0]=slug&populate[banners][populate][image][fields][0]=url`)
    ).data;
    const banners = [...site.banners].sort((a, b) => a.order - b.order);
    assert.ok(banners.length >= 3, `${slug} has banners in the demo data`);
    const section = elements(read(slug, 'index.html'), 'section').find((s) => s.attrs.class?.split(' ').includes('banners'));
    assert.ok(section, `${slug}: a banner section on the home page`);
    const links = elements(section.inner, 'a');
    assert.deepEqual(
      links.map((a) => a.attrs.href),
      banners.map((b) => (b.url.startsWith('/') ? `/${slug}${b.url}/` : b.url)),
      `${slug}: every banner, in order`
    );
    links.forEach((a, i) => {
      const [img] = startTags(a.inner, 'img');
      assert.equal(img.alt, banners[i].alt, `${slug} banner ${i}: alt text`);
      assert.ok(Number(img.width) > 0 && Number(img.height) > 0, `${slug} banner ${i}: width and height against layout shift`);
      assert.ok(img.srcset?.includes('w,') || img.srcset?.endsWith('w'), `${slug} banner ${i}: responsive sources`);
    });
    // The national public-service portal comes first, where readers look.
    assert.equal(links[0].attrs.href, 'https://dichvucong.gov.vn');
  }
});
