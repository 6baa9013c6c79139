// @ts-check
// The English pages (Nghị định 42/2022/NĐ-CP foreign-language information).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { api, elements, made, published, read, SITES, startTags, text, viewDir } from './fixture.mjs';

/** @type {[string, string, string, string][]} */
const PAIRS = [
  ['index.html', 'en/index.html', '', 'en/'],
  ['gioi-thieu/index.html', 'en/organisation/index.html', 'gioi-thieu/', 'en/organisation/'],
  ['lien-he/index.html', 'en/contact/index.html', 'lien-he/', 'en/contact/'],
];
/** Whether a page has a link to `href` written in, and marked as, language `lang`. @param {string} html @param {string} href @param {string} lang */
const languageLink = (html, href, lang) => startTags(html, 'a').some((a) => a.href === href && a.hreflang === lang && a.lang === lang);
/** @param {string} html @param {string} slug */
const unitHeading = (html, slug) => elements(html, 'h4').find((h) => h.attrs.id === `unit-${slug}`);

test('every built site has English home, organisation and contact pages in lang="en", linked both ways with hreflang', () => {
  for (const slug of SITES) {
    for (const [viFile, enFile, viPath, enPath] of PAIRS) {
      assert.ok(existsSync(join(viewDir, slug, enFile)), `${slug}/${enFile}`);
      const en = read(slug, enFile);
      const vi = read(slug, viFile);
      assert.match(en, /<html lang="en"/, `${slug}/${enFile}`);
      assert.ok(languageLink(en, `/${slug}/${viPath}`, 'vi'), `${slug}/${enFile} links back to /${slug}/${viPath}`);
      assert.ok(languageLink(vi, `/${slug}/${enPath}`, 'en'), `${slug}/${viFile} links to /${slug}/${enPath}`);
      const alternates = startTags(en, 'link').filter((l) => l.rel === 'alternate' && l.hreflang);
      assert.deepEqual(
        alternates.map((l) => [l.hreflang, new URL(l.href).pathname]),
        [
          ['en', `/${slug}/${enPath}`],
          ['vi', `/${slug}/${viPath}`],
        ]
      );
    }
    const sitemap = read(slug, 'sitemap.xml');
    for (const [, , , enPath] of PAIRS)
      assert.ok(sitemap.includes(`<loc>http://localhost:8080/${slug}/${enPath}</loc>`), `${slug} sitemap lists /${enPath}`);
    // A Vietnamese page with no English counterpart links to the English home.
    assert.ok(languageLink(read(slug, 'van-ban/index.html'), `/${slug}/en/`, 'en'), `${slug}/van-ban/ links to the English home`);
  }
});

test("the English pages show the CMS's English names, address, positions and units", async () => {
  for (const slug of SITES) {
    /** @typedef {{ nameEn: string, contact: { addressEn: string }, editorialBoard: { positionEn: string }[] }} EnglishSite */
    const [site] = /** @type {{ data: EnglishSite[] }} */ (
      await api(
        `/api/sites?filters[slug][$eq]=${slug}&fields[0]=nameEn&populate[contact][fields][0]=addressEn&populate[editorialBoard][fields][0]=positionEn`
      )
    ).data;
    assert.ok(site.nameEn, `${slug} has an English name in the demo data`);
    assert.equal(text(elements(read(slug, 'en/index.html'), 'h1')[0].inner), site.nameEn, `${slug} English home names the site in English`);
    assert.ok(text(read(slug, 'en/contact/index.html')).includes(site.contact.addressEn), `${slug} English address`);
    const organisation = read(slug, 'en/organisation/index.html');
    for (const member of site.editorialBoard)
      assert.ok(text(organisation).includes(member.positionEn), `${slug} board: ${member.positionEn}`);
    for (const unit of /** @type {{ slug: string, nameEn: string | null }[]} */ (await published('units', slug, ['slug', 'nameEn']))) {
      if (unit.slug === made.untranslatedUnit.slug) continue;
      const heading = unitHeading(organisation, unit.slug);
      assert.equal(heading && text(heading.inner), unit.nameEn, `${slug} unit ${unit.slug} in English`);
      assert.equal(heading?.attrs.lang, undefined, `${slug} unit ${unit.slug} is not marked Vietnamese`);
    }
  }
});

test('an English page shows the Vietnamese, marked lang="vi", where the English field is empty', () => {
  const { slug, name } = made.untranslatedUnit;
  const organisation = read('xa-long-son', 'en/organisation/index.html');
  const heading = unitHeading(organisation, slug);
  assert.ok(heading, `a heading for unit ${slug}`);
  assert.equal(text(heading.inner), name);
  assert.equal(heading.attrs.lang, 'vi');
  const card = organisation.slice(organisation.indexOf(`id="unit-${slug}"`));
  const functions = startTags(card.slice(0, card.indexOf('</section>')), 'div').find((d) => d.class === 'prose');
  assert.ok(functions, 'its functions');
  assert.equal(functions.lang, 'vi', 'its functions in Vietnamese, lang="vi"');
});
