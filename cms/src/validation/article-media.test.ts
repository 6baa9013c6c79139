import { isWebVtt } from './article-media';

describe('editors: WebVTT captions are recognised by their first line (unit)', () => {
  it.each(['WEBVTT\n\n00:00.000 --> 00:01.000\nXin chào', '\uFEFFWEBVTT\r\n', 'WEBVTT - Phụ đề tiếng Việt\n', 'WEBVTT'])(
    'takes %j',
    (head) => {
      expect(isWebVtt(head)).toBe(true);
    }
  );

  it.each(['', 'WEBVTTX\n', ' WEBVTT\n', '1\n00:00:00,000 --> 00:00:01,000\nXin chào', 'webvtt\n', '<html>WEBVTT'])(
    'refuses %j',
    (head) => {
      expect(isWebVtt(head)).toBe(false);
    }
  );
});
