/**
 * What staff may upload, and how the CMS serves it back. The uploads are served from the CMS's own
 * origin, the admin's: an HTML page or script uploaded by any member ran there with the admin's
 * cookie and took a super admin's token (the review of issue 22). So only these types are taken,
 * and anything else already stored is served as a download in a sandbox.
 */

/** Images, documents and media a portal publishes (no SVG: it can carry script). */
export const ALLOWED_UPLOAD_TYPES = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/avif',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'text/plain',
  'text/csv',
  'video/mp4',
  'video/webm',
  'audio/mpeg',
  'audio/mp4',
  'audio/x-m4a',
  'audio/ogg',
  // Captions of video and audio (WebVTT): plain text, no markup a browser runs.
  'text/vtt',
];

/** Types a browser shows without running anything of the file's: served inline. */
const INLINE = new Set([
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/avif',
  'application/pdf',
  'video/mp4',
  'video/webm',
  'audio/mpeg',
  'audio/mp4',
  'audio/x-m4a',
  'audio/ogg',
  'text/vtt',
  'text/plain',
]);

/** The headers of an uploaded file's response, by its Content-Type. */
export const uploadResponseHeaders = (contentType: string | undefined): Record<string, string> => {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    // Even a file that slips through runs in an opaque origin: no cookie, no same-origin request.
    'Content-Security-Policy': "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox",
    'Cross-Origin-Resource-Policy': 'cross-origin',
  };
  if (!INLINE.has(type)) headers['Content-Disposition'] = 'attachment';
  // Chromium's PDF viewer does not render inside a sandbox; a PDF runs no script of the page's.
  if (type === 'application/pdf') headers['Content-Security-Policy'] = "default-src 'none'; object-src 'self'; frame-ancestors 'self'";
  return headers;
};
