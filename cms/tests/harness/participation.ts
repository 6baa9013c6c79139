import http from 'http';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { TestCms } from './cms';
import { createAndPublish, type ContentApi, unique } from './fixtures';

export const COMMENT_UID = 'api::draft-comment.draft-comment';

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: () => { data?: unknown; error?: { status: number; message: string; details?: { errors?: Record<string, string> } } };
}

/**
 * A request from a given loopback address (127.0.0.0/8 all reach the server on 127.0.0.1): the
 * CMS sees each as a different client, as it would different citizens.
 */
export const requestFrom = (
  cms: TestCms,
  from: string,
  method: string,
  path: string,
  body?: { json: unknown } | { form: Record<string, string> } | { raw: string; type: string }
): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const url = new URL(path, cms.url);
    let payload: string | undefined;
    let type: string | undefined;
    if (body && 'json' in body) [payload, type] = [JSON.stringify(body.json), 'application/json'];
    else if (body && 'form' in body) [payload, type] = [new URLSearchParams(body.form).toString(), 'application/x-www-form-urlencoded'];
    else if (body) [payload, type] = [body.raw, body.type];
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        localAddress: from,
        headers: {
          ...(type ? { 'Content-Type': type, 'Content-Length': Buffer.byteLength(payload ?? '') } : {}),
          Accept: 'application/json, text/html',
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      }
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });

let addressCounter = 0;
/** A loopback address no other test used: its own rate-limit allowance. */
export const freshAddress = (): string => {
  addressCounter += 1;
  return `127.${20 + ((addressCounter >> 16) & 0xff)}.${(addressCounter >> 8) & 0xff}.${addressCounter & 0xff}`;
};

/** Fetches a challenge and solves it as the page's widget would: the `altcha` field's value. */
export const solvedAltcha = async (cms: TestCms, from = freshAddress()): Promise<string> => {
  const res = await requestFrom(cms, from, 'GET', '/api/participation/challenge');
  if (res.status !== 200) throw new Error(`challenge: ${res.status} ${res.text}`);
  const challenge = res.json() as unknown as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('the challenge could not be solved');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
};

/** A published draft for public comment on the site, its window from `opensAt` to `closesAt`. */
export const publishDraft = async (
  cms: TestCms,
  api: ContentApi,
  site: string,
  window: { opensAt: Date; closesAt: Date }
): Promise<{ documentId: string; slug: string; number: string }> => {
  const number = `DT-${unique()}/UBND`;
  const made = await createAndPublish(cms, api, 'legal-documents', {
    number,
    kind: 'draft-for-comment',
    type: 'quyet-dinh',
    issuer: 'UBND phường thử',
    issuedDate: '2026-11-02',
    summary: 'Dự thảo quy định thử để lấy ý kiến nhân dân.',
    site,
    commentWindow: {
      opensAt: window.opensAt.toISOString(),
      closesAt: window.closesAt.toISOString(),
      receivingAgency: 'Văn phòng UBND phường thử',
      address: 'Số 1 đường Thử, phường Thử',
      email: 'vanphong@phuongthu.test',
    },
  });
  if (made.status !== 200) throw new Error(`publishing a draft: ${made.status} ${JSON.stringify(made.body.error)}`);
  const row = await api.get(`/api/legal-documents/${made.documentId}?fields[0]=slug`).expect(200);
  return { documentId: made.documentId, slug: row.body.data.slug as string, number };
};

/** A valid comment form for the draft; override any field. */
export const commentData = (documentId: string, overrides: Record<string, unknown> = {}) => ({
  documentId,
  name: 'Nguyễn Thị Lan',
  organisation: 'Hội phụ nữ khu phố 3',
  email: `lan.${unique()}@example.vn`,
  phone: '0912 345 678',
  section: 'Điều 3, khoản 2',
  body: `Đề nghị bổ sung quy định về giờ hoạt động của chợ tạm. ${unique()}`,
  showName: true,
  consent: true,
  ...overrides,
});
