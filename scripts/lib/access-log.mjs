// @ts-check
// npm start's site server writes the same access log as production's nginx (`log_format visits`
// in site/deploy/nginx.conf): the combined format plus the host, with the client address
// anonymised before it is written (IPv4's last octet zeroed, IPv6 cut to its first three
// groups). One file per day, site/.logs/access-YYYY-MM-DD.log, kept KEEP_DAYS days; the CMS's
// visitor-figures import reads them (docs/visits.md). The CMS parses this format in
// cms/src/plugins/reports/server/visits/log-line.ts.
import fs from 'fs';
import path from 'path';

/** Days of log files kept; older ones are deleted when the server starts and at each new day. */
const KEEP_DAYS = 35;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The address as it may be kept: as nginx.conf's `map $remote_addr $visitor_addr`. */
export const anonymiseAddress = (/** @type {string} */ address) => {
  const v4 = /^(?:::ffff:)?(\d{1,3}\.\d{1,3}\.\d{1,3})\.\d{1,3}$/i.exec(address);
  if (v4) return `${v4[1]}.0`;
  if (/^[0-9a-f:]{2,39}$/i.test(address) && address.includes(':')) {
    const groups = address.split('::')[0].split(':').slice(0, 3);
    if (groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g)) && (groups.length === 3 || address.includes('::')))
      return `${groups.join(':')}::`.toLowerCase();
  }
  return '-';
};

const pad = (/** @type {number} */ n) => String(Math.abs(n)).padStart(2, '0');

/** nginx's $time_local: `07/Dec/2026:10:01:37 +0700`, in this machine's time zone. */
const timeLocal = (/** @type {Date} */ at) => {
  const offset = -at.getTimezoneOffset();
  return `${pad(at.getDate())}/${MONTHS[at.getMonth()]}/${at.getFullYear()}:${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(
    at.getSeconds()
  )} ${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}${pad(offset % 60)}`;
};

/** nginx's escaping of logged strings: `"`, `\` and control characters as \xHH. */
const escape = (/** @type {string} */ value) =>
  // eslint-disable-next-line no-control-regex
  value.replace(/["\\\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** One line of `log_format visits`. */
export const accessLine = (
  /** @type {import('http').IncomingMessage} */ req,
  /** @type {import('http').ServerResponse} */ res,
  /** @type {Date} */ at
) =>
  `${anonymiseAddress(req.socket.remoteAddress ?? '')} - - [${timeLocal(at)}] "${escape(
    `${req.method} ${req.url} HTTP/${req.httpVersion}`
  )}" ${res.statusCode} ${Number(res.getHeader('content-length')) || 0} "${escape(String(req.headers.referer ?? '-'))}" "${escape(
    String(req.headers['user-agent'] ?? '-')
  )}" "${escape(String(req.headers.host ?? '-'))}"`;

const dayOf = (/** @type {Date} */ at) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;

/**
 * A logger writing to `<dir>/access-YYYY-MM-DD.log` (the day in this machine's time zone):
 * `log(req, res)` writes the line when the response is finished.
 * @param {string} dir
 */
export const accessLogger = (dir) => {
  fs.mkdirSync(dir, { recursive: true });
  /** @type {{ day: string, stream: fs.WriteStream } | null} */
  let current = null;
  const prune = () => {
    const cutoff = dayOf(new Date(Date.now() - KEEP_DAYS * 86_400_000));
    for (const name of fs.readdirSync(dir)) {
      const day = /^access-(\d{4}-\d{2}-\d{2})\.log$/.exec(name)?.[1];
      if (day && day < cutoff) fs.rmSync(path.join(dir, name), { force: true });
    }
  };
  const streamFor = (/** @type {Date} */ at) => {
    const day = dayOf(at);
    if (current?.day !== day) {
      current?.stream.end();
      current = { day, stream: fs.createWriteStream(path.join(dir, `access-${day}.log`), { flags: 'a' }) };
      prune();
    }
    return current.stream;
  };
  return {
    log: (/** @type {import('http').IncomingMessage} */ req, /** @type {import('http').ServerResponse} */ res) =>
      res.on('finish', () => {
        const at = new Date();
        streamFor(at).write(`${accessLine(req, res, at)}\n`);
      }),
    close: () => current?.stream.end(),
  };
};
