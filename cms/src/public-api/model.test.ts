import fs from 'fs';
import path from 'path';
import { publicModel, UnsafeDeclarationError, type Attribute, type Schemas } from './model';
import { MEDIA_UID } from './shapes';

// The public model against this project's own schema files, and against altered copies: a
// declaration that would reach a private attribute or a non-public type must stop the CMS.

const SRC = path.resolve(__dirname, '..');
type Attributes = Record<string, Attribute>;

const readSchemas = (): Map<string, Attributes> => {
  const schemas = new Map<string, Attributes>();
  for (const api of fs.readdirSync(path.join(SRC, 'api'))) {
    const file = path.join(SRC, 'api', api, 'content-types', api, 'schema.json');
    if (fs.existsSync(file)) schemas.set(`api::${api}.${api}`, JSON.parse(fs.readFileSync(file, 'utf8')).attributes);
  }
  for (const group of fs.readdirSync(path.join(SRC, 'components'))) {
    for (const name of fs.readdirSync(path.join(SRC, 'components', group))) {
      schemas.set(
        `${group}.${path.basename(name, '.json')}`,
        JSON.parse(fs.readFileSync(path.join(SRC, 'components', group, name), 'utf8')).attributes
      );
    }
  }
  schemas.set(MEDIA_UID, { url: { type: 'text' }, width: { type: 'integer' }, folderPath: { type: 'string', private: true } });
  return schemas;
};

const lookup =
  (schemas: Map<string, Attributes>): Schemas =>
  (uid) =>
    schemas.get(uid);

describe('security: the public model derived from the schemas', () => {
  it('selects non-private scalars, filters none of rich text, and populates only what is declared', () => {
    const article = publicModel(lookup(readSchemas())).get('api::article.article');
    expect(article?.selectable.has('title')).toBe(true);
    expect(article?.selectable.has('body')).toBe(true);
    expect(article?.filterable.has('body')).toBe(false);
    for (const hidden of ['workflowState', 'scheduledAt', 'proposedFrom', 'authors', 'createdBy']) {
      expect(article?.selectable.has(hidden)).toBe(false);
      expect(article?.filterable.has(hidden)).toBe(false);
      expect(article?.populate.has(hidden)).toBe(false);
    }
    expect(article?.populate.get('categories')).toBe('api::category.category');
    expect(article?.populate.get('cover')).toBe('media.captioned-image');
  });

  it('stops at start when a declared relation is made private', () => {
    const schemas = readSchemas();
    const article = schemas.get('api::article.article') as Attributes;
    schemas.set('api::article.article', { ...article, categories: { ...article.categories, private: true } });
    expect(() => publicModel(lookup(schemas))).toThrow(UnsafeDeclarationError);
  });

  it('stops at start when a declared relation comes to lead to a non-public type', () => {
    const schemas = readSchemas();
    const article = schemas.get('api::article.article') as Attributes;
    schemas.set('api::article.article', { ...article, unit: { type: 'relation', target: 'api::contributor.contributor' } });
    expect(() => publicModel(lookup(schemas))).toThrow(/not public/);
  });

  it('stops at start when a declared attribute is gone from the schema', () => {
    const schemas = readSchemas();
    const { tags: _tags, ...article } = schemas.get('api::article.article') as Attributes;
    schemas.set('api::article.article', article);
    expect(() => publicModel(lookup(schemas))).toThrow(/no such attribute/);
  });
});
