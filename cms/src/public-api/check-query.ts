import { checkFilters } from './check-filters';
import { MAX_PAGE, MAX_PAGE_SIZE, MAX_POPULATE_DEPTH, MAX_SORT_KEYS } from './limits';
import type { PublicModel, PublicShape } from './model';
import { paramPath, RefusedParameter } from './refusal';

type Path = Array<string | number>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `status`: absent or exactly `published`. Strapi reads every other value as "draft" (finding 1). */
const checkStatus = (status: unknown): void => {
  if (status !== 'published')
    throw new RefusedParameter(
      'status',
      'chỉ nhận giá trị published, bản nháp không được công khai',
      'only "published"; drafts are not public'
    );
};

/** Names from a `fields` or `sort` value: a comma-separated string or a list of strings. */
const namesOf = (value: unknown, parameter: string, vi: string, en: string): string[] => {
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : null;
  if (!items || items.some((item) => typeof item !== 'string')) throw new RefusedParameter(parameter, vi, en);
  return (items as string[]).map((item) => item.trim());
};

const checkFields = (shape: PublicShape, value: unknown, path: Path): void => {
  const parameter = path.length ? paramPath('populate', [...path, 'fields']) : 'fields';
  for (const name of namesOf(value, parameter, 'cần tên trường hoặc danh sách tên trường', 'a field name or a list of them')) {
    if (!shape.selectable.has(name))
      throw new RefusedParameter(parameter, `không có trường công khai «${name}»`, `"${name}" is not a public field`);
  }
};

/** One populated attribute's options: its own `fields` and `populate`, nothing else. */
const checkNested = (model: PublicModel, shape: PublicShape, value: unknown, path: Path, depth: number): void => {
  if (value === true || value === 'true') return;
  if (!isPlainObject(value))
    throw new RefusedParameter(paramPath('populate', path), 'cần true hoặc { fields, populate }', 'true or { fields, populate }');
  for (const [key, nested] of Object.entries(value)) {
    if (key === 'fields') checkFields(shape, nested, path);
    else if (key === 'populate') checkPopulate(model, shape, nested, [...path, 'populate'], depth);
    else throw new RefusedParameter(paramPath('populate', [...path, key]), 'chỉ nhận fields và populate', 'only fields and populate');
  }
};

const populated = (model: PublicModel, shape: PublicShape, name: string, path: Path, depth: number): PublicShape => {
  if (depth >= MAX_POPULATE_DEPTH)
    throw new RefusedParameter(
      paramPath('populate', path),
      `lồng quá ${MAX_POPULATE_DEPTH} cấp`,
      `deeper than ${MAX_POPULATE_DEPTH} levels`
    );
  const target = shape.populate.get(name);
  if (!target)
    throw new RefusedParameter(
      paramPath('populate', path),
      `không có quan hệ công khai «${name}»`,
      `"${name}" cannot be populated publicly`
    );
  return model.get(target) as PublicShape;
};

/**
 * `populate`: declared attributes only, by name (a string or a list of names) or as an object of
 * `{ fields, populate }`. No `*`, no dotted paths, no filters or sort inside: the build needs none.
 */
const checkPopulate = (model: PublicModel, shape: PublicShape, value: unknown, path: Path, depth: number): void => {
  if (typeof value === 'string' || Array.isArray(value)) {
    const names = typeof value === 'string' ? value.split(',') : value;
    names.forEach((name, i) => {
      const at = typeof value === 'string' ? path : [...path, i];
      if (typeof name !== 'string') throw new RefusedParameter(paramPath('populate', at), 'cần tên quan hệ', 'a relation name');
      populated(model, shape, name.trim(), at, depth);
    });
    return;
  }
  if (!isPlainObject(value))
    throw new RefusedParameter(paramPath('populate', path), 'cần tên quan hệ hoặc một đối tượng', 'a relation name or an object');
  for (const [name, nested] of Object.entries(value)) {
    const at = [...path, name];
    checkNested(model, populated(model, shape, name, at, depth), nested, at, depth + 1);
  }
};

const SORT_KEY = /^([A-Za-z0-9_]+)(?::(asc|desc))?$/;

const checkSort = (shape: PublicShape, value: unknown): void => {
  const keys = namesOf(
    value,
    'sort',
    'cần «trường:asc» hoặc «trường:desc», hoặc danh sách của chúng',
    'a "field:asc" / "field:desc" or a list of them'
  );
  if (keys.length > MAX_SORT_KEYS)
    throw new RefusedParameter('sort', `tối đa ${MAX_SORT_KEYS} khóa sắp xếp`, `at most ${MAX_SORT_KEYS} keys`);
  for (const key of keys) {
    const match = SORT_KEY.exec(key);
    if (!match || !shape.filterable.has(match[1]))
      throw new RefusedParameter('sort', `không sắp xếp được theo «${key}»`, `cannot sort by "${key}"`);
  }
};

const POSITIVE = /^[1-9]\d{0,5}$/;

const checkPagination = (value: unknown): void => {
  if (!isPlainObject(value)) throw new RefusedParameter('pagination', 'cần page, pageSize, withCount', 'page, pageSize, withCount');
  for (const [key, item] of Object.entries(value)) {
    const parameter = paramPath('pagination', [key]);
    const number = typeof item === 'string' && POSITIVE.test(item) ? Number(item) : NaN;
    if (key === 'page') {
      if (!(number <= MAX_PAGE))
        throw new RefusedParameter(parameter, `cần số nguyên từ 1 đến ${MAX_PAGE}`, `an integer from 1 to ${MAX_PAGE}`);
    } else if (key === 'pageSize') {
      if (!(number <= MAX_PAGE_SIZE))
        throw new RefusedParameter(parameter, `cần số nguyên từ 1 đến ${MAX_PAGE_SIZE}`, `an integer from 1 to ${MAX_PAGE_SIZE}`);
    } else if (key === 'withCount') {
      if (item !== 'true' && item !== 'false') throw new RefusedParameter(parameter, 'chỉ nhận true hoặc false', 'true or false only');
    } else {
      throw new RefusedParameter(parameter, 'chỉ nhận page, pageSize và withCount', 'only page, pageSize and withCount');
    }
  }
};

/**
 * Accepts a public read's query only when every parameter has a declared shape; anything else
 * throws a RefusedParameter naming it. `shape` is the type the route serves.
 */
export const checkPublicQuery = (model: PublicModel, shape: PublicShape, query: Record<string, unknown>): void => {
  for (const [parameter, value] of Object.entries(query)) {
    switch (parameter) {
      case 'status':
        checkStatus(value);
        break;
      case 'fields':
        checkFields(shape, value, []);
        break;
      case 'populate':
        checkPopulate(model, shape, value, [], 0);
        break;
      case 'filters':
        checkFilters(model, shape, value);
        break;
      case 'sort':
        checkSort(shape, value);
        break;
      case 'pagination':
        checkPagination(value);
        break;
      default:
        throw new RefusedParameter(parameter, 'API công khai không nhận tham số này', 'not a parameter the public API takes');
    }
  }
};
