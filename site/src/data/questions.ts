import type { CollectionEntry } from 'astro:content';
import { QUESTION_FIELDS, type QuestionField } from '@vungtau/publishing';
import { entries } from './source';
import { once } from '../utils/once';

export type Question = CollectionEntry<'questions'>;

/** When a question's answer came out: its first publication, as articles count theirs. */
export const answeredOn = (q: Question): Date => q.data.answeredAt ?? q.data.postedAt ?? q.data.publishedAt;

/** Every answered question of the site, newest answer first (callers must not modify it). */
export const allQuestions = once(
  async (): Promise<Question[]> =>
    (await entries('questions')).sort(
      (a, b) => answeredOn(b).getTime() - answeredOn(a).getTime() || a.data.slug.localeCompare(b.data.slug)
    ),
  ['questions']
);

/** The fields in the order the list offers them; every field has a list page, even while empty. */
export const QUESTION_FIELD_LIST = Object.entries(QUESTION_FIELDS) as Array<[QuestionField, string]>;

export const fieldLabel = (field: QuestionField): string => QUESTION_FIELDS[field];
