// @ts-check
// Shared by the benchmarks: percentiles, the machine's description, and appending a dated result
// (with the command that produced it) to docs/benchmarks-log.md. docs/benchmarks.md, where each
// target stands, is written by hand from that log.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const LOG = fileURLToPath(new URL('../../../docs/benchmarks-log.md', import.meta.url));

/**
 * The p-th percentile (nearest rank) of some numbers.
 * @param {readonly number[]} values
 * @param {number} p
 * @returns {number}
 */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

/** CPU, cores, memory, Node and OS of this machine, in one line. */
export const machine = () =>
  `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.type()} ${os.release()}`;

/**
 * Appends one dated result section to docs/benchmarks-log.md.
 * @param {{ title: string, command: string, machine: string, body: string, notes?: string }} result
 */
export const appendResult = ({ title, command, machine: where, body, notes }) => {
  if (!existsSync(LOG)) {
    writeFileSync(
      LOG,
      '# Benchmark log\n\nResults appended by `scripts/bench/*`, newest last. Each says when, where and with which command it was measured. Where each target stands now: [benchmarks.md](benchmarks.md).\n'
    );
  }
  const date = new Date().toISOString().replace('T', ' ').slice(0, 16);
  appendFileSync(
    LOG,
    `\n## ${title} — ${date} UTC\n\nMachine: ${where}\n\nCommand: \`${command}\`\n\n${body}\n${notes ? `\n${notes}\n` : ''}`
  );
};
