// @ts-check
// Officials and the organisation chart (Nghị định 42/2022/NĐ-CP: cơ cấu tổ chức, and the competent
// officials' contacts in Vietnamese and English).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readPlan } from '../../scripts/lib/page-plan.mjs';
import { api, elements, made, read, SITES, startTags, text, viewDir } from './fixture.mjs';

/**
 * @typedef {{ slug: string, parent: { slug: string } | null }} UnitRow
 * @typedef {{ documentId: string, name: string, position: string, positionEn: string | null, phone: string | null, email: string | null, unit: { slug: string } | null }} OfficialRow
 */

/** Every row of a site's collection, through the public API as the build reads it. @param {string} path @param {string} slug */
const all = async (path, slug) => {
  /** @type {unknown[]} */
  const rows = [];
  for (let page = 1, count = 1; page <= count; page++) {
    const r = /** @type {{ data: unknown[], meta: { pagination: { pageCount: number } } }} */ (
      await api(`/api/${path}&filters[site][slug][$eq]=${slug}&pagination[page]=${page}&pagination[pageSize]=100`)
    );
    rows.push(...r.data);
    count = r.meta.pagination.pageCount;
  }
  return rows;
};
/** @param {string} slug */
const unitsOf = async (slug) => /** @type {UnitRow[]} */ (await all('units?fields[0]=slug&populate[parent][fields][0]=slug', slug));
/** @param {string} slug */
const officialsOf = async (slug) =>
  /** @type {OfficialRow[]} */ (
    await all(
      'officials?fields[0]=name&fields[1]=position&fields[2]=positionEn&fields[3]=phone&fields[4]=email&populate[unit][fields][0]=slug',
      slug
    )
  );

/**
 * The chart as the page nests it: each unit's node (id="chart-<slug>") under the list item of the
 * node that encloses it, and the level of its heading.
 * @param {string} html
 */
const chartOf = (html) => {
  /** @type {Map<string, { parent: string | null, heading: number }>} */
  const nodes = new Map();
  /** @type {Array<string | null>} the open list items, each with the unit whose node it holds */
  const open = [];
  for (const m of html.matchAll(/<(\/?)li\b[^>]*>|id="chart-([^"]+)"[^>]*>\s*<h(\d)/g)) {
    if (m[2]) {
      const parent = open.slice(0, -1).findLast((slug) => slug !== null) ?? null;
      open[open.length - 1] = m[2];
      nodes.set(m[2], { parent, heading: Number(m[3]) });
    } else if (m[1]) open.pop();
    else open.push(null);
  }
  return nodes;
};

/** @param {string} phone */
const tel = (phone) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

test('sections: /co-cau-to-chuc/ nests the units exactly as the units tree, headings one level per layer, with every official', async () => {
  for (const slug of SITES) {
    const units = await unitsOf(slug);
    const html = read(slug, 'co-cau-to-chuc/index.html');
    const chart = chartOf(html);
    assert.deepEqual(
      [...chart.entries()].map(([unit, { parent }]) => [unit, parent]).sort(),
      units.map((u) => [u.slug, u.parent?.slug ?? null]).sort(),
      `${slug}: the chart's nesting`
    );
    const depth = (/** @type {string} */ unit) => {
      let d = 0;
      for (let p = chart.get(unit)?.parent; p; p = chart.get(p)?.parent) d++;
      return d;
    };
    for (const [unit, { heading }] of chart) assert.equal(heading, Math.min(2 + depth(unit), 6), `${slug}: ${unit}'s heading level`);
    assert.ok(
      [...chart.values()].some((n) => n.parent !== null),
      `${slug}: the demo data has a tree, not a flat list`
    );
    const page = text(html);
    for (const official of await officialsOf(slug)) assert.ok(page.includes(official.name), `${slug}: ${official.name} on the chart`);
    assert.doesNotMatch(html, /<script\b(?![^>]*type="application\/ld\+json")[^>]*>[^<]/, `${slug}: the chart needs no script`);
  }
  // The city's People's Committee heads the city's chart with its chair and vice-chairs.
  const city = read('vung-tau', 'co-cau-to-chuc/index.html');
  const committee = city.slice(city.indexOf('id="chart-ubnd-thanh-pho"'));
  const own = committee.slice(0, committee.indexOf('<ul class="chart'));
  assert.match(text(own), /Chủ tịch UBND thành phố/);
  assert.equal((text(own).match(/Phó Chủ tịch UBND thành phố/g) ?? []).length, 2);
  assert.equal(chartOf(city).get('phong-van-hoa-va-thong-tin')?.parent, 'ubnd-thanh-pho');
});

test('sections: /lien-he/ and /en/contact/ list every official with a tel: and a mailto: link', async () => {
  for (const slug of SITES) {
    const officials = await officialsOf(slug);
    assert.ok(officials.length > 0, `${slug} has officials in the demo data`);
    for (const file of ['lien-he/index.html', 'en/contact/index.html']) {
      const html = read(slug, file);
      const hrefs = new Set(startTags(html, 'a').map((a) => a.href));
      for (const official of officials) {
        assert.ok(text(html).includes(official.name), `${slug}/${file}: ${official.name}`);
        if (official.phone) assert.ok(hrefs.has(tel(official.phone)), `${slug}/${file}: ${tel(official.phone)}`);
        if (official.email) assert.ok(hrefs.has(`mailto:${official.email}`), `${slug}/${file}: mailto:${official.email}`);
      }
    }
  }
});

test('sections: the English pages give officials their English positions, and the Vietnamese marked lang="vi" where none is filled in', async () => {
  const { name, position } = made.untranslatedOfficial;
  for (const file of ['en/contact/index.html', 'en/organisation/index.html']) {
    const html = read('xa-long-son', file);
    const spans = elements(html, 'span').filter((s) => text(s.inner) === position);
    assert.ok(spans.length > 0, `${file}: ${name}'s Vietnamese position is shown`);
    for (const span of spans) assert.equal(span.attrs.lang, 'vi', `${file}: ${position} marked lang="vi"`);
    const translated = (await officialsOf('xa-long-son')).find((o) => o.positionEn && o.name !== name);
    assert.ok(translated?.positionEn, 'another official has an English position');
    const shown = elements(html, 'span').find((s) => text(s.inner) === translated.positionEn);
    assert.ok(shown, `${file}: ${translated.positionEn}`);
    assert.equal(shown.attrs.lang, undefined, `${file}: an English position is not marked Vietnamese`);
  }
});

test('sections: every page links to /co-cau-to-chuc/ in its footer, and the sitemap and page plan list it', () => {
  for (const slug of SITES) {
    const footer = elements(read(slug, 'index.html'), 'footer')[0]?.inner ?? '';
    assert.ok(
      startTags(footer, 'a').some((a) => a.href === `/${slug}/co-cau-to-chuc/`),
      `${slug}: the footer links to the organisation chart`
    );
    assert.ok(read(slug, 'sitemap.xml').includes(`/${slug}/co-cau-to-chuc/</loc>`), `${slug}: sitemap`);
    assert.ok('co-cau-to-chuc/index.html' in (readPlan(join(viewDir, slug)) ?? {}), `${slug}: page plan`);
  }
});
