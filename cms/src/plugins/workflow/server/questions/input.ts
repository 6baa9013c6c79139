import { errors } from '@strapi/utils';
import { QUESTION_REJECT_REASONS } from '@vungtau/publishing';
import { z } from 'zod';
import { QUESTION_MESSAGES } from './messages';

/** The declared shapes of the staff actions' bodies: anything else (an unknown key, a wrong type) is a 400. */

const text = (min: number, max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().min(min).max(max));

const note = text(0, 2000).optional();

export const ASSIGN = z.strictObject({ unit: z.string().regex(/^[a-z0-9]{1,64}$/), note });

export const FORWARD = z.strictObject({ note });

export const ANSWER_PRIVATELY = z.strictObject({ privateAnswer: text(10, 10_000) });

export const REJECT = z.strictObject({ reason: z.enum(QUESTION_REJECT_REASONS), note });

/** A Vietnamese message for a problem with one field; zod's own wording is English. */
const messageFor = (field: string, code: string): string => {
  switch (field) {
    case 'unit':
      return QUESTION_MESSAGES.unitRequired;
    case 'privateAnswer':
      return code === 'too_big' ? QUESTION_MESSAGES.privateAnswerTooLong : QUESTION_MESSAGES.privateAnswerRequired;
    case 'reason':
      return QUESTION_MESSAGES.rejectReasonRequired;
    case 'note':
      return QUESTION_MESSAGES.noteTooLong;
    default:
      return QUESTION_MESSAGES.badInput([field || 'body']);
  }
};

/** Parses a body, or throws a 400 whose details name each field with a Vietnamese message. */
export const parseBody = <T extends z.ZodType>(schema: T, body: unknown): z.output<T> => {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: [key], message: QUESTION_MESSAGES.badInput([key]) }));
    const field = issue.path.map(String).join('.');
    return [{ path: field ? field.split('.') : [], message: messageFor(field, issue.code) }];
  });
  throw new errors.ValidationError([...new Set(problems.map((p) => p.message))].join(' '), {
    errors: problems.map((p) => ({ ...p, name: 'ValidationError' })),
  });
};
