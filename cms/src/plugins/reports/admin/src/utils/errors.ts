import { isFetchError } from '@strapi/strapi/admin';

export interface ReadError {
  message: string | null;
  fields: Record<string, string>;
}

/** The server's (Vietnamese) refusal and, for input problems, one message per field. */
export const readError = (error: unknown): ReadError => {
  if (!isFetchError(error)) return { message: error instanceof Error ? error.message : null, fields: {} };
  const body = error.response?.data?.error;
  const fields: Record<string, string> = {};
  const details = (body?.details ?? {}) as { errors?: Array<{ path?: Array<string | number>; message?: string }> };
  for (const problem of details.errors ?? []) {
    const path = (problem.path ?? []).join('.');
    if (path && problem.message && !fields[path]) fields[path] = problem.message;
  }
  return { message: body?.message ?? error.message ?? null, fields };
};
