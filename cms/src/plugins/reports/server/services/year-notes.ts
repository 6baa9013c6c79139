import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { displayName, type AdminUser } from '../../../workflow/server/services/actor';
import { validationError } from '../../../../utils/validation-error';
import type { FieldProblem } from '../../../../utils/validation-error';
import type { YearNote, YearNoteTexts } from '../../shared/contracts';
import { MESSAGES } from '../messages';
import type { Access, SiteAccess } from './access';
import { YEAR_NOTE } from './uids';

/**
 * The texts of the year-end report only the board can write (seed 001's I, III and IV): one
 * record per site and year, written from the year tab of "Báo cáo" by the site's board (editor,
 * approver, head of board) or an operator. Plain text; a blank line separates paragraphs.
 */

export const NOTE_FIELDS = ['leadership', 'strengths', 'weaknesses', 'causes', 'direction'] as const;
export const NOTE_MAX = 20_000;

interface Row extends Partial<Record<(typeof NOTE_FIELDS)[number], string | null>> {
  documentId: string;
  year: number;
  updatedAt: string | null;
  updatedByName: string | null;
  site: { id: number } | null;
}

const blank = (): YearNoteTexts => ({ leadership: '', strengths: '', weaknesses: '', causes: '', direction: '' });

/** Line ends as `\n`, NFC, no control characters but the line end and tab, trailing spaces trimmed. */
// eslint-disable-next-line no-control-regex -- it finds the control characters a document cannot hold
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const clean = (value: string): string => value.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();

/** Reads the texts from untrusted input; a missing field is left empty. */
export const readNoteTexts = (body: Record<string, unknown>): YearNoteTexts => {
  const problems: FieldProblem[] = [];
  const texts = blank();
  for (const field of NOTE_FIELDS) {
    const value = body[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') problems.push({ path: [field], message: MESSAGES.noteText });
    else if (clean(value).length > NOTE_MAX) problems.push({ path: [field], message: MESSAGES.noteTooLong(NOTE_MAX) });
    else texts[field] = clean(value);
  }
  if (problems.length > 0) throw validationError(problems);
  return texts;
};

/** The year's notes of the sites in scope (an empty one for a site that has none). */
export const yearNotes = async (strapi: Core.Strapi, sites: SiteAccess[], year: number): Promise<YearNote[]> => {
  const rows = (await strapi.db.query(YEAR_NOTE).findMany({
    where: { year, site: { id: { $in: sites.map((s) => s.id) } } },
    populate: { site: { select: ['id'] } },
  })) as Row[];
  return sites.map((site) => {
    const row = rows.find((r) => r.site?.id === site.id);
    const texts = blank();
    for (const field of NOTE_FIELDS) texts[field] = row?.[field] ?? '';
    return {
      ...texts,
      site: { documentId: site.documentId, name: site.name },
      year,
      updatedAt: row?.updatedAt ? new Date(row.updatedAt).toISOString() : null,
      updatedByName: row?.updatedByName ?? null,
      canEdit: site.can.has('notes'),
    };
  });
};

/** Writes the texts sent for one site and year (creating the record the first time); the others stay as stored. */
export const saveYearNote = async (
  strapi: Core.Strapi,
  access: Access,
  user: AdminUser,
  site: SiteAccess,
  year: number,
  body: Record<string, unknown>
): Promise<YearNote> => {
  if (!access.sites.get(site.id)?.can.has('notes')) throw new errors.PolicyError(MESSAGES.cannot.notes);
  const texts = readNoteTexts(body);
  const existing = (await strapi.db.query(YEAR_NOTE).findOne({
    where: { year, site: { id: site.id } },
    select: ['documentId'],
  })) as { documentId: string } | null;
  // Only the fields sent are written: a client that sends one part never wipes the others.
  const sent = NOTE_FIELDS.filter((field) => body[field] !== undefined && body[field] !== null);
  const data = { ...Object.fromEntries(sent.map((field) => [field, texts[field]])), updatedByName: displayName(user) };
  if (existing) await strapi.documents(YEAR_NOTE).update({ documentId: existing.documentId, data: data as never });
  else await strapi.documents(YEAR_NOTE).create({ data: { ...blank(), ...data, year, site: site.documentId } as never });
  return (await yearNotes(strapi, [site], year))[0];
};
