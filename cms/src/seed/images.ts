import sharp from 'sharp';
import type { SeedContext } from './context';
import { uploadOnce } from './upload';

/** Demo pictures drawn here (no download): a coastal scene per palette, named for alt text. */
const SCENES = [
  {
    name: 'bai-sau-binh-minh',
    alt: 'Bãi Sau lúc bình minh (ảnh minh họa)',
    sky: ['#f6c18b', '#8fb8de'],
    sea: '#2f6f9f',
    land: '#3d5a40',
    sun: '#ffe3a3',
  },
  {
    name: 'bai-truoc-hoang-hon',
    alt: 'Bãi Trước lúc hoàng hôn (ảnh minh họa)',
    sky: ['#f28c6b', '#5b4a8b'],
    sea: '#35507a',
    land: '#2b2f3a',
    sun: '#ffd07a',
  },
  {
    name: 'nui-nho-ngon-hai-dang',
    alt: 'Núi Nhỏ và ngọn hải đăng (ảnh minh họa)',
    sky: ['#bfe3f5', '#5aa2d6'],
    sea: '#1f6f8b',
    land: '#4f7a3a',
    sun: '#fff6d5',
  },
  {
    name: 'long-son-cang-ca',
    alt: 'Bến cá Long Sơn (ảnh minh họa)',
    sky: ['#d8eef2', '#8cc3cf'],
    sea: '#2a7f7a',
    land: '#6b5b3e',
    sun: '#fff1c1',
  },
  {
    name: 'pho-bien-ban-dem',
    alt: 'Phố biển về đêm (ảnh minh họa)',
    sky: ['#1c2541', '#3a506b'],
    sea: '#0b132b',
    land: '#22223b',
    sun: '#f4e285',
  },
  {
    name: 'cong-vien-xanh',
    alt: 'Công viên cây xanh ven biển (ảnh minh họa)',
    sky: ['#e3f2d7', '#9fd3a8'],
    sea: '#3c8d93',
    land: '#2f6b3b',
    sun: '#fffbe0',
  },
  {
    name: 'hoi-truong-ubnd',
    alt: 'Hội trường Ủy ban nhân dân (ảnh minh họa)',
    sky: ['#eef1f5', '#c6d1de'],
    sea: '#8a1c1c',
    land: '#5c6b7a',
    sun: '#ffd54f',
  },
  {
    name: 'mua-le-hoi',
    alt: 'Không khí lễ hội ven biển (ảnh minh họa)',
    sky: ['#ffe0b2', '#ff8a65'],
    sea: '#c62828',
    land: '#6d4c41',
    sun: '#fff59d',
  },
] as const;

export const DEMO_IMAGE_COUNT = SCENES.length;

const svgFor = (scene: (typeof SCENES)[number], index: number): string => {
  const buildings = Array.from({ length: 14 }, (_, i) => {
    const width = 50 + ((i * 37 + index * 11) % 60);
    const height = 90 + ((i * 53 + index * 29) % 220);
    const x = i * 118 + ((index * 17) % 40);
    return `<rect x="${x}" y="${640 - height}" width="${width}" height="${height}" fill="${scene.land}" opacity="${0.75 + (i % 3) * 0.08}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${scene.sky[0]}"/><stop offset="1" stop-color="${scene.sky[1]}"/></linearGradient></defs>
  <rect width="1600" height="900" fill="url(#sky)"/>
  <circle cx="${300 + index * 140}" cy="${220 + (index % 3) * 40}" r="90" fill="${scene.sun}"/>
  <path d="M0 600 Q 400 ${480 + index * 10} 800 590 T 1600 570 V 900 H 0 Z" fill="${scene.land}" opacity="0.6"/>
  ${buildings}
  <rect y="640" width="1600" height="260" fill="${scene.sea}"/>
  ${Array.from({ length: 6 }, (_, i) => `<path d="M0 ${680 + i * 36} Q 200 ${670 + i * 36} 400 ${680 + i * 36} T 800 ${680 + i * 36} T 1200 ${680 + i * 36} T 1600 ${680 + i * 36}" stroke="#ffffff" stroke-opacity="0.25" stroke-width="3" fill="none"/>`).join('')}
</svg>`;
};

/**
 * Uploads the demo pictures once through Strapi's upload service, which makes the responsive
 * formats with sharp; returns their file ids in scene order.
 */
export const ensureDemoImages = async (ctx: SeedContext): Promise<number[]> => {
  const ids: number[] = [];
  for (const [index, scene] of SCENES.entries()) {
    ids.push(
      await uploadOnce(
        ctx,
        { name: `demo-${scene.name}.jpg`, mimetype: 'image/jpeg', alternativeText: scene.alt, caption: scene.alt },
        () =>
          sharp(Buffer.from(svgFor(scene, index)))
            .jpeg({ quality: 78, mozjpeg: true })
            .toBuffer()
      )
    );
  }
  ctx.log(`images: ${ids.length}/${SCENES.length}`);
  return ids;
};

/** The alt text of the demo image at `index`, for captions. */
export const demoImageAlt = (index: number): string => SCENES[index % SCENES.length].alt;
