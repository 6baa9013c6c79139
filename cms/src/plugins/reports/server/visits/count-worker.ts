import fs from 'fs';
import readline from 'readline';
import zlib from 'zlib';
import type { SiteKey } from './classify';
import { VisitCounter, type Counted } from './count';

export interface CountTask {
  /** Log files, oldest first; `.gz` ones are unzipped as they are read. */
  files: string[];
  sites: SiteKey[];
  done: string[];
  until: string;
  salt: string;
}

/**
 * Runs in a worker thread (piscina, see import.ts): reads the log files line by line, so memory
 * holds the aggregates and the visits of the last half hour, never a file.
 */
export default async function countFiles(task: CountTask): Promise<Counted> {
  const counter = new VisitCounter(task.sites, { done: new Set(task.done), until: task.until, salt: task.salt });
  for (const file of task.files) {
    const raw = fs.createReadStream(file);
    const input = file.endsWith('.gz') ? raw.pipe(zlib.createGunzip()) : raw;
    const lines = readline.createInterface({ input, crlfDelay: Infinity });
    for await (const line of lines) counter.add(line);
  }
  return counter.result();
}
