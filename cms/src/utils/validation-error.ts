import { errors } from '@strapi/utils';

export interface FieldProblem {
  /** Attribute path, e.g. ['source', 'name']; the admin marks that field. */
  path: string[];
  message: string;
}

/**
 * A 400 ValidationError in the shape Strapi's own yup errors have, so the admin shows each
 * message on its field and API clients get `error.details.errors[].path`.
 */
export const validationError = (problems: FieldProblem[]): InstanceType<typeof errors.ValidationError> =>
  new errors.ValidationError(problems.map((p) => p.message).join(' '), {
    errors: problems.map((p) => ({ path: p.path, message: p.message, name: 'ValidationError' })),
  });

/** Throws when there is any problem; does nothing otherwise. */
export const assertNoProblems = (problems: FieldProblem[]): void => {
  if (problems.length > 0) throw validationError(problems);
};
