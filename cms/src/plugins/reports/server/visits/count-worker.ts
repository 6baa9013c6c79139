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
  const failed: string[] = [];
  for (const file of task.files) {
    // A file removed since it was listed, or a truncated .gz, is named and skipped (the lines read
    // before the error count): one bad file must not stop every later import.
    try {
      await readInto(counter, file);
    } catch (error) {
      failed.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { ...counter.result(), failed };
}

const readInto = async (counter: VisitCounter, file: string): Promise<void> => {
  const raw = fs.createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(zlib.createGunzip()) : raw;
  if (input !== raw) raw.on('error', (error) => input.destroy(error));
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) counter.add(line);
};
