// @ts-check
// The leaders' work schedule (lịch công tác): this week's page with today marked, one page per
// published week linked to the weeks around it, changes said in words, the sitemap, and the
// iCalendar feed read back with a parser (ical.js).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { dayIn, isoWeek, mondayOf, weekSegment } from '@vungtau/publishing';
import { api, elements, read, SITES, startTags, text, viewDir } from './fixture.mjs';

/**
 * @typedef {{ date: string, startTime: string, endTime: string | null, content: string, state: 'planned' | 'changed' | 'cancelled', note: string | null, leaders: Array<{ name: string, position: string }> }} Entry
 * @typedef {{ weekStart: string, entries: Entry[] }} Week
 */

/** @param {string} site @returns {Promise<Week[]>} every published week, oldest first */
const weeksOf = async (site) =>
  /** @type {{ data: Week[] }} */ (
    await api(
      `/api/work-schedules?filters[site][slug][$eq]=${site}&fields[0]=weekStart&populate[entries][populate][leaders][fields][0]=name&populate[entries][populate][leaders][fields][1]=position&sort[0]=weekStart:asc&pagination[pageSize]=100`
    )
  ).data;

/** @param {string} html */
const withoutScripts = (html) => assert.equal(startTags(html, 'script').length, 0, 'the schedule needs no JavaScript');

