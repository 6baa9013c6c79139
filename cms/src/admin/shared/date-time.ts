const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** "14:05:09 01/12/2026", in the portal's time zone, for every admin page that shows a time. */
export const formatDateTime = (iso: string | null | undefined): string =>
  iso
    ? new Intl.DateTimeFormat('vi-VN', {
        timeZone: TIME_ZONE,
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }).format(new Date(iso))
    : '—';
