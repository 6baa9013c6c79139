import { paragraphsToBlocks } from '../../utils/blocks';
import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import { renderLegalPdf } from '../legal-pdf';
import type { LegalDocumentSeed } from '../types';
import { uploadOnce } from '../upload';
import { slugify } from '@vungtau/publishing';

const UID = 'api::legal-document.legal-document';

/** Key of a document: number and issuer, compared case-insensitively as the uniqueness rule does. */
export const legalKey = (number: string, issuer: string): string => `${number}|${issuer}`.toLocaleLowerCase('vi');

/** "834/QĐ-UBND" (same issuer) or "29/2015/QĐ-UBND|UBND tỉnh Đồng Nai" → key. */
const referenceKey = (reference: string, doc: LegalDocumentSeed): string => {
  const [number, issuer] = reference.split('|');
  return legalKey(number, issuer ?? doc.issuer);
};

/**
 * Documents that replace or amend others are created after them, so the relation can point at
 * the published version.
 */
export const seedLegalDocuments = async (
  ctx: SeedContext,
  documents: readonly LegalDocumentSeed[],
  links: { sites: Index; units: Index },
  /** Which documents get a rendered PDF attachment (the ones with real text). */
  withPdf: (doc: LegalDocumentSeed) => boolean
): Promise<Index> => {
  const refs = (doc: LegalDocumentSeed) => [...(doc.replaces ?? []), ...(doc.amends ?? [])];
  const ordered = [...documents].sort((a, b) => refs(a).length - refs(b).length);
  const index: Index = new Map();
  const resolve = (doc: LegalDocumentSeed, list: string[] | undefined): string[] =>
    (list ?? []).map((reference) => {
      const documentId = index.get(referenceKey(reference, doc));
      if (!documentId) throw new Error(`Document ${doc.number}: referenced document ${reference} is not in the demo data`);
      return documentId;
    });

  return createMissing(ctx, {
    label: 'legal documents',
    uid: UID,
    items: ordered,
    keyOf: (doc) => legalKey(doc.number, doc.issuer),
    existing: async () => {
      const rows = await storedKeys(ctx.strapi, UID, (row) => legalKey(String(row.number), String(row.issuer)), ['number', 'issuer']);
      rows.forEach((row) => index.set(row.key, row.documentId));
      return rows;
    },
    create: async (doc) => {
      const site = links.sites.get(doc.site);
      if (!site) throw new Error(`Document ${doc.number}: site ${doc.site} is not in the demo data`);
      const pdf = withPdf(doc)
        ? await uploadOnce(
            ctx,
            { name: `van-ban-${slugify(`${doc.number} ${doc.issuer}`)}.pdf`, mimetype: 'application/pdf', caption: doc.summary },
            () => renderLegalPdf(doc)
          )
        : undefined;
      const created = await ctx.strapi.documents(UID).create({
        status: 'published',
        data: {
          workflowState: 'published',
          number: doc.number,
          kind: doc.kind,
          type: doc.type,
          issuer: doc.issuer,
          issuingUnit: doc.issuingUnit ? links.units.get(doc.issuingUnit) : undefined,
          signer: doc.signer,
          signerTitle: doc.signerTitle,
          issuedDate: doc.issuedDate,
          effectiveDate: doc.effectiveDate,
          validity: doc.validity,
          field: doc.field,
          summary: doc.summary,
          fullText: paragraphsToBlocks(doc.fullText),
          ...(pdf ? { attachments: [pdf] } : {}),
          site,
          replaces: resolve(doc, doc.replaces),
          amends: resolve(doc, doc.amends),
          // An absent component must be left out: `undefined` would create an empty one.
          ...(doc.commentWindow ? { commentWindow: doc.commentWindow } : {}),
          ...(doc.commentResponse ? { commentResponse: doc.commentResponse } : {}),
          postedAt: doc.postedAt,
        } as never,
      });
      index.set(legalKey(doc.number, doc.issuer), created.documentId);
      return created.documentId;
    },
  });
};
