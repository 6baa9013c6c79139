import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MESSAGES } from '../messages';
import { displayName, type Actor } from './actor';
import { recordTransition } from './history';
import type { WorkflowItem } from './items';

const ARTICLE = 'api::article.article';
/** The city portal's "Tin phường, xã" channel: every proposal is filed there too, when the city has it. */
export const WARD_NEWS_CATEGORY = 'tin-phuong-xa';

interface Media {
  id: number;
}
interface CaptionedImage {
  image?: Media | null;
  caption?: string | null;
  credit?: string | null;
}
interface WardArticle {
  title: string;
  summary?: string | null;
  body: unknown;
  form: string;
  byline?: string | null;
  cover?: CaptionedImage | null;
  gallery?: CaptionedImage[] | null;
  unit?: { documentId: string } | null;
  tags?: Array<{ documentId: string }> | null;
  categories?: Array<{ slug: string }> | null;
  authors?: Array<{ share: number; contributor?: { documentId: string } | null }> | null;
  source?: { kind: string; name?: string | null; url?: string | null } | null;
  videos?: Recording[] | null;
  audios?: Recording[] | null;
  infographics?: Array<{ title?: string | null; image?: Media | null; alt?: string | null; longDescription?: string | null }> | null;
}
/** A video or audio of the article; an audio has no poster. */
interface Recording {
  title: string;
  file?: Media | null;
  poster?: Media | null;
  captions?: Media | null;
  transcript?: string | null;
}

/** The populate shape a proposal copies from the ward's article. */
const WARD_ARTICLE_POPULATE = {
  cover: { populate: { image: { fields: ['id'] } } },
  gallery: { populate: { image: { fields: ['id'] } } },
  unit: { fields: ['documentId'] },
  tags: { fields: ['documentId'] },
  categories: { fields: ['slug'] },
  authors: { populate: { contributor: { fields: ['documentId'] } } },
  source: true,
  videos: { populate: { file: { fields: ['id'] }, poster: { fields: ['id'] }, captions: { fields: ['id'] } } },
  audios: { populate: { file: { fields: ['id'] }, captions: { fields: ['id'] } } },
  infographics: { populate: { image: { fields: ['id'] } } },
};

/** A recording goes up with the item: the city's readers get the same video or audio, captions and transcript. */
const copyRecording = ({ title, file, poster, captions, transcript }: Recording, withPoster: boolean) => ({
  title,
  file: file?.id ?? null,
  ...(withPoster ? { poster: poster?.id ?? null } : {}),
  captions: captions?.id ?? null,
  transcript: transcript ?? null,
});

const copyImage = (image: CaptionedImage | null | undefined) =>
  image?.image ? { image: image.image.id, caption: image.caption ?? null, credit: image.credit ?? null } : null;

/**
 * A ward approver proposes a big local event to the city portal: the city board receives a copy
 * on the city site, waiting for its editors ("submitted"), credited to the ward and linked to the
 * original. The ward's own item is left as it is.
 */
export const proposeToCity = async (strapi: Core.Strapi, item: WorkflowItem, actor: Actor): Promise<string> => {
  const already = await strapi.db.query(ARTICLE).findOne({ where: { proposedFrom: { documentId: item.documentId } }, select: ['id'] });
  if (already) throw new errors.ApplicationError(MESSAGES.alreadyProposed);
  const city = (await strapi.db.query('api::site.site').findOne({
    where: { kind: 'city' },
    select: ['id', 'documentId', 'name', 'kind', 'slug'],
    orderBy: { id: 'asc' },
  })) as { id: number; documentId: string; name: string; kind: string; slug: string } | null;
  if (!city) throw new errors.ApplicationError(MESSAGES.noCitySite);

  const ward = (await strapi.documents(ARTICLE).findOne({
    documentId: item.documentId,
    status: 'draft',
    populate: WARD_ARTICLE_POPULATE as never,
  })) as unknown as WardArticle;
  const slugs = [...(ward.categories ?? []).map((category) => category.slug), WARD_NEWS_CATEGORY];
  const cityCategories = (await strapi.db.query('api::category.category').findMany({
    where: { site: { id: city.id }, slug: { $in: slugs } },
    select: ['documentId'],
  })) as Array<{ documentId: string }>;
  const wardName = item.site?.name ?? '';

  const copy = await strapi.documents(ARTICLE).create({
    status: 'draft',
    data: {
      title: ward.title,
      summary: ward.summary ?? null,
      body: ward.body,
      form: ward.form,
      byline: ward.byline ?? null,
      cover: copyImage(ward.cover),
      gallery: (ward.gallery ?? []).map(copyImage).filter(Boolean),
      videos: (ward.videos ?? []).map((video) => copyRecording(video, true)),
      audios: (ward.audios ?? []).map((audio) => copyRecording(audio, false)),
      infographics: (ward.infographics ?? []).map(({ title, image, alt, longDescription }) => ({
        title: title ?? null,
        image: image?.id ?? null,
        alt: alt ?? null,
        longDescription: longDescription ?? null,
      })),
      unit: ward.unit?.documentId ?? null,
      tags: (ward.tags ?? []).map((tag) => tag.documentId),
      categories: cityCategories.map((category) => category.documentId),
      authors: (ward.authors ?? []).map((author) => ({ share: author.share, contributor: author.contributor?.documentId ?? null })),
      // The city portal quotes the ward's site; the ward's own source stays in the note.
      source: { kind: 'quoted', name: wardName, url: null },
      site: city.documentId,
      creditSite: item.site?.documentId ?? null,
      proposedFrom: item.documentId,
      workflowState: 'submitted',
      ...(actor.kind === 'admin' ? { createdBy: actor.user.id, updatedBy: actor.user.id } : {}),
    } as never,
  });
  const proposed = { uid: item.uid, documentId: copy.documentId, site: city };
  await recordTransition(strapi, proposed, actor, {
    action: 'propose',
    fromState: 'draft',
    toState: 'submitted',
    note: `Đề xuất từ ${wardName}${actor.kind === 'admin' ? ` (${displayName(actor.user)})` : ''}.`,
  });
  return copy.documentId;
};
