import { COMPONENT_LABELS, CONTENT_TYPE_LABELS } from '../src/admin-labels/vi';
import { startCms, type TestCms } from './harness/cms';

describe('admin labels', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startCms();
  });
  afterAll(async () => cms?.close());

  it('shows editors Vietnamese field labels and descriptions in the content manager', async () => {
    const res = await cms
      .http()
      .get('/content-manager/content-types/api::article.article/configuration')
      .set('Authorization', `Bearer ${await cms.adminJwt()}`)
      .expect(200);
    const { metadatas } = res.body.data.contentType;
    expect(metadatas.title.edit.label).toBe('Tiêu đề');
    expect(metadatas.source.edit.description).toContain('trích dẫn');
    expect(metadatas.title.list.label).toBe('Tiêu đề');
    expect(res.body.data.contentType.layouts.list).toEqual(['id', 'title', 'workflowState', 'site', 'postedAt']);
    expect(metadatas.workflowState.edit.editable).toBe(false);
    const component = res.body.data.components['article.source'];
    expect(component.metadatas.name.edit.label).toBe('Tên nguồn');
  });

  it('labels only attributes that exist, and every attribute of every type', () => {
    const models: Array<[Record<string, Record<string, unknown>>, Record<string, { attributes: Record<string, unknown> }>]> = [
      [CONTENT_TYPE_LABELS, cms.strapi.contentTypes as unknown as Record<string, { attributes: Record<string, unknown> }>],
      [COMPONENT_LABELS, cms.strapi.components as unknown as Record<string, { attributes: Record<string, unknown> }>],
    ];
    for (const [table, schemas] of models) {
      for (const [uid, labels] of Object.entries(table)) {
        const own = Object.keys(schemas[uid].attributes).filter(
          (name) =>
            !['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'documentId', 'id'].includes(
              name
            )
        );
        expect({ uid, labels: Object.keys(labels).sort() }).toEqual({ uid, labels: own.sort() });
      }
    }
  });
});
