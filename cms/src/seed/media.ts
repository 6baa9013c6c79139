import fs from 'fs/promises';
import path from 'path';
import type { SeedContext } from './context';
import type { ArticleSeed } from './types';
import { uploadOnce } from './upload';

/** The media library's ids of the demo recordings (files committed in seed/assets, see its README). */
export interface DemoMedia {
  video: { file: number; poster: number; captions: number };
  audio: { file: number };
}

const asset = (ctx: SeedContext, name: string) => () => fs.readFile(path.join(ctx.strapi.dirs.app.root, 'src', 'seed', 'assets', name));

/** Uploads the demo video (with its poster and Vietnamese captions) and audio, unless already there. */
export const ensureDemoMedia = async (ctx: SeedContext): Promise<DemoMedia> => {
  const video = 'ra-quan-do-thi-van-minh';
  const audio = 'ban-tin-du-lich';
  return {
    video: {
      file: await uploadOnce(ctx, { name: `${video}.mp4`, mimetype: 'video/mp4' }, asset(ctx, `${video}.mp4`)),
      poster: await uploadOnce(
        ctx,
        { name: `${video}-poster.jpg`, mimetype: 'image/jpeg', alternativeText: 'Lực lượng ra quân chỉnh trang hẻm (ảnh minh họa)' },
        asset(ctx, `${video}-poster.jpg`)
      ),
      captions: await uploadOnce(ctx, { name: `${video}.vtt`, mimetype: 'text/vtt' }, asset(ctx, `${video}.vtt`)),
    },
    audio: { file: await uploadOnce(ctx, { name: `${audio}.mp3`, mimetype: 'audio/mpeg' }, asset(ctx, `${audio}.mp3`)) },
  };
};

/** What a demo article with a recording carries: a captioned video, or an audio bulletin with its transcript. */
export const recordingData = (article: ArticleSeed, media: DemoMedia): Record<string, unknown> => {
  if (article.recording === 'video') {
    return { videos: [{ title: 'Video: ra quân chỉnh trang hẻm (video minh họa)', ...media.video, transcript: null }] };
  }
  if (article.recording === 'audio') {
    return {
      audios: [
        {
          title: 'Bản tin phát thanh: quảng bá du lịch thành phố (bản ghi âm minh họa)',
          file: media.audio.file,
          transcript:
            'Thành phố Vũng Tàu tăng cường truyền thông, quảng bá tiềm năng du lịch, gắn với xây dựng môi trường du lịch an toàn, thân thiện, văn minh.\n\n' +
            'Du khách có thể tìm hiểu các điểm đến và lịch sự kiện trên chuyên mục “Du lịch địa phương” của Cổng thông tin điện tử thành phố.',
        },
      ],
    };
  }
  return {};
};
