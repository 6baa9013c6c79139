import { MEDIA_UID, PERMISSION_UIDS, responseModels, UnknownShapeError, type AttributeShape } from './dependencies';

const SCHEMAS: Record<string, Record<string, AttributeShape>> = {
  'api::article.article': {
    title: { type: 'string' },
    site: { type: 'relation', target: 'api::site.site' },
    categories: { type: 'relation', target: 'api::category.category' },
    cover: { type: 'component', component: 'media.captioned-image' },
    blocks: { type: 'dynamiczone', components: ['shared.quote'] },
  },
  'api::site.site': { slug: { type: 'string' }, parent: { type: 'relation', target: 'api::site.site' }, logo: { type: 'media' } },
  'api::category.category': { name: { type: 'string' }, unit: { type: 'relation', target: 'api::unit.unit' } },
  'api::unit.unit': { name: { type: 'string' } },
  'media.captioned-image': { image: { type: 'media' }, caption: { type: 'string' } },
  'shared.quote': { speaker: { type: 'relation', target: 'api::unit.unit' } },
};
const lookup = (uid: string) => SCHEMAS[uid];
const models = (query: Record<string, unknown>) =>
  responseModels(lookup, 'api::article.article', query).filter((m) => !PERMISSION_UIDS.includes(m));

describe('responseModels', () => {
  it('is the content type alone, and the public role, for a bare list', () => {
    expect(responseModels(lookup, 'api::article.article', {})).toEqual(['api::article.article', ...PERMISSION_UIDS].sort());
  });

  it('adds what populate reaches through relations, components and media, nested or not', () => {
    expect(
      models({ populate: { categories: { fields: ['name'], populate: { unit: true } }, cover: { populate: { image: true } } } })
    ).toEqual(['api::article.article', 'api::category.category', 'api::unit.unit', MEDIA_UID].sort());
    expect(models({ populate: 'site.logo,categories' })).toEqual(
      ['api::article.article', 'api::category.category', 'api::site.site', MEDIA_UID].sort()
    );
    expect(models({ populate: ['site'] })).toEqual(['api::article.article', 'api::site.site']);
    expect(models({ populate: { blocks: { on: { 'shared.quote': { populate: { speaker: true } } } } } })).toEqual([
      'api::article.article',
      'api::unit.unit',
    ]);
  });

  it('takes populate=* as every relation and medium one level down', () => {
    expect(models({ populate: '*' })).toEqual(['api::article.article', 'api::category.category', 'api::site.site']);
    expect(models({ populate: { site: { populate: '*' } } })).toEqual(['api::article.article', 'api::site.site', MEDIA_UID].sort());
  });

  it('adds the models filters and sorting go through, inside $and, $or and $not too', () => {
    expect(models({ filters: { site: { slug: { $eq: 'phuong-7' } } } })).toEqual(['api::article.article', 'api::site.site']);
    expect(models({ filters: { documentId: { $in: ['a'] }, site: { id: { $eq: 1 } } }, sort: { id: 'asc' } })).toEqual([
      'api::article.article',
      'api::site.site',
    ]);
    expect(models({ filters: { $or: [{ title: { $contains: 'a' } }, { categories: { unit: { name: 'x' } } }] } })).toEqual([
      'api::article.article',
      'api::category.category',
      'api::unit.unit',
    ]);
    expect(models({ filters: { $not: { site: { parent: { slug: 'x' } } } } })).toEqual(['api::article.article', 'api::site.site']);
    expect(models({ sort: ['id:asc', 'site.slug:desc'] })).toEqual(['api::article.article', 'api::site.site']);
    expect(models({ sort: { categories: { name: 'asc' } } })).toEqual(['api::article.article', 'api::category.category']);
  });

  it('refuses a query naming an attribute the schema does not have', () => {
    expect(() => models({ populate: { author: true } })).toThrow(UnknownShapeError);
    expect(() => models({ filters: { nope: { $eq: 1 } } })).toThrow(UnknownShapeError);
    expect(() => responseModels(lookup, 'api::unknown.unknown', { populate: '*' })).toThrow(UnknownShapeError);
  });
});
