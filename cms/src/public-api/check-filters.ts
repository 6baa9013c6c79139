import {
  MAX_FILTER_BRANCHES,
  MAX_FILTER_CONDITIONS,
  MAX_FILTER_DEPTH,
  MAX_FILTER_JOINS,
  MAX_FILTER_TO_MANY_JOINS,
  MAX_IN_VALUES,
  MAX_VALUE_LENGTH,
} from './limits';
import type { PublicModel, PublicShape } from './model';
import { paramPath, RefusedParameter } from './refusal';
import { isTextType, suitsType } from './values';

type Path = Array<string | number>;

/** Operators on one attribute's value, and the value each takes (`text`: a value, on text only). */
const OPERATORS: Record<string, 'value' | 'text' | 'list' | 'pair' | 'boolean'> = {
  $eq: 'value',
  $ne: 'value',
  $lt: 'value',
  $lte: 'value',
  $gt: 'value',
  $gte: 'value',
  $eqi: 'text',
  $nei: 'text',
  $contains: 'text',
  $containsi: 'text',
  $notContains: 'text',
  $notContainsi: 'text',
  $startsWith: 'text',
  $startsWithi: 'text',
  $endsWith: 'text',
  $endsWithi: 'text',
  $in: 'list',
  $notIn: 'list',
  $between: 'pair',
  $null: 'boolean',
  $notNull: 'boolean',
};

