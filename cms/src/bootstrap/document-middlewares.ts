import type { Core } from '@strapi/strapi';
import richTextShape from '../document-middlewares/rich-text-shape';
import normalizeText from '../document-middlewares/normalize-text';
import slugFill from '../document-middlewares/slug-fill';
import datasetTable from '../document-middlewares/dataset-table';
import validateContent from '../document-middlewares/validate-content';

/** Order matters: a wrong shape is refused before anything reads it, text is normalised before slugs are made from it, and rules see the final data. */
export const registerDocumentMiddlewares = (strapi: Core.Strapi): void => {
  strapi.documents.use(richTextShape(strapi));
  strapi.documents.use(normalizeText(strapi));
  strapi.documents.use(slugFill(strapi));
  strapi.documents.use(datasetTable(strapi));
  strapi.documents.use(validateContent(strapi));
};
