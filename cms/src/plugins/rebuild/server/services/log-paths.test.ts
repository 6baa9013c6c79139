import fc from 'fast-check';
import { redactPaths, type PathRoot } from './log-paths';

// Few names, so that generated roots nest in and overlap each other the way real folders do.
const segment = fc.constantFrom('a', 'b', 'ab', 'tmp', 'home', 'site', 'dist', 'x.y', 'a-b', 'phuong-7', 'Tài_liệu');
const absolute = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`);
const label = fc.constantFrom('<releases>', '<site>', '<repo>', '<tmp>', '<home>', '<cache>');
const roots = fc.uniqueArray(fc.record({ path: absolute, label }), { minLength: 1, maxLength: 6, selector: (root) => root.path });
// What surrounds a path in a build's output: a message around it, a quote, a stack frame's line number.
const before = fc.constantFrom(' ', '\n', '"', "'", '(', '=', 'file://', 'tại ');
const after = fc.constantFrom(' ', '\n', '"', ')', ':12:5', '. ', ', ', '/');
const noise = fc.string({ unit: fc.constantFrom('L', 'ỗ', 'i', ' ', ':', '\n', '.', '-', '1', 'đ') });

/** The root a path lies under, the longest one, at a folder boundary. */
const rootOf = (file: string, all: PathRoot[]): PathRoot =>
  [...all].sort((a, b) => b.path.length - a.path.length).find((root) => file === root.path || file.startsWith(`${root.path}/`))!;

describe('editors: rebuild logs without server paths', () => {
  it('editors: every path under a machine folder becomes its label and the rest of the path; nothing else changes', () => {
    fc.assert(
      fc.property(
        roots.chain((machine) =>
          fc.tuple(
            fc.constant(machine),
            fc.array(fc.tuple(noise, before, fc.constantFrom(...machine), fc.array(segment, { maxLength: 3 }), after), {
              minLength: 1,
              maxLength: 6,
            })
          )
        ),
        ([machine, pieces]) => {
          let log = '';
          let expected = '';
          for (const [text, open, root, tail, close] of pieces) {
            const file = [root.path, ...tail].join('/');
            const under = rootOf(file, machine);
            log += `${text}${open}${file}${close}`;
            expected += `${text}${open}${under.label}${file.slice(under.path.length)}${close}`;
          }
          const redacted = redactPaths(log, machine);
          expect(redacted).toBe(expected);
          expect(redactPaths(redacted, machine)).toBe(redacted);
        }
      ),
      { seed: 26, numRuns: 500 }
    );
  });

  it('editors: text that names no path is left as it is', () => {
    fc.assert(
      fc.property(roots, noise, (machine, text) => expect(redactPaths(text, machine)).toBe(text)),
      { seed: 26 }
    );
  });

  it('editors: a folder whose name only begins like a root is not taken for it', () => {
    const machine = [{ path: '/tmp', label: '<tmp>' }];
    expect(redactPaths('ghi vào /tmpdir/x và /tmp/rebuild-1/result.json', machine)).toBe(
      'ghi vào /tmpdir/x và <tmp>/rebuild-1/result.json'
    );
  });

  it('editors: a flag, a redirection or JSON escaping before a path does not keep it', () => {
    const machine = [{ path: '/srv/cong', label: '<repo>' }];
    expect(redactPaths('gcc -I/srv/cong/x >/srv/cong/log -/srv/cong/y {"file":"\\/srv\\/cong\\/z"}', machine)).toBe(
      'gcc -I<repo>/x ><repo>/log -<repo>/y {"file":"<repo>/z"}'
    );
    expect(redactPaths('/var/srv/cong/x', machine)).toBe('/var/srv/cong/x');
  });

  it('editors: a build log names the releases, the site workspace and other home folders by label', () => {
    const machine = [
      { path: '/srv/cong/site/dist', label: '<releases>' },
      { path: '/srv/cong/site', label: '<site>' },
      { path: '/srv/cong', label: '<repo>' },
    ];
    const log = [
      'built phuong-7 in 12.3 s: release 20261207T063000Z is live at /srv/cong/site/dist/phuong-7/live/',
      'Error: ENOENT at file:///srv/cong/site/src/pages/tin/[slug].astro:12:5',
      'npm cache in /home/builder/.npm/_cacache and /root/.cache',
    ].join('\n');
    expect(redactPaths(log, machine)).toBe(
      [
        'built phuong-7 in 12.3 s: release 20261207T063000Z is live at <releases>/phuong-7/live/',
        'Error: ENOENT at file://<site>/src/pages/tin/[slug].astro:12:5',
        'npm cache in <home>/.npm/_cacache and <home>/.cache',
      ].join('\n')
    );
  });
});
