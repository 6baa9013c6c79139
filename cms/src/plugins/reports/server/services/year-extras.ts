import type { Core } from '@strapi/strapi';
import type { YearParticipation, YearReportHeading } from '../../shared/contracts';
import { COMMENT_STATUS_LABELS } from '../messages';
import type { SiteAccess } from './access';
import { questionReport } from './question-report';
import { relabel, tally } from './tally';
import { SITE } from './uids';
import type { Range } from './periods';

const COMMENT = 'api::draft-comment.draft-comment';

/** Questions (Hỏi đáp) received in the year and comments on drafts sent in it, by where they stand. */
export const participationOf = async (strapi: Core.Strapi, sites: SiteAccess[], year: number, range: Range): Promise<YearParticipation> => {
  const questions = (await questionReport(strapi, sites, year)).total;
  const comments = (await strapi.db.query(COMMENT).findMany({
    where: { site: { id: { $in: sites.map((s) => s.id) } }, createdAt: { $gte: range.start, $lt: range.end } },
    select: ['status'],
  })) as Array<{ status: string }>;
  return {
    questions,
    comments: relabel(
      tally(comments, { key: (c) => c.status, label: (c) => c.status, order: 'given', keys: Object.keys(COMMENT_STATUS_LABELS) }),
      COMMENT_STATUS_LABELS
    ),
  };
};

/** The heading block's facts: the report's site (the first in scope) and the head of its board, who signs. */
export const headingOf = async (strapi: Core.Strapi, sites: SiteAccess[]): Promise<YearReportHeading> => {
  const first = sites[0];
  const row = first
    ? ((await strapi.db.query(SITE).findOne({
        where: { id: first.id },
        select: ['name', 'shortName', 'kind'],
        populate: { editorialBoard: true },
      })) as {
        name: string;
        shortName: string | null;
        kind: string;
        editorialBoard: Array<{ fullName: string; role: string }> | null;
      } | null)
    : null;
  return {
    siteName: sites.length === 1 ? (row?.name ?? first.name) : `${sites.length} cổng, trang thông tin điện tử`,
    shortName: sites.length === 1 ? (row?.shortName ?? row?.name ?? '') : '',
    headOfBoard: sites.length === 1 ? (row?.editorialBoard?.find((m) => m.role === 'head')?.fullName ?? null) : null,
    kind: row?.kind ?? '',
  };
};
