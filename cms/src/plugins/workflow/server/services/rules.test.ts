import { allowedActions, capacitiesFor, deleteGrantsFor, EDIT_GRANTS, granted, type Capacity, type Role } from './rules';

const roles = (...list: Role[]) => new Set<Role>(list);
const ARTICLE = 'api::article.article' as const;

describe('workflow rules', () => {
  it('makes the creator the author only while they hold a content role on the site', () => {
    expect(capacitiesFor(roles('contributor'), true, true).has('author')).toBe(true);
    expect(capacitiesFor(roles('site-admin'), true, true).has('author')).toBe(false);
    expect(capacitiesFor(roles(), true, true).has('author')).toBe(false);
  });

  it('lets editors and approvers act as the author of items nobody signed in wrote', () => {
    expect(capacitiesFor(roles('editor'), false, false).has('author')).toBe(true);
    expect(capacitiesFor(roles('contributor'), false, false).has('author')).toBe(false);
  });

  it('offers an approver of a ward every approver action, and the proposal only for ward articles', () => {
    const approver = capacitiesFor(roles('approver'), false, true);
    expect(allowedActions({ uid: ARTICLE, state: 'edited', siteKind: 'ward' }, approver)).toEqual([
      'return',
      'approve',
      'schedule',
      'propose',
    ]);
    expect(allowedActions({ uid: ARTICLE, state: 'edited', siteKind: 'city' }, approver)).toEqual(['return', 'approve', 'schedule']);
    expect(allowedActions({ uid: 'api::legal-document.legal-document', state: 'published', siteKind: 'ward' }, approver)).toEqual([
      'approve',
      'withdraw',
    ]);
  });

  it('gives a contributor nothing to do on an item in review', () => {
    const author = capacitiesFor(roles('contributor'), true, true);
    for (const state of ['submitted', 'edited', 'scheduled', 'published', 'withdrawn'] as const) {
      expect(allowedActions({ uid: ARTICLE, state, siteKind: 'ward' }, author)).toEqual([]);
    }
    expect(allowedActions({ uid: ARTICLE, state: 'returned', siteKind: 'ward' }, author)).toEqual(['submit']);
  });
});

describe('workflow rules for the royalty roles', () => {
  it('gives a board head and a finance officer no content actions and no authorship', () => {
    const money = capacitiesFor(roles('board-head', 'finance'), true, true);
    expect(money.has('author')).toBe(false);
    for (const state of ['draft', 'submitted', 'edited', 'published'] as const) {
      expect(allowedActions({ uid: ARTICLE, state, siteKind: 'ward' }, money)).toEqual([]);
    }
  });
});

describe('workflow rules for questions (participation)', () => {
  const QUESTION = 'api::question.question' as const;

  it('gives an answerer no capacity from the site role alone: items.ts adds it on their unit’s questions', () => {
    expect(capacitiesFor(roles('answerer'), false, false).has('answerer')).toBe(false);
    expect(capacitiesFor(roles('answerer'), true, true).has('author')).toBe(false);
  });

  it('lets a unit’s answerer submit a drafted or returned answer and nothing else', () => {
    const answerer = new Set<Capacity>(['answerer']);
    expect(allowedActions({ uid: QUESTION, state: 'draft', siteKind: 'ward' }, answerer)).toEqual(['submit']);
    expect(allowedActions({ uid: QUESTION, state: 'returned', siteKind: 'ward' }, answerer)).toEqual(['submit']);
    for (const state of ['submitted', 'edited', 'scheduled', 'published', 'withdrawn'] as const) {
      expect(allowedActions({ uid: QUESTION, state, siteKind: 'ward' }, answerer)).toEqual([]);
    }
    expect(granted(EDIT_GRANTS, answerer, 'draft')).toBe(true);
    expect(granted(EDIT_GRANTS, answerer, 'submitted')).toBe(false);
  });

  it('never proposes a question to the city portal, and leaves deleting questions to approvers', () => {
    const approver = capacitiesFor(roles('approver'), false, false);
    expect(allowedActions({ uid: QUESTION, state: 'edited', siteKind: 'ward' }, approver)).toEqual(['return', 'approve', 'schedule']);
    expect(granted(deleteGrantsFor(QUESTION), capacitiesFor(roles('editor'), false, false), 'draft')).toBe(false);
    expect(granted(deleteGrantsFor(QUESTION), approver, 'draft')).toBe(true);
  });
});
