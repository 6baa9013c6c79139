import path from 'path';
import sharp from 'sharp';
import type { SeedContext } from './context';
import { bannerAlt } from './data/banners';
import type { BannerSeed } from './types';
import { uploadOnce } from './upload';
import { slugify } from '@vungtau/publishing';

// 3:1, the shape the admin asks editors for; Strapi makes the 245/500/750 px formats from it.
const WIDTH = 960;
const HEIGHT = 320;
// Text is set with Pango from a bundled font file, so the Vietnamese diacritics render the same on
// any machine, fonts installed or not (legal-pdf.ts uses the same package).
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

const escapeMarkup = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The background: the banner's colours, a star emblem and a few soft waves, drawn as SVG. */
const background = ([from, to]: [string, string]): Buffer =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#g)"/>
  ${[0, 1, 2].map((i) => `<path d="M0 ${250 + i * 26} Q 240 ${220 + i * 26} 480 ${250 + i * 26} T ${WIDTH} ${245 + i * 26}" stroke="#ffffff" stroke-opacity="${0.12 - i * 0.03}" stroke-width="14" fill="none"/>`).join('')}
  <circle cx="124" cy="155" r="78" fill="#ffcd00"/>
  <polygon points="124,101 137,140 178,140 145,164 157,203 124,179 91,203 103,164 70,140 111,140" fill="${to}"/>
  <rect x="0" y="${HEIGHT - 10}" width="${WIDTH}" height="10" fill="#ffcd00"/>
</svg>`);

/** One line or a few of white text, as a transparent PNG `width` px wide. */
const textImage = (text: string, font: string, file: string, width: number): Promise<Buffer> =>
  sharp({
    text: {
      text: `<span foreground="#ffffff">${escapeMarkup(text)}</span>`,
      font,
      fontfile: path.join(FONT_DIR, file),
      rgba: true,
      width,
      wrap: 'word',
    },
  })
    .png()
    .toBuffer();

/** The heading only, large: a banner is read at a quarter of a screen's width, the subheading goes under it as text. */
const render = async (banner: BannerSeed): Promise<Buffer> => {
  const heading = await textImage(banner.heading, 'DejaVu Sans Bold 60', 'DejaVuSans-Bold.ttf', WIDTH - 270);
  const height = (await sharp(heading).metadata()).height ?? 0;
  return sharp(background(banner.colors))
    .composite([{ input: heading, left: 236, top: Math.max(16, Math.round((HEIGHT - 10 - height) / 2)) }])
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
};

/**
 * Uploads each distinct banner picture once (the same banner serves every site that links it);
 * returns their file ids by heading.
 */
export const ensureBannerImages = async (ctx: SeedContext, banners: readonly BannerSeed[]): Promise<Map<string, number>> => {
  const ids = new Map<string, number>();
  for (const banner of banners) {
    if (ids.has(banner.heading)) continue;
    const alt = bannerAlt(banner);
    ids.set(
      banner.heading,
      await uploadOnce(
        ctx,
        { name: `banner-${slugify(banner.heading)}.jpg`, mimetype: 'image/jpeg', alternativeText: alt, caption: alt },
        () => render(banner)
      )
    );
  }
  ctx.log(`banner images: ${ids.size}`);
  return ids;
};
