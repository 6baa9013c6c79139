/**
 * No content API: the calendar is staff data. Operators edit it in the content manager; the
 * deadline computation reads it on the server (src/calendar/calendar-store.ts).
 */
export default { routes: [] };
