import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import cache from './middlewares/cache';
import { MEDIA_UID, PERMISSION_UIDS } from './services/dependencies';
import { bumpVersion } from './services/versions';

const WRITES = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;

/** Models a cached response can be made of: the API's content types, media, the public role. */
const isTracked = (uid: string): boolean => uid.startsWith('api::') || uid === MEDIA_UID || PERMISSION_UIDS.includes(uid);

/**
 * Every write bumps its model's version. A query-engine lifecycle, not a Document Service
 * middleware: the upload plugin, the users-permissions plugin and the workflow's state changes
 * write through the query engine, and a response cached across one of those would be stale.
 */
const trackWrites = (strapi: Core.Strapi): void => {
  const bump = async (event: { model: { uid: string } }) => {
    if (isTracked(event.model.uid)) await bumpVersion(strapi, event.model.uid);
  };
  strapi.db.lifecycles.subscribe(Object.fromEntries(WRITES.map((action) => [action, bump])));
};

export default {
  // At register, before any plugin's bootstrap writes roles, permissions or content.
  register({ strapi }: { strapi: Core.Strapi }) {
    trackWrites(strapi);
  },
  contentTypes,
  middlewares: { cache },
};
