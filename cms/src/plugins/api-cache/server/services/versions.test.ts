import type { Core } from '@strapi/strapi';
import { versionReader } from './versions';

/** A database whose version rows change when told, counting the reads it answers. */
const fakeStrapi = () => {
  const state = { reads: 0, version: 1, release: [] as Array<() => void> };
  const strapi = {
    db: {
      metadata: { get: () => ({ tableName: 'api_cache_model_versions' }) },
      getConnection: () => ({
        select: () => {
          state.reads += 1;
          const version = state.version; // what a read sees is fixed when it starts
          return new Promise((resolve) => state.release.push(() => resolve([{ model: 'api::article.article', version }])));
        },
      }),
    },
  } as unknown as Core.Strapi;
  return { strapi, state, releaseAll: () => state.release.splice(0).forEach((release) => release()) };
};

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('versionReader', () => {
  it('answers requests that arrive together with one read', async () => {
    const { strapi, state, releaseAll } = fakeStrapi();
    const read = versionReader(strapi);
    const all = Promise.all([read(), read(), read()]);
    await turn();
    releaseAll();
    expect((await all).map((v) => v.get('api::article.article'))).toEqual(['1', '1', '1']);
    expect(state.reads).toBe(1);
  });

  it('never gives a request a read that started before it asked', async () => {
    const { strapi, state, releaseAll } = fakeStrapi();
    const read = versionReader(strapi);
    const early = read();
    await turn(); // the first read has started, and sees version 1
    state.version = 2; // a write commits
    const late = read();
    await turn();
    releaseAll();
    expect((await early).get('api::article.article')).toBe('1');
    expect((await late).get('api::article.article')).toBe('2');
    expect(state.reads).toBe(2);
  });
});
