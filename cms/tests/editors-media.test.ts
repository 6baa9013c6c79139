import fs from 'fs';
import path from 'path';
import sharp from 'sharp';
import { APP_DIR, startCms, type TestCms } from './harness/cms';
import { articleData, contentApi, createAndPublish, errorPaths, makeSite, type ContentApi } from './harness/fixtures';

// The site's own article query, as the build sends it (the CMS never imports the site's modules).
const SITE = path.resolve(APP_DIR, '..', 'site', 'src');
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ARTICLE_QUERY } = require(path.join(SITE, 'loaders', 'queries.ts')) as { ARTICLE_QUERY: Record<string, Json> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { toQueryString } = require(path.join(SITE, 'utils', 'query-string.ts')) as { toQueryString: (q: Record<string, Json>) => string };

const asset = (name: string) => fs.readFileSync(path.join(APP_DIR, 'src', 'seed', 'assets', name));
const CAPTIONS = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nLực lượng ra quân chỉnh trang hẻm.\n';

describe('editors: video, audio and infographics in articles', () => {
  let cms: TestCms;
  let api: ContentApi;
  let token: string;
  let site: Awaited<ReturnType<typeof makeSite>>;
  const files: Record<'video' | 'audio' | 'poster' | 'captions' | 'notCaptions', number> = {
    video: 0,
    audio: 0,
    poster: 0,
    captions: 0,
    notCaptions: 0,
  };

  const upload = async (bytes: Buffer, filename: string, contentType: string): Promise<number> => {
    const res = await cms
      .http()
      .post('/api/upload')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', bytes, { filename, contentType });
    expect({ status: res.status, error: res.body.error }).toEqual({ status: 201, error: undefined });
    return res.body[0].id as number;
  };

  beforeAll(async () => {
    cms = await startCms();
    token = await cms.apiToken('full-access');
    api = contentApi(cms, token);
    site = await makeSite(api);
    files.video = await upload(asset('ra-quan-do-thi-van-minh.mp4'), 'ra-quan.mp4', 'video/mp4');
    files.audio = await upload(asset('ban-tin-du-lich.mp3'), 'ban-tin.mp3', 'audio/mpeg');
    files.poster = await upload(
      await sharp({ create: { width: 48, height: 27, channels: 3, background: '#2f6f9f' } })
        .jpeg()
        .toBuffer(),
      'ra-quan-poster.jpg',
      'image/jpeg'
    );
    files.captions = await upload(Buffer.from(CAPTIONS, 'utf8'), 'ra-quan.vtt', 'text/vtt');
    files.notCaptions = await upload(Buffer.from('Lực lượng ra quân chỉnh trang hẻm.\n', 'utf8'), 'ghi-chu.vtt', 'text/vtt');
  });
  afterAll(async () => cms?.close());

  it('editors: refuses to publish a video with neither captions nor a transcript, in Vietnamese, on the field, and publishes nothing', async () => {
    const res = await createAndPublish(
      cms,
      api,
      'articles',
      articleData(site, { videos: [{ title: 'Ra quân chỉnh trang hẻm', file: files.video, poster: files.poster }] })
    );
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['videos.0.captions']);
    expect(res.body.error.message).toBe(
      'Video "Ra quân chỉnh trang hẻm" phải có phụ đề (tệp .vtt) hoặc bản ghi lời, để người khiếm thính theo dõi được.'
    );
    await cms.http().get(`/api/articles/${res.documentId}`).expect(404);
  });

  it('editors: refuses an audio with neither, and captions that are not WebVTT', async () => {
    const res = await createAndPublish(
      cms,
      api,
      'articles',
      articleData(site, {
        audios: [{ title: 'Bản tin', file: files.audio, transcript: '   ' }],
        videos: [{ title: 'Ra quân', file: files.video, captions: files.notCaptions }],
      })
    );
    expect(res.status).toBe(400);
    expect(errorPaths(res.body).sort()).toEqual(['audios.0.captions', 'videos.0.captions']);
    const messages = (res.body.error.details.errors as Array<{ message: string }>).map((e) => e.message).sort();
    expect(messages).toEqual([
      'Bản ghi âm "Bản tin" phải có phụ đề (tệp .vtt) hoặc bản ghi lời, để người khiếm thính theo dõi được.',
      'Tệp phụ đề "ghi-chu.vtt" phải là tệp WebVTT (.vtt, bắt đầu bằng dòng WEBVTT).',
    ]);
  });

  it('editors: refuses an infographic without a text alternative, naming the field', async () => {
    const res = await createAndPublish(
      cms,
      api,
      'articles',
      articleData(site, { infographics: [{ title: 'Kết quả ra quân', image: files.poster, alt: ' ' }] })
    );
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['infographics.0.alt']);
    expect(res.body.error.message).toMatch(/^Đồ họa thông tin "Kết quả ra quân" phải có mô tả thay thế/);
  });

  it('editors: a draft may lack captions while they are written: only publishing is refused', async () => {
    await api
      .post('/api/articles?status=draft', articleData(site, { videos: [{ title: 'Đang làm phụ đề', file: files.video }] }))
      .expect(201);
  });

  it('editors: the public API gives a published article its media fields, as the site asks, and nothing more', async () => {
    const video = { title: 'Ra quân chỉnh trang hẻm', file: files.video, poster: files.poster, captions: files.captions };
    const audio = { title: 'Bản tin du lịch', file: files.audio, transcript: 'Thành phố Vũng Tàu tăng cường quảng bá du lịch.' };
    const infographic = {
      title: 'Kết quả ra quân',
      image: files.poster,
      alt: '200 quảng cáo rao vặt được xóa',
      longDescription: 'Chi tiết.',
    };
    const res = await createAndPublish(
      cms,
      api,
      'articles',
      articleData(site, { videos: [video], audios: [audio], infographics: [infographic] })
    );
    expect(res.status).toBe(200);

    const query = { ...ARTICLE_QUERY, filters: { documentId: { $eq: res.documentId } } };
    const got = await cms
      .http()
      .get(`/api/articles?${toQueryString(query)}`)
      .expect(200);
    const [article] = got.body.data as Array<Record<string, unknown>>;
    const mediaFile = {
      id: expect.any(Number),
      documentId: expect.any(String),
      url: expect.any(String),
      mime: expect.any(String),
      size: expect.any(Number),
    };
    expect(article.videos).toEqual([
      {
        id: expect.any(Number),
        title: video.title,
        transcript: null,
        file: { ...mediaFile, url: expect.stringMatching(/^\/uploads\/.+\.mp4$/), mime: 'video/mp4' },
        poster: expect.objectContaining({ url: expect.stringMatching(/^\/uploads\/.+\.jpg$/), width: 48, height: 27 }),
        captions: { ...mediaFile, url: expect.stringMatching(/^\/uploads\/.+\.vtt$/), mime: 'text/vtt' },
      },
    ]);
    expect(article.audios).toEqual([
      {
        id: expect.any(Number),
        title: audio.title,
        transcript: audio.transcript,
        file: { ...mediaFile, mime: 'audio/mpeg' },
        captions: null,
      },
    ]);
    expect(article.infographics).toEqual([
      {
        id: expect.any(Number),
        title: infographic.title,
        alt: infographic.alt,
        longDescription: infographic.longDescription,
        image: expect.objectContaining({ url: expect.stringMatching(/^\/uploads\//) }),
      },
    ]);
    // Who uploaded a file, and anything below it, stay out of reach of anonymous readers.
    for (const beyond of [
      'populate[videos][populate][file][populate][folder]=true',
      'populate[videos][populate][captions][populate][related]=true',
      'populate[videos][populate]=*',
      'populate[videos][populate][file][fields][0]=createdBy',
    ]) {
      const refused = await cms.http().get(`/api/articles?${beyond}`);
      expect({ beyond, status: refused.status }).toEqual({ beyond, status: 400 });
    }
  });
});
