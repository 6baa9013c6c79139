import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { z } from 'zod';
import { useOnce } from './rate-limits';

/**
 * The two ways a form proves a person sent it, neither with a third-party service:
 * - with JavaScript, an ALTCHA proof of work (altcha-lib), solved by the page's widget;
 * - without, a short sum written in words that the confirmation page asks (the no-JavaScript path).
 * Either is good for one submission only (rate-limits.ts useOnce), within its validity.
 */

/** How long a challenge may wait for its answer: long enough to write a comment after it was fetched. */
export const CHALLENGE_TTL_SECONDS = 30 * 60;

/** PBKDF2 of this cost, tried about 1,000 to 2,500 times: a second or two on a cheap phone, paid per submission. */
const COST = 400;

/** Secrets derived from the CMS's APP_KEYS, so there is no new secret to keep. */
const secret = (strapi: Core.Strapi, purpose: string): string => {
  const keys = (strapi.config.get('server.app.keys') as string[] | undefined) ?? [];
  const master = keys.join(',');
  if (!master) throw new Error('server.app.keys (APP_KEYS) is empty: the participation challenges cannot be signed.');
  return Buffer.from(crypto.hkdfSync('sha256', master, 'vungtau-participation', purpose, 32)).toString('hex');
};

export const newChallenge = async (strapi: Core.Strapi): Promise<Challenge> =>
  createChallenge({
    algorithm: 'PBKDF2/SHA-256',
    cost: COST,
    counter: randomInt(1000, 2500),
    deriveKey,
    expiresAt: new Date(Date.now() + CHALLENGE_TTL_SECONDS * 1000),
    hmacSignatureSecret: secret(strapi, 'altcha-signature'),
    hmacKeySignatureSecret: secret(strapi, 'altcha-key-signature'),
  });

/** The widget's payload, base64 JSON of `{ challenge, solution }`: the declared shape only. */
const payloadShape = z.strictObject({
  challenge: z.looseObject({ parameters: z.looseObject({ nonce: z.string().min(1).max(200) }), signature: z.string().max(500) }),
  solution: z.looseObject({}),
});

const decodePayload = (value: string): z.infer<typeof payloadShape> | null => {
  if (value.length > 4000) return null;
  try {
    const parsed = payloadShape.safeParse(JSON.parse(Buffer.from(value, 'base64').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

export type ChallengeOutcome = 'ok' | 'invalid' | 'expired' | 'used';

/** Checks an ALTCHA payload: signed by this CMS, solved, not expired, not used before. */
export const verifyAltcha = async (strapi: Core.Strapi, value: string): Promise<ChallengeOutcome> => {
  const payload = decodePayload(value);
  if (!payload) return 'invalid';
  let result;
  try {
    result = await verifySolution({
      challenge: payload.challenge as unknown as Challenge,
      solution: payload.solution as unknown as Parameters<typeof verifySolution>[0]['solution'],
      deriveKey,
      hmacSignatureSecret: secret(strapi, 'altcha-signature'),
      hmacKeySignatureSecret: secret(strapi, 'altcha-key-signature'),
    });
  } catch {
    return 'invalid';
  }
  if (result.expired) return 'expired';
  if (!result.verified) return 'invalid';
  return (await useOnce(strapi, `altcha:${payload.challenge.parameters.nonce}`)) ? 'ok' : 'used';
};

const NUMBER_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** A question for the no-JavaScript path: its words, and the signed token that carries its answer. */
export interface QuestionChallenge {
  question: string;
  token: string;
}

const sign = (strapi: Core.Strapi, body: string): string =>
  crypto.createHmac('sha256', secret(strapi, 'question')).update(body).digest('base64url');

export const newQuestion = (strapi: Core.Strapi, now = Date.now()): QuestionChallenge => {
  const a = crypto.randomInt(1, 10);
  const b = crypto.randomInt(1, 10);
  const body = Buffer.from(
    JSON.stringify({ answer: a + b, expires: now + CHALLENGE_TTL_SECONDS * 1000, nonce: crypto.randomBytes(12).toString('base64url') })
  ).toString('base64url');
  return { question: `${NUMBER_WORDS[a]} cộng ${NUMBER_WORDS[b]}`, token: `${body}.${sign(strapi, body)}` };
};

const tokenShape = z.strictObject({ answer: z.number().int(), expires: z.number(), nonce: z.string().max(40) });

/** Checks the answer to a question: the token signed here, not expired, the sum right, not used before. */
export const verifyQuestion = async (
  strapi: Core.Strapi,
  token: string,
  answer: string,
  now = Date.now()
): Promise<ChallengeOutcome | 'wrong'> => {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined || token.length > 400) return 'invalid';
  const expected = sign(strapi, body);
  if (signature.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return 'invalid';
  let parsed;
  try {
    parsed = tokenShape.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
  } catch {
    return 'invalid';
  }
  if (!parsed.success) return 'invalid';
  if (parsed.data.expires < now) return 'expired';
  // Spent by any answer, right or wrong: guessing means asking for a new question each time.
  if (!(await useOnce(strapi, `question:${parsed.data.nonce}`))) return 'used';
  return answer.trim() === String(parsed.data.answer) ? 'ok' : 'wrong';
};
