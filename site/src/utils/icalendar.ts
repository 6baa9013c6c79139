import { createHash } from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import { SCHEDULE_TIME_ZONE } from '@vungtau/publishing';
import { leadersOf, type ScheduleEntry, type WorkWeek } from '../data/work-schedules';
import { vi } from '../i18n/vi';

const at = (date: string, time: string): DateTime => DateTime.fromISO(`${date}T${time}`, { zone: SCHEDULE_TIME_ZONE });

/** What a calendar shows under the title: who, where from, and why a change or a cancellation. */
const description = (e: ScheduleEntry): string => {
  const t = vi.schedule;
  const lines: Array<[string, string | null]> = [
    [t.leaders, leadersOf(e)],
    [t.chair, e.chair],
    [t.participants, e.participants],
    [t.preparingUnit, e.preparingUnit],
  ];
  const state = e.state === 'planned' ? [] : [`${t.states[e.state]}${e.note ? `. ${t.reason}: ${e.note}` : ''}`];
  return [...state, ...lines.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`)].join('\n');
};

/**
 * A site's schedule as an iCalendar feed (RFC 5545), times in Vietnam's zone with its VTIMEZONE. An
 * entry keeps its UID when its time changes or it is cancelled (the UID is made from its day, leader
 * and content), so a subscribed calendar updates the event, and shows a cancelled one as
 * STATUS:CANCELLED. DTSTAMP is the week's last change, so two builds of the same content are equal.
 */
export const scheduleCalendar = (
  weeks: readonly WorkWeek[],
  site: { name: string; slug: string },
  pageUrl: (week: WorkWeek) => string
): string => {
  const calendar = ical({
    name: `${vi.schedule.title} - ${site.name}`,
    prodId: { company: site.slug, product: 'lich-cong-tac', language: 'VI' },
    timezone: { name: SCHEDULE_TIME_ZONE, generator: getVtimezoneComponent },
  });
  for (const week of weeks) {
    const seen = new Map<string, number>();
    for (const e of week.data.entries) {
      const key = createHash('sha1')
        .update(`${e.date}\n${leadersOf(e) ?? ''}\n${e.content}`)
        .digest('hex')
        .slice(0, 16);
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      calendar.createEvent({
        id: `${e.date}-${key}${n > 1 ? `-${n}` : ''}@${site.slug}.lich-cong-tac`,
        timezone: SCHEDULE_TIME_ZONE,
        start: at(e.date, e.startTime),
        ...(e.endTime ? { end: at(e.date, e.endTime) } : {}),
        stamp: DateTime.fromJSDate(week.data.updatedAt),
        summary: e.content,
        location: e.place ?? undefined,
        description: description(e),
        status: e.state === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        sequence: e.state === 'planned' ? 0 : 1,
        url: pageUrl(week),
      });
    }
  }
  return calendar.toString();
};
