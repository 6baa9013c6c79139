import fs from 'fs/promises';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { FieldProblem } from '../utils/validation-error';

interface StoredFile {
  url?: string;
  ext?: string | null;
  mime?: string | null;
  name?: string;
}

interface Recording {
  title?: string | null;
  file?: StoredFile | null;
  captions?: StoredFile | null;
  transcript?: string | null;
}

interface Infographic {
  title?: string | null;
  image?: StoredFile | null;
  alt?: string | null;
}

const FILE_FIELDS = { fields: ['url', 'ext', 'mime', 'name'] };

/** What the media rules read of an article: each item's files, never `*`. */
export const articleMediaPopulate = {
  videos: { populate: { file: FILE_FIELDS, poster: FILE_FIELDS, captions: FILE_FIELDS } },
  audios: { populate: { file: FILE_FIELDS, captions: FILE_FIELDS } },
  infographics: { populate: { image: FILE_FIELDS } },
};

/** A WebVTT file starts with "WEBVTT" (after an optional byte-order mark), then a space, tab or line end. */
export const isWebVtt = (head: string): boolean => /^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(head);

/**
 * The first bytes of an uploaded file: from the public folder when the local provider stored it,
 * over HTTP when a provider keeps it elsewhere; null when it cannot be read.
 */
const headOf = async (strapi: Core.Strapi, file: StoredFile): Promise<string | null> => {
  if (!file.url) return null;
  try {
    if (file.url.startsWith('/uploads/')) {
      const root = path.resolve(strapi.dirs.static.public);
      const local = path.resolve(root, `.${path.posix.normalize(file.url)}`);
      if (!local.startsWith(root + path.sep)) return null;
      const handle = await fs.open(local, 'r');
      try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(16), 0, 16, 0);
        return buffer.subarray(0, bytesRead).toString('utf8');
      } finally {
        await handle.close();
      }
    }
    const res = await fetch(file.url, { headers: { Range: 'bytes=0-15' }, signal: AbortSignal.timeout(5000) });
    return res.ok ? (await res.text()).slice(0, 16) : null;
  } catch {
    return null;
  }
};

const captionProblems = async (strapi: Core.Strapi, captions: StoredFile, at: string[]): Promise<FieldProblem[]> => {
  const named = captions.ext?.toLowerCase() === '.vtt';
  if (!named || !isWebVtt((await headOf(strapi, captions)) ?? '')) {
    return [{ path: at, message: `Tệp phụ đề "${captions.name ?? ''}" phải là tệp WebVTT (.vtt, bắt đầu bằng dòng WEBVTT).` }];
  }
  return [];
};

/**
 * Video and audio must be followable without hearing them, an infographic without seeing it
 * (WCAG 2.1 success criteria 1.1.1, 1.2.1 and 1.2.2, which state portals must meet): captions or
 * a transcript for every recording, a text alternative for every infographic. Checked on the
 * version readers will get, so a draft can be saved while the captions are still being written.
 */
export const articleMediaProblems = async (strapi: Core.Strapi, doc: Record<string, unknown>): Promise<FieldProblem[]> => {
  const media = doc as { videos?: Recording[] | null; audios?: Recording[] | null; infographics?: Infographic[] | null };
  const problems: FieldProblem[] = [];
  const recordings: Array<[key: 'videos' | 'audios', kind: string, items: Recording[]]> = [
    ['videos', 'Video', media.videos ?? []],
    ['audios', 'Bản ghi âm', media.audios ?? []],
  ];
  for (const [key, kind, items] of recordings) {
    for (const [index, item] of items.entries()) {
      const at = (field: string) => [key, String(index), field];
      const name = item.title?.trim() ? `"${item.title.trim()}"` : `thứ ${index + 1}`;
      const expected = key === 'videos' ? 'video/' : 'audio/';
      if (item.file?.mime && !item.file.mime.startsWith(expected)) {
        problems.push({
          path: at('file'),
          message: `${kind} ${name}: tệp "${item.file.name ?? ''}" không phải tệp ${kind.toLowerCase()}.`,
        });
      }
      if (item.captions) problems.push(...(await captionProblems(strapi, item.captions, at('captions'))));
      else if (!item.transcript?.trim()) {
        problems.push({
          path: at('captions'),
          message: `${kind} ${name} phải có phụ đề (tệp .vtt) hoặc bản ghi lời, để người khiếm thính theo dõi được.`,
        });
      }
    }
  }
  for (const [index, item] of (media.infographics ?? []).entries()) {
    const name = item.title?.trim() ? `"${item.title.trim()}"` : `thứ ${index + 1}`;
    if (!item.alt?.trim()) {
      problems.push({
        path: ['infographics', String(index), 'alt'],
        message: `Đồ họa thông tin ${name} phải có mô tả thay thế, để người dùng trình đọc màn hình hiểu được nội dung.`,
      });
    }
    if (item.image?.mime && !item.image.mime.startsWith('image/')) {
      problems.push({ path: ['infographics', String(index), 'image'], message: `Đồ họa thông tin ${name} phải là một tệp ảnh.` });
    }
  }
  return problems;
};
