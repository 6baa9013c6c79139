import { changesOf, MAX_DOCUMENTS, mergeChanges } from '@vungtau/publishing';

const ARTICLE = 'api::article.article';
const LEGAL = 'api::legal-document.legal-document';

describe('rebuild job changes', () => {
  it('names an article or legal document, and anything else as all', () => {
    expect(changesOf(ARTICLE, 'a1')).toEqual({ documents: [{ uid: ARTICLE, documentId: 'a1' }] });
    expect(changesOf(LEGAL, 'd1')).toEqual({ documents: [{ uid: LEGAL, documentId: 'd1' }] });
    expect(changesOf('api::category.category', 'c1')).toEqual({ all: true });
    expect(changesOf(ARTICLE, undefined)).toEqual({ all: true });
  });

  it('merges the documents of two jobs once each', () => {
    expect(
      mergeChanges(changesOf(ARTICLE, 'a1'), {
        documents: [
          { uid: ARTICLE, documentId: 'a1' },
          { uid: LEGAL, documentId: 'd1' },
        ],
      })
    ).toEqual({
      documents: [
        { uid: ARTICLE, documentId: 'a1' },
        { uid: LEGAL, documentId: 'd1' },
      ],
    });
  });

  it('lets a full build win over everything, and all over documents', () => {
    expect(mergeChanges(null, changesOf(ARTICLE, 'a1'))).toBeNull();
    expect(mergeChanges({ all: true }, undefined)).toBeNull();
    expect(mergeChanges(changesOf(ARTICLE, 'a1'), { all: true })).toEqual({ all: true });
  });

  it(`fetches everything past ${MAX_DOCUMENTS} documents`, () => {
    let changes = changesOf(ARTICLE, 'a0');
    for (let i = 1; i <= MAX_DOCUMENTS; i++) changes = mergeChanges(changes, changesOf(ARTICLE, `a${i}`))!;
    expect(changes).toEqual({ all: true });
  });
});