describe('sections: work schedule pages and feed', () => {
  test('every published week has its page at /lich-cong-tac/<yyyy>-tuan-<ww>/, linked to the weeks before and after', async () => {
    for (const site of SITES) {
      const weeks = await weeksOf(site);
      assert.ok(weeks.length >= 2, `${site}: the demo has the epoch's week and this week`);
      const segments = weeks.map((w) => weekSegment(w.weekStart));
      const built = readdirSync(join(viewDir, site, 'lich-cong-tac'), { withFileTypes: true }).filter((d) => d.isDirectory());
      assert.deepEqual(built.map((d) => d.name).sort(), [...segments].sort(), `${site}: a page per published week, no other`);
      weeks.forEach((week, i) => {
        const html = read(site, `lich-cong-tac/${segments[i]}/index.html`);
        withoutScripts(html);
        const { week: n, year } = isoWeek(week.weekStart);
        assert.equal(text(elements(html, 'h1')[0].inner), `Lịch công tác tuần ${n} năm ${year}`);
        const links = startTags(html, 'a');
        const prev = links.find((a) => a.rel === 'prev')?.href;
        const next = links.find((a) => a.rel === 'next')?.href;
        assert.equal(prev, i > 0 ? `/${site}/lich-cong-tac/${segments[i - 1]}/` : undefined, `${site} ${segments[i]}: previous week`);
        assert.equal(
          next,
          i < weeks.length - 1 ? `/${site}/lich-cong-tac/${segments[i + 1]}/` : undefined,
          `${site} ${segments[i]}: next week`
        );
        // Every entry is on its page, changes and cancellations said in words with their reasons.
        const body = text(html);
        for (const e of week.entries) {
          assert.ok(body.includes(e.content), `${site} ${segments[i]}: ${e.content}`);
          assert.ok(e.leaders.length > 0, `${site} ${segments[i]}: the demo names its leaders from the officials`);
          for (const leader of e.leaders)
            assert.ok(body.includes(`Đ/c ${leader.name} - ${leader.position}`), `${site} ${segments[i]}: ${leader.name} and their post`);
          if (e.state === 'changed')
            assert.ok(body.includes('Có thay đổi') && body.includes(`Lý do: ${e.note}`), `${site}: the change and its reason`);
          if (e.state === 'cancelled')
            assert.ok(body.includes('Hoãn, hủy') && body.includes(`Lý do: ${e.note}`), `${site}: the cancellation and its reason`);
        }
      });
    }
  });

  test('/lich-cong-tac/ shows this week by day with today marked, the update time, and links to the weeks around it', async () => {
    const today = dayIn(new Date());
    const monday = mondayOf(today);
    for (const site of SITES) {
      const html = read(site, 'lich-cong-tac/index.html');
      withoutScripts(html);
      const weeks = await weeksOf(site);
      const current = weeks.find((w) => w.weekStart === monday);
      assert.ok(current, `${site}: the demo seeds the week of the day it runs`);
      const marked = elements(html, 'section').filter((s) => /aria-current="date"/.test(s.inner));
      assert.equal(marked.length, 1, `${site}: one day is today`);
      assert.match(marked[0].inner, new RegExp(`<time datetime="${today}"[ >]`), `${site}: today is ${today}`);
      assert.match(text(marked[0].inner), /Hôm nay/);
      assert.match(text(html), /Lịch cập nhật lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      for (const e of current.entries) assert.ok(text(html).includes(e.content), `${site}: ${e.content}`);
      const links = startTags(html, 'a');
      const earlier = weeks.filter((w) => w.weekStart < monday).at(-1);
      const later = weeks.find((w) => w.weekStart > monday);
      assert.equal(links.find((a) => a.rel === 'prev')?.href, earlier && `/${site}/lich-cong-tac/${weekSegment(earlier.weekStart)}/`);
      assert.equal(links.find((a) => a.rel === 'next')?.href, later && `/${site}/lich-cong-tac/${weekSegment(later.weekStart)}/`);
      // The week's own page marks the same day; the other weeks' pages mark none.
      for (const w of weeks) {
        const page = read(site, `lich-cong-tac/${weekSegment(w.weekStart)}/index.html`);
        assert.equal(/aria-current="date"/.test(page), w.weekStart === monday, `${site} ${w.weekStart}: today marked only in its week`);
      }
    }
    // The city portal shows the week before and after today's too.
    const city = read('vung-tau', 'lich-cong-tac/index.html');
    assert.ok(startTags(city, 'a').some((a) => a.rel === 'prev') && startTags(city, 'a').some((a) => a.rel === 'next'));
  });

  test('the footer leads to the schedule, and the sitemap lists its pages', async () => {
    for (const site of SITES) {
      const footer = elements(read(site, 'index.html'), 'footer')[0]?.inner ?? '';
      assert.ok(
        startTags(footer, 'a').some((a) => a.href === `/${site}/lich-cong-tac/`),
        `${site}: footer link`
      );
      const sitemap = read(site, 'sitemap.xml');
      assert.match(sitemap, new RegExp(`<loc>[^<]*/${site}/lich-cong-tac/</loc>`));
      for (const w of await weeksOf(site))
        assert.ok(sitemap.includes(`/${site}/lich-cong-tac/${weekSegment(w.weekStart)}/</loc>`), w.weekStart);
    }
  });

  test('the iCalendar feed has every entry in Vietnam’s time, cancelled ones as STATUS:CANCELLED', async () => {
    for (const site of SITES) {
      const file = join(viewDir, site, 'lich-cong-tac', 'lich.ics');
      assert.ok(existsSync(file), `${site}: lich.ics`);
      const calendar = new ICAL.Component(ICAL.parse(read(site, 'lich-cong-tac/lich.ics')));
      const zone = calendar.getFirstSubcomponent('vtimezone');
      assert.ok(zone, `${site}: the feed carries its time zone`);
      ICAL.TimezoneService.register(zone);
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const entries = (await weeksOf(site)).flatMap((w) => w.entries);
      assert.equal(events.length, entries.length, `${site}: one event per entry`);
      assert.equal(new Set(events.map((e) => e.uid)).size, events.length, `${site}: unique UIDs`);
      for (const entry of entries) {
        const start = new Date(`${entry.date}T${entry.startTime.slice(0, 5)}:00+07:00`).getTime();
        const event = events.find((e) => e.summary === entry.content && e.startDate.toJSDate().getTime() === start);
        assert.ok(event, `${site}: ${entry.date} ${entry.startTime} ${entry.content}`);
        assert.equal(event.startDate.zone?.tzid, 'Asia/Ho_Chi_Minh');
        if (entry.endTime)
          assert.equal(event.endDate.toJSDate().getTime(), new Date(`${entry.date}T${entry.endTime.slice(0, 5)}:00+07:00`).getTime());
        const status = event.component.getFirstPropertyValue('status');
        assert.equal(status, entry.state === 'cancelled' ? 'CANCELLED' : 'CONFIRMED', `${site}: ${entry.content} ${entry.state}`);
        if (entry.note) assert.ok(String(event.description).includes(entry.note));
        for (const leader of entry.leaders)
          assert.ok(String(event.description).includes(leader.name), `${site}: ${leader.name} in the event`);
      }
      assert.ok(
        entries.some((e) => e.state === 'cancelled'),
        `${site}: the demo has a cancelled entry`
      );
    }
  });
});
