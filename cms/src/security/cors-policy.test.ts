import { decideCors, originOf, siteDomainOrigins, type CorsPolicy } from './cors-policy';

const production: CorsPolicy = {
  admin: new Set(['https://cms.vungtau.gov.vn']),
  sites: new Set(['https://vungtau.gov.vn', ...siteDomainOrigins('phuong7.vungtau.gov.vn')]),
  localhostIsSite: false,
};

describe('security: CORS policy in production', () => {
  it.each([
    ['https://cms.vungtau.gov.vn', '/admin/access-token', { origin: 'https://cms.vungtau.gov.vn', credentials: true }],
    ['https://vungtau.gov.vn', '/api/search/multi-search', { origin: 'https://vungtau.gov.vn', credentials: false }],
    ['https://phuong7.vungtau.gov.vn', '/api/articles', { origin: 'https://phuong7.vungtau.gov.vn', credentials: false }],
    ['https://vungtau.gov.vn', '/admin/access-token', null],
    ['https://vungtau.gov.vn', '/apis/x', null],
    ['http://vungtau.gov.vn', '/api/articles', null],
    ['http://localhost:8080', '/api/articles', null],
    ['http://localhost:1337', '/admin/login', null],
    ['https://VUNGTAU.gov.vn', '/api/articles', null],
    ['https://vungtau.gov.vn:443', '/api/articles', null],
    ['https://vungtau.gov.vn.evil.example', '/api/articles', null],
    ['null', '/api/articles', null],
    ['javascript:alert(1)', '/api/articles', null],
    [undefined, '/api/articles', null],
  ])('answers Origin %s on %s with %j', (origin, path, expected) => {
    expect(decideCors(production, origin, path)).toEqual(expected);
  });

  it('reads only http(s) origins', () => {
    expect(originOf('https://Example.gov.vn:443/x')).toBe('https://example.gov.vn');
    expect(originOf('ftp://example.gov.vn')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(siteDomainOrigins(null)).toEqual([]);
  });
});
