/**
 * The one access-log line format the visitor figures read: nginx's `combined` plus the host,
 * declared as `log_format visits` in site/deploy/nginx.conf and written the same way by
 * `npm start`'s server (scripts/lib/access-log.mjs). The address is anonymised before it is
 * written (last IPv4 octet zeroed, IPv6 cut to its first three groups), so no full address is
 * ever on disk:
 *
 *   203.113.7.0 - - [07/Dec/2026:10:01:37 +0700] "GET /phuong-7/tin-tuc/ HTTP/1.1" 200 5120 "-" "Mozilla/5.0 …" "vungtau.gov.vn"
 *
 * npm has no maintained parser of nginx logs (see docs/visits.md), so this is one regular
 * expression over one declared format; generated input checks it (log-line.test.ts).
 */

export interface LogEntry {
  /** The anonymised client address as written. */
  address: string;
  /** The instant of the request, epoch milliseconds. */
  at: number;
  /** Offset of the line's local time from UTC, minutes. */
  offset: number;
  method: string;
  /** The request target as sent (path and query). */
  target: string;
  status: number;
  userAgent: string;
  host: string;
}

/** Longest line read; nginx's own request line limit is 8 kB, and a longer line is junk. */
export const MAX_LINE = 16 * 1024;

const LINE =
  /^(\S{1,64}) \S{1,64} \S{1,256} \[(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})\] "([^"]*)" (\d{3}) (?:\d+|-) "[^"]*" "([^"]*)" "([^"]*)"$/;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One log line as an entry, or null for anything not in the declared format. */
export const parseLine = (line: string): LogEntry | null => {
  if (line.length > MAX_LINE) return null;
  const m = LINE.exec(line);
  if (!m) return null;
  const [, address, dd, mon, yyyy, hh, mi, ss, sign, oh, om, request, status, userAgent, host] = m;
  const month = MONTHS.indexOf(mon);
  const day = Number(dd);
  if (month < 0 || day < 1 || day > 31 || Number(hh) > 23 || Number(mi) > 59 || Number(ss) > 60) return null;
  if (Number(oh) > 14 || Number(om) > 59) return null;
  const offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const local = Date.UTC(Number(yyyy), month, day, Number(hh), Number(mi), Number(ss));
  // 31/Feb is no date: Date.UTC would roll it into March.
  if (new Date(local).getUTCDate() !== day) return null;
  const parts = request.split(' ');
  const [method, target] = parts.length === 3 || parts.length === 2 ? parts : ['', ''];
  return {
    address,
    at: local - offset * 60_000,
    offset,
    method,
    target: target ?? '',
    status: Number(status),
    userAgent: userAgent === '-' ? '' : userAgent,
    host: host.toLowerCase(),
  };
};

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `07/Dec/2026:10:01:37 +0700`: nginx's $time_local for an instant at an offset (minutes). */
export const formatLogTime = (at: number, offset: number): string => {
  const d = new Date(at + offset * 60_000);
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}${pad(offset % 60)}`;
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes()
  )}:${pad(d.getUTCSeconds())} ${zone}`;
};

/** nginx's default escaping of a logged string: `"`, `\` and control characters as \xHH. */
const escape = (value: string): string =>
  // eslint-disable-next-line no-control-regex
  value.replace(/["\\\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** A line in the declared format (the seed's demo logs, tests); the address must be anonymised already. */
export const formatLine = (entry: Omit<LogEntry, 'offset'> & { offset?: number; bytes?: number; referer?: string }): string =>
  `${entry.address} - - [${formatLogTime(entry.at, entry.offset ?? 420)}] "${escape(`${entry.method} ${entry.target} HTTP/1.1`)}" ${
    entry.status
  } ${entry.bytes ?? 0} "${escape(entry.referer || '-')}" "${escape(entry.userAgent || '-')}" "${escape(entry.host)}"`;

/**
 * The address as it may be kept: IPv4's last octet zeroed, IPv6 cut to its first three groups
 * (a /48, a site's prefix, not a household); anything else becomes `-`. Same rule as nginx.conf's map.
 */
export const anonymiseAddress = (address: string): string => {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/.exec(address);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0`;
  const mapped = /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3})\.\d{1,3}$/i.exec(address);
  if (mapped) return `${mapped[1]}.0`;
  // The groups before a `::`, at most three: 2001:db8:5::1 → 2001:db8:5::, 2001:db8::1 → 2001:db8::.
  if (/^[0-9a-f:]{2,39}$/i.test(address) && address.includes(':')) {
    const groups = address.split('::')[0].split(':').slice(0, 3);
    if (groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g)) && (groups.length === 3 || address.includes('::')))
      return `${groups.join(':')}::`.toLowerCase();
  }
  return '-';
};
