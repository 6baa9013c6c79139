import fs from 'fs';
import path from 'path';
import Piscina from 'piscina';
import { SearchBusyError, SearchRequestError } from '../errors';
import type { SearchResponse } from '../types';
import type { SearchOutcome, SearchTask } from './worker';

export interface PoolOptions {
  /** Longest a search may take, waiting in the queue included (SEARCH_EMBEDDED_TIMEOUT_MS, 2,000 by default). */
  timeoutMs: number;
  /** Worker threads (SEARCH_EMBEDDED_THREADS, 2 by default): searches running at once. */
  threads: number;
  /** Searches that may wait for a thread; past this, a search is refused at once as busy. */
  maxQueue: number;
}

export const poolOptionsFromEnv = (env: NodeJS.ProcessEnv = process.env): PoolOptions => {
  const positive = (value: string | undefined, fallback: number) => (Number(value) > 0 ? Math.floor(Number(value)) : fallback);
  const threads = positive(env.SEARCH_EMBEDDED_THREADS, 2);
  return {
    timeoutMs: positive(env.SEARCH_EMBEDDED_TIMEOUT_MS, 2000),
    threads,
    maxQueue: positive(env.SEARCH_EMBEDDED_QUEUE, 16 * threads),
  };
};

/**
 * The compiled worker. Under ts-jest this module is TypeScript, which a worker thread cannot load:
 * it runs the copy the test setup compiles into dist/ (tests/setup/global-setup.js).
 */
const workerFile = (): string => {
  const here = path.join(__dirname, 'worker.js');
  if (fs.existsSync(here)) return here;
  const cmsRoot = path.resolve(__dirname, '..', '..', '..', '..', '..', '..');
  return path.join(cmsRoot, 'dist', path.relative(cmsRoot, __dirname), 'worker.js');
};

export interface SearchPool {
  search(task: SearchTask): Promise<SearchResponse>;
  close(): Promise<void>;
}

/**
 * A small pool of search threads (piscina) with a bounded queue and a time budget per search.
 * A search over budget is answered 503 and its thread is terminated and replaced (piscina does
 * that when a running task is aborted), so no request can hold a thread, let alone the CMS.
 */
export const searchPool = (options: PoolOptions): SearchPool => {
  const pool = new Piscina({
    filename: workerFile(),
    name: 'search',
    minThreads: 1,
    maxThreads: options.threads,
    // Threads beyond the first go after a minute idle.
    idleTimeout: 60_000,
    // A thread that allocates past this dies alone (the search answers 503); the CMS does not.
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  const seconds = (options.timeoutMs / 1000).toLocaleString('vi-VN');
  // Counted here rather than by piscina's maxQueue, which does not count tasks with an abort signal.
  let inFlight = 0;

  return {
    async search(task) {
      if (inFlight >= options.threads + options.maxQueue) {
        throw new SearchBusyError(
          'Công cụ tìm kiếm đang bận vì có quá nhiều yêu cầu cùng lúc; xin thử lại sau giây lát (too many searches).',
          'search_busy'
        );
      }
      let outcome: SearchOutcome;
      inFlight += 1;
      try {
        outcome = (await pool.run(task, { signal: AbortSignal.timeout(options.timeoutMs) })) as SearchOutcome;
      } catch (error) {
        if ((error as Error)?.name === 'AbortError') {
          throw new SearchBusyError(
            `Tìm kiếm không xong trong ${seconds} giây nên đã dừng; xin thử từ khóa ngắn hơn hoặc ít bộ lọc hơn (search timed out).`,
            'search_timeout'
          );
        }
        throw error;
      } finally {
        inFlight -= 1;
      }
      if (!outcome.ok) throw new SearchRequestError(outcome.message, outcome.code);
      return outcome.response;
    },
    async close() {
      await pool.destroy();
    },
  };
};
