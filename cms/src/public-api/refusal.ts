import { errors } from '@strapi/utils';

/**
 * A query parameter the public API does not accept: a 400 whose message names the parameter, in
 * Vietnamese for the reader and an English gloss for the developer, as the API's other messages.
 */
export class RefusedParameter extends errors.ValidationError {
  constructor(parameter: string, vi: string, en: string) {
    super(`Tham số ${parameter} không được chấp nhận: ${vi} (${parameter} refused: ${en}).`, { parameter });
  }
}

/** Renders a path inside a parameter the way the query string spells it: `filters[$or][0][title]`. */
export const paramPath = (root: string, path: readonly (string | number)[]): string => root + path.map((key) => `[${key}]`).join('');
