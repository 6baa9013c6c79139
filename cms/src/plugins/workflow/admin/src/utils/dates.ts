import { TIME_ZONE } from '../constants';

const formatter = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "14:30 20/11/2025" (a four-digit year; the short style gives two), in Vietnam's time whatever the browser's zone. */
export const formatDateTime = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
};

// Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The date picker reads and writes wall-clock time in the browser's zone; editors mean
 * Vietnam's. These convert between the instant and a Date whose local fields show Vietnam's
 * wall clock, so a laptop set to another zone still schedules at the time typed.
 */
export const toVietnamWallClock = (instant: Date): Date => {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return new Date(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate(), shifted.getUTCHours(), shifted.getUTCMinutes());
};

export const fromVietnamWallClock = (wallClock: Date): Date =>
  new Date(
    Date.UTC(wallClock.getFullYear(), wallClock.getMonth(), wallClock.getDate(), wallClock.getHours(), wallClock.getMinutes()) -
      VIETNAM_OFFSET_MS
  );
