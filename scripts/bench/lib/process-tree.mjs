// @ts-check
// Peak resident memory of a process and all its descendants (Linux /proc), sampled while it runs.
import { readdirSync, readFileSync } from 'node:fs';

const children = () => {
  /** @type {Map<number, number[]>} */
  const byParent = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${name}/status`, 'utf8'))?.[1]);
      byParent.set(ppid, [...(byParent.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return byParent;
};

/** @param {number} pid */
const rssKb = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};

/** The summed RSS (bytes) of `pid` and its descendants right now. @param {number} pid */
export const treeRss = (pid) => {
  const byParent = children();
  let total = 0;
  for (const stack = [pid]; stack.length > 0; ) {
    const next = /** @type {number} */ (stack.pop());
    total += rssKb(next);
    stack.push(...(byParent.get(next) ?? []));
  }
  return total * 1024;
};

/** Samples treeRss(pid) every `everyMs` until stopped; `stop()` returns the peak in bytes. @param {number} pid */
export const watchPeakRss = (pid, everyMs = 250) => {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, everyMs);
  return { stop: () => (clearInterval(timer), Math.max(peak, treeRss(pid))) };
};
