import type { Image } from '../content/schemas';
import { mediaUrl } from './urls';

export interface ImageSource {
  src: string;
  srcset: string;
  width: number;
  height: number;
}

/** src, srcset and intrinsic size from the formats Strapi generated; `maxWidth` caps the src. */
export const imageSource = (image: Image, maxWidth = 1280): ImageSource => {
  const candidates = [
    ...Object.values(image.formats ?? {}),
    ...(image.width && image.height ? [{ url: image.url, width: image.width, height: image.height }] : []),
  ].sort((a, b) => a.width - b.width);
  const src = [...candidates].reverse().find((c) => c.width <= maxWidth) ?? candidates[0];
  return {
    src: mediaUrl(src?.url ?? image.url),
    srcset: candidates.map((c) => `${mediaUrl(c.url)} ${c.width}w`).join(', '),
    width: src?.width ?? image.width ?? 1,
    height: src?.height ?? image.height ?? 1,
  };
};
