import { BANNER_HTML, previewHtml } from './page';

describe('editors: the preview page', () => {
  const page = (base: string) =>
    `<!DOCTYPE html><html lang="vi"><head><link rel="stylesheet" href="${base}_astro/index.Ab1.css"><meta property="og:image" content="https://phuong7.test${base}uploads/a.jpg"></head> <body class="x"><img src="${base}uploads/a.jpg" srcset="${base}uploads/s_a.jpg 480w, ${base}uploads/m_a.jpg 768w" alt=""><p>Xem ${base}uploads/ trong văn bản</p><a href="${base}tin/b/">b</a></body></html>`;

  it.each(['/phuong-7/', '/'])('puts the banner first in <body> and points only asset addresses at the CMS (base %s)', (base) => {
    const html = previewHtml(page(base), 'phuong-7', base);
    expect(html.indexOf(`<body class="x">${BANNER_HTML}<img`)).toBeGreaterThan(0);
    expect(html).toContain('href="/preview/assets/phuong-7/_astro/index.Ab1.css"');
    expect(html).toContain('src="/uploads/a.jpg" srcset="/uploads/s_a.jpg 480w, /uploads/m_a.jpg 768w"');
    // An absolute address (never loaded by the frame), text and links stay as published.
    expect(html).toContain(`content="https://phuong7.test${base}uploads/a.jpg"`);
    expect(html).toContain(`<p>Xem ${base}uploads/ trong văn bản</p>`);
    expect(html).toContain(`<a href="${base}tin/b/">`);
    const undone = html
      .replace(BANNER_HTML, '')
      .replaceAll('/preview/assets/phuong-7/_astro/', `${base}_astro/`)
      .replace(/(?<=(?:src|srcset)="[^"]*)\/uploads\//g, `${base}uploads/`);
    expect(undone).toBe(page(base));
  });

  it('refuses a page without a body rather than serve it without the banner', () => {
    expect(() => previewHtml('<html></html>', 'phuong-7', '/phuong-7/')).toThrow('no <body>');
  });
});
