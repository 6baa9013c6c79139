import { isFetchError } from '@strapi/strapi/admin';

export interface ApiError {
  message: string | null;
  /** One message per field path ("source.name"), for input problems. */
  fields: Record<string, string>;
}

interface ErrorDetails {
  errors?: Array<{ path?: Array<string | number>; message?: string }>;
}

/** The server's (Vietnamese) refusal and, for input problems, one message per field, from a Strapi error response. */
export const readApiError = (error: unknown): ApiError => {
  if (!isFetchError(error)) return { message: error instanceof Error ? error.message : null, fields: {} };
  const body = error.response?.data?.error;
  const details = (body?.details ?? {}) as ErrorDetails;
  const fields: Record<string, string> = {};
  for (const problem of details.errors ?? []) {
    const path = (problem.path ?? []).join('.');
    if (path && problem.message && !fields[path]) fields[path] = problem.message;
  }
  return { message: body?.message ?? error.message ?? null, fields };
};
