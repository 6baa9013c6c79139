import { validationError, type FieldProblem } from '../utils/validation-error';
import type { DocumentMiddlewareFactory } from './types';
import { writeParams } from './types';

interface Attribute {
  type: string;
  component?: string;
  components?: string[];
  repeatable?: boolean;
}
type Attributes = Record<string, Attribute>;

/** What was sent instead of a list, as the message names it. */
const KIND_VI: Record<string, string> = { string: 'một chuỗi', number: 'một số', boolean: 'đúng/sai', object: 'một đối tượng' };

/**
 * Strapi's validator casts a "blocks" value that is not a list (a plain string, a number, an
 * object) to null and stores that: the text is lost without a word. Every other attribute type
 * answers a wrong type with a 400 already; this makes blocks do the same, in components and
 * dynamic zones too.
 */
const problemsIn = (
  attributes: Attributes,
  data: Record<string, unknown>,
  path: string[],
  componentsOf: (uid: string) => Attributes | undefined
): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = data[name];
    if (value === undefined || value === null) continue;
    const here = [...path, name];
    if (attribute.type === 'blocks' && !Array.isArray(value)) {
      problems.push({
        path: here,
        message: `Trường "${here.join('.')}" phải là nội dung soạn thảo (một danh sách khối), không phải ${KIND_VI[typeof value] ?? 'giá trị này'} (rich text must be a list of blocks).`,
      });
    } else if (attribute.type === 'component' && attribute.component) {
      const inner = componentsOf(attribute.component);
      const items = attribute.repeatable && Array.isArray(value) ? value : [value];
      items.forEach((item, i) => {
        if (inner && item && typeof item === 'object' && !Array.isArray(item)) {
          problems.push(
            ...problemsIn(inner, item as Record<string, unknown>, attribute.repeatable ? [...here, String(i)] : here, componentsOf)
          );
        }
      });
    } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      value.forEach((item, i) => {
        const uid = (item as { __component?: unknown } | null)?.__component;
        const inner = typeof uid === 'string' && attribute.components?.includes(uid) ? componentsOf(uid) : undefined;
        if (inner) problems.push(...problemsIn(inner, item as Record<string, unknown>, [...here, String(i)], componentsOf));
      });
    }
  }
  return problems;
};

const richTextShape: DocumentMiddlewareFactory = (strapi) => async (context, next) => {
  if (context.action !== 'create' && context.action !== 'update') return next();
  const { data } = writeParams(context);
  if (!data || typeof data !== 'object') return next();
  const componentsOf = (uid: string) =>
    (strapi.components as unknown as Record<string, { attributes: Attributes } | undefined>)[uid]?.attributes;
  const problems = problemsIn(context.contentType.attributes as unknown as Attributes, data, [], componentsOf);
  if (problems.length > 0) throw validationError(problems);
  return next();
};

export default richTextShape;
