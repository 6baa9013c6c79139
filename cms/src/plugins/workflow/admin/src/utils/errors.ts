import { isFetchError } from '@strapi/strapi/admin';
import type { FieldErrors } from '../types';

export interface ActionError {
  message: string | null;
  fields: FieldErrors;
}

interface ErrorDetails {
  errors?: Array<{ path?: Array<string | number>; message?: string }>;
}

/** The server's refusal: its (Vietnamese) message and, for input problems, one message per field. */
export const readActionError = (error: unknown): ActionError => {
  if (!isFetchError(error)) return { message: error instanceof Error ? error.message : null, fields: {} };
  const body = error.response?.data?.error;
  const details = (body?.details ?? {}) as ErrorDetails;
  const fields: FieldErrors = {};
  for (const problem of details.errors ?? []) {
    const path = (problem.path ?? []).join('.');
    if (path && problem.message && !fields[path]) fields[path] = problem.message;
  }
  return { message: body?.message ?? error.message ?? null, fields };
};
