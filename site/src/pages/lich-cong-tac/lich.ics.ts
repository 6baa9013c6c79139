// /lich-cong-tac/lich.ics: the site's work schedule for calendar applications (utils/icalendar.ts).
import type { APIRoute } from 'astro';
import { currentSite } from '../../data/site';
import { allWeeks, weekPath } from '../../data/work-schedules';
import { scheduleCalendar } from '../../utils/icalendar';
import { absoluteUrl } from '../../utils/urls';

export const GET: APIRoute = async () => {
  const site = await currentSite();
  const body = scheduleCalendar(await allWeeks(), { name: site.data.shortName ?? site.data.name, slug: site.data.slug }, (week) =>
    absoluteUrl(weekPath(week.data.weekStart))
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
