// Shared by the benchmarks: percentiles, the machine's description, and appending a dated result
// (with the command that produced it) to docs/benchmarks.md.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const DOC = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));

/** The p-th percentile (nearest rank) of some numbers. */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

/** CPU, cores, memory, Node and OS of this machine, in one line. */
export const machine = () =>
  `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.type()} ${os.release()}`;

/** Appends one dated result section to docs/benchmarks.md. */
export const appendResult = ({ title, command, machine: where, body, notes }) => {
  if (!existsSync(DOC)) {
    writeFileSync(DOC, '# Benchmarks\n\nResults appended by `scripts/bench/*`, newest last. Each says when, where and with which command it was measured.\n');
  }
  const date = new Date().toISOString().replace('T', ' ').slice(0, 16);
  appendFileSync(DOC, `\n## ${title} — ${date} UTC\n\nMachine: ${where}\n\nCommand: \`${command}\`\n\n${body}\n${notes ? `\n${notes}\n` : ''}`);
};
