import { admin } from './admin';
import { contentManager } from './content-manager';
import { enumMessages } from './enums';
import { unlisted } from './unlisted';
import { upload } from './upload';

/** A plugin's messages under the keys the admin looks them up by: prefixed with the plugin's id. */
const prefixed = (pluginId: string, messages: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([key, text]) => [`${pluginId}.${key}`, text]));

/**
 * The admin's Vietnamese, laid over Strapi's own vi files (which cover part of the admin and a
 * third of the content manager, and not the media library at all): `config.translations.vi`.
 */
export const vi: Record<string, string> = {
  ...enumMessages(),
  ...unlisted,
  ...admin,
  ...prefixed('content-manager', contentManager),
  ...prefixed('upload', upload),
};
