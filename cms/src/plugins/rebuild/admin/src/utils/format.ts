import { formatDateTime } from '../../../../../admin/shared/date-time';

export { formatDateTime };

/** "4,8 giây", "2 phút 05 giây". */
export const formatDuration = (ms: number | null | undefined): string => {
  if (ms === null || ms === undefined) return '—';
  if (ms < 60_000) return `${(ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} phút ${String(seconds % 60).padStart(2, '0')} giây`;
};

/** A release id (20261201T140509123Z-ab12) as the time it was built. */
export const releaseTime = (id: string): string => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(id);
  return m ? formatDateTime(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`) : id;
};