interface Budget {
  joins: number;
  toManyJoins: number;
  conditions: number;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const refuse = (path: Path, vi: string, en: string): never => {
  throw new RefusedParameter(paramPath('filters', path), vi, en);
};

const checkValue = (type: string, value: unknown, path: Path): void => {
  if (typeof value !== 'string') refuse(path, 'giá trị phải là một chuỗi', 'the value must be a string');
  const text = value as string;
  if (text.length > MAX_VALUE_LENGTH)
    refuse(path, `giá trị dài quá ${MAX_VALUE_LENGTH} ký tự`, `longer than ${MAX_VALUE_LENGTH} characters`);
  if (!suitsType(type, text)) refuse(path, `giá trị không hợp với kiểu ${type} của trường`, `not a valid ${type}`);
};

const countCondition = (budget: Budget, path: Path): void => {
  budget.conditions += 1;
  if (budget.conditions > MAX_FILTER_CONDITIONS)
    refuse(path, `bộ lọc có quá ${MAX_FILTER_CONDITIONS} điều kiện`, `more than ${MAX_FILTER_CONDITIONS} conditions in one filter`);
};

/** One attribute's condition: a bare value (Strapi's implicit `$eq`) or operators from the list above. */
const checkCondition = (type: string, value: unknown, path: Path, budget: Budget): void => {
  if (!isPlainObject(value)) {
    countCondition(budget, path);
    checkValue(type, value, path);
    return;
  }
  const operators = Object.entries(value);
  if (operators.length === 0) refuse(path, 'điều kiện rỗng', 'an empty condition');
  for (const [operator, operand] of operators) {
    const at = [...path, operator];
    const kind = OPERATORS[operator];
    if (!kind) refuse(at, 'toán tử không được hỗ trợ', 'not a supported operator');
    countCondition(budget, at);
    if (kind === 'text' && !isTextType(type))
      refuse(at, `toán tử chỉ dùng cho văn bản, trường có kiểu ${type}`, `a text operator on a ${type}`);
    if (kind === 'value' || kind === 'text') checkValue(type, operand, at);
    else if (kind === 'boolean') {
      if (operand !== 'true' && operand !== 'false' && operand !== true && operand !== false)
        refuse(at, 'chỉ nhận true hoặc false', 'true or false only');
    } else {
      const list = kind === 'list' && !Array.isArray(operand) ? [operand] : operand;
      if (!Array.isArray(list))
        refuse(at, `cần một danh sách không quá ${MAX_IN_VALUES} giá trị`, `a list of at most ${MAX_IN_VALUES} values`);
      const values = list as unknown[];
      if (kind === 'pair' && values.length !== 2) refuse(at, 'cần đúng hai giá trị', 'exactly two values');
      if (values.length === 0 || values.length > MAX_IN_VALUES)
        refuse(at, `cần từ 1 đến ${MAX_IN_VALUES} giá trị`, `1 to ${MAX_IN_VALUES} values`);
      values.forEach((item, i) => checkValue(type, item, [...at, i]));
    }
  }
};

/**
 * Right below a relation, Strapi's query builder reads an operator as one on the related id: `$not`
 * there, or `$and`/`$or` beside other keys, threw inside it (a 500, found by the generated suite).
 */
const checkRelationLevel = (filter: Record<string, unknown>, path: Path): void => {
  const keys = Object.keys(filter);
  if ('$not' in filter)
    refuse([...path, '$not'], 'không dùng $not ngay dưới một quan hệ, hãy đặt nó ở ngoài', '$not right below a relation; put it outside');
  if (keys.some((key) => key.startsWith('$')) && keys.length > 1)
    refuse(path, '$and / $or dưới một quan hệ phải đứng một mình', '$and / $or below a relation must stand alone');
};

/** A filter object on one shape: attributes, relations it may follow, and `$and` / `$or` / `$not`. */
const checkFilter = (
  model: PublicModel,
  shape: PublicShape,
  filter: unknown,
  path: Path,
  depth: number,
  budget: Budget,
  belowRelation = false
): void => {
  if (!isPlainObject(filter)) refuse(path, 'bộ lọc phải là một đối tượng', 'a filter must be an object');
  if (belowRelation) checkRelationLevel(filter as Record<string, unknown>, path);
  for (const [key, value] of Object.entries(filter as Record<string, unknown>)) {
    const at = [...path, key];
    if (key === '$and' || key === '$or') {
      // qs turns a list longer than its arrayLimit (100) into an object with numeric keys.
      if (!Array.isArray(value)) {
        const size = isPlainObject(value) ? Object.keys(value).length : 0;
        refuse(
          at,
          `cần một danh sách không quá ${MAX_FILTER_BRANCHES} nhánh${size ? ` (nhận ${size})` : ''}`,
          `a list of at most ${MAX_FILTER_BRANCHES} branches`
        );
      }
      const branches = value as unknown[];
      if (branches.length === 0 || branches.length > MAX_FILTER_BRANCHES)
        refuse(
          at,
          `cần từ 1 đến ${MAX_FILTER_BRANCHES} nhánh, nhận ${branches.length}`,
          `1 to ${MAX_FILTER_BRANCHES} branches, got ${branches.length}`
        );
      enter(at, depth);
      branches.forEach((branch, i) => checkFilter(model, shape, branch, [...at, i], depth + 1, budget));
    } else if (key === '$not') {
      enter(at, depth);
      checkFilter(model, shape, value, at, depth + 1, budget);
    } else if (shape.filterable.has(key)) {
      checkCondition(shape.filterable.get(key) as string, value, at, budget);
    } else if (shape.filterThrough.has(key)) {
      const relation = shape.filterThrough.get(key) as { target: string; toMany: boolean };
      budget.joins += 1;
      if (budget.joins > MAX_FILTER_JOINS)
        refuse(at, `bộ lọc đi qua quá ${MAX_FILTER_JOINS} quan hệ`, `a filter may follow at most ${MAX_FILTER_JOINS} relations`);
      if (relation.toMany) budget.toManyJoins += 1;
      if (budget.toManyJoins > MAX_FILTER_TO_MANY_JOINS)
        refuse(
          at,
          `bộ lọc đi qua quá ${MAX_FILTER_TO_MANY_JOINS} quan hệ nhiều-nhiều`,
          `a filter may follow at most ${MAX_FILTER_TO_MANY_JOINS} to-many relation`
        );
      enter(at, depth);
      const target = model.get(relation.target) as PublicShape;
      checkFilter(model, target, value, at, depth + 1, budget, true);
    } else {
      refuse(at, 'không lọc được theo trường này', 'not a field the public may filter on');
    }
  }
};

const enter = (path: Path, depth: number): void => {
  if (depth >= MAX_FILTER_DEPTH) refuse(path, `bộ lọc lồng quá ${MAX_FILTER_DEPTH} cấp`, `nested deeper than ${MAX_FILTER_DEPTH} levels`);
};

/** Refuses a `filters` parameter outside the public shape of `shape` and the bounds in limits.ts. */
export const checkFilters = (model: PublicModel, shape: PublicShape, filters: unknown): void =>
  checkFilter(model, shape, filters, [], 0, { joins: 0, toManyJoins: 0, conditions: 0 });
