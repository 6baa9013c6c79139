import type { Core } from '@strapi/strapi';
import { RateLimiterPostgres, RateLimiterRes, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Rate limits of the public participation routes, kept in the CMS's own database (a table the
 * library creates and prunes) so that every CMS process behind the load balancer counts the same
 * requests: rate-limiter-flexible's PostgreSQL store in production, its SQLite store on the
 * embedded default. A key is an address and a form, so a flood from one address never uses up
 * anyone else's allowance.
 */

export interface Limit {
  points: number;
  /** Seconds. */
  duration: number;
}

const envInt = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/** Read at start (docs/participation.md lists the variables). */
export const limits = () => ({
  /** Every POST to a form, valid or not: what one address may cost the server. */
  requests: { points: envInt('PARTICIPATION_REQUESTS_PER_10_MIN', 60), duration: 600 },
  /** Comments stored from one address: a person writes a few, a bot many. */
  submissions: { points: envInt('PARTICIPATION_SUBMISSIONS_PER_HOUR', 10), duration: 3600 },
  /** Tracking-code lookups from one address: a person checks a few codes, guessing needs millions. */
  lookups: { points: envInt('PARTICIPATION_LOOKUPS_PER_10_MIN', 30), duration: 600 },
  /** Proof-of-work challenges handed to one address. */
  challenges: { points: envInt('PARTICIPATION_CHALLENGES_PER_10_MIN', 60), duration: 600 },
});

export type LimitName = keyof ReturnType<typeof limits>;

/** A key already used once (a solved challenge, a no-JavaScript question): one point, for as long as it is valid. */
const ONCE: Limit = { points: 1, duration: 3600 };

type Limiters = Record<LimitName | 'once', RateLimiterAbstract>;

let limiters: Promise<Limiters> | null = null;

type Knex = Core.Strapi['db']['connection'];

const TABLE = 'participation_rate_limits';

/** The library creates its table asynchronously; this waits for it. */
const create = (strapi: Core.Strapi, keyPrefix: string, limit: Limit): Promise<RateLimiterAbstract> =>
  new Promise((resolve, reject) => {
    const knex: Knex = strapi.db.connection;
    const options = {
      storeClient: knex,
      storeType: 'knex',
      tableName: TABLE,
      keyPrefix,
      points: limit.points,
      duration: limit.duration,
      // Once an address has used its allowance, refuse it from memory until the window ends: a
      // flood costs no database write per request.
      inMemoryBlockOnConsumed: limit.points,
      inMemoryBlockDuration: Math.min(limit.duration, 60),
    };
    const done = (error?: unknown) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(limiter));
    const limiter: RateLimiterAbstract =
      strapi.db.dialect.client === 'postgres'
        ? new RateLimiterPostgres(
            { ...options, schemaName: (strapi.config.get('database.connection.connection.schema') as string | undefined) ?? 'public' },
            done
          )
        : new RateLimiterSQLite(options, done);
  });

/** The limiters, created once per process on first use. */
const limitersOf = (strapi: Core.Strapi): Promise<Limiters> => {
  limiters ??= (async () => {
    const configured = limits();
    return {
      requests: await create(strapi, 'req', configured.requests),
      submissions: await create(strapi, 'sub', configured.submissions),
      challenges: await create(strapi, 'chl', configured.challenges),
      lookups: await create(strapi, 'lkp', configured.lookups),
      once: await create(strapi, 'once', ONCE),
    };
  })().catch((error: unknown) => {
    limiters = null;
    throw error;
  });
  return limiters;
};

/** For tests that start several CMSs in one process: the next CMS makes its own. */
export const forgetLimiters = (): void => {
  limiters = null;
};

/** Refused: try again after this many seconds. */
export class RateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('rate limited');
  }
}

/** Uses one point of `name` for `key`; throws RateLimited when none is left. */
export const consume = async (strapi: Core.Strapi, name: LimitName, key: string): Promise<void> => {
  const limiter = (await limitersOf(strapi))[name];
  try {
    await limiter.consume(key);
  } catch (result) {
    if (result instanceof RateLimiterRes) throw new RateLimited(Math.max(1, Math.ceil(result.msBeforeNext / 1000)));
    throw result;
  }
};

/** Marks `key` as used; false when it already was (a replayed challenge). Atomic across processes. */
export const useOnce = async (strapi: Core.Strapi, key: string): Promise<boolean> => {
  const limiter = (await limitersOf(strapi)).once;
  try {
    await limiter.consume(key);
    return true;
  } catch (result) {
    if (result instanceof RateLimiterRes) return false;
    throw result;
  }
};
