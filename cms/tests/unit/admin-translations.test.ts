import fs from 'fs';
import { createRequire } from 'module';
import path from 'path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { ENUM_LABELS, SHARED_ENUM_LABELS, STRAPI_OWN_KEYS, enumMessages } from '../../src/admin/translations/vi/enums';
import { vi } from '../../src/admin/translations/vi';
import { admin } from '../../src/admin/translations/vi/admin';
import { contentManager } from '../../src/admin/translations/vi/content-manager';
import { unlisted } from '../../src/admin/translations/vi/unlisted';
import { upload } from '../../src/admin/translations/vi/upload';

const CMS = path.join(__dirname, '..', '..');
const strapiModules = path.dirname(require.resolve('@strapi/admin/package.json', { paths: [CMS] }));
// Strapi ships its message tables as CommonJS modules (dist/**/en.json.js).
const loadModule = createRequire(__filename);
const load = (file: string): Record<string, string> => {
  const loaded = loadModule(path.join(strapiModules, '..', file)) as { default?: Record<string, string> };
  return loaded.default ?? (loaded as Record<string, string>);
};

/** Strapi's tables the editors' admin draws on, under the keys the admin looks them up by. */
const STRAPI_TABLES = [
  { id: 'admin', prefix: '', dir: 'admin/dist/admin/admin/src/translations', ours: admin },
  { id: 'content-manager', prefix: 'content-manager.', dir: 'content-manager/dist/admin/translations', ours: contentManager },
  { id: 'upload', prefix: 'upload.', dir: 'upload/dist/admin/translations', ours: upload },
].map((table) => {
  const read = (locale: string) => {
    try {
      return load(`${table.dir}/${locale}.json.js`);
    } catch {
      return {};
    }
  };
  const prefix = (messages: Record<string, string>) =>
    Object.fromEntries(Object.entries(messages).map(([key, text]) => [table.prefix + key, text]));
  return { ...table, en: prefix(read('en')), strapiVi: prefix(read('vi')) };
});

const allStrapiVi = Object.assign({}, ...STRAPI_TABLES.map((table) => table.strapiVi)) as Record<string, string>;
const allStrapiEn = Object.assign({}, ...STRAPI_TABLES.map((table) => table.en)) as Record<string, string>;
/** What the admin shows for a key in Vietnamese: ours over Strapi's, as `config.translations` merges them. */
const shown = (key: string): string | undefined => vi[key] ?? allStrapiVi[key];

/**
 * A message's shape: its arguments with their kinds, select options, tags. A plural needs only
 * `other` in Vietnamese, which has no grammatical number; its branches must hold the same shape.
 */
const shape = (message: string): string[] => {
  const out = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) out.add(`{${element.value}}`);
      else if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time)
        out.add(`{${element.value}, ${TYPE[element.type]}}`);
      else if (element.type === TYPE.select) {
        out.add(`{${element.value}, select: ${Object.keys(element.options).sort().join(' ')}}`);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.plural) {
        out.add(`{${element.value}, plural}`);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.pound) out.add('#');
      else if (element.type === TYPE.tag) {
        out.add(`<${element.value}>`);
        walk(element.children);
      }
    }
  };
  walk(parse(message, { ignoreTag: false }));
  return [...out].sort();
};

const pluralsHaveOther = (message: string): boolean => {
  const check = (elements: MessageFormatElement[]): boolean =>
    elements.every((element) => {
      if (element.type === TYPE.plural) return 'other' in element.options && Object.values(element.options).every((o) => check(o.value));
      if (element.type === TYPE.select) return Object.values(element.options).every((o) => check(o.value));
      if (element.type === TYPE.tag) return check(element.children);
      return true;
    });
  return check(parse(message, { ignoreTag: false }));
};

/** The enumerations the content manager shows: content types it lists, and every component. */
const visibleEnumerations = (): { where: string; attribute: string; values: string[] }[] => {
  const found: { where: string; attribute: string; values: string[] }[] = [];
  const schemas: { where: string; file: string }[] = [];
  const api = path.join(CMS, 'src', 'api');
  for (const name of fs.readdirSync(api))
    for (const type of fs.existsSync(path.join(api, name, 'content-types')) ? fs.readdirSync(path.join(api, name, 'content-types')) : [])
      schemas.push({ where: `api::${name}.${type}`, file: path.join(api, name, 'content-types', type, 'schema.json') });
  const plugins = path.join(CMS, 'src', 'plugins');
  for (const plugin of fs.readdirSync(plugins)) {
    const dir = path.join(plugins, plugin, 'server', 'content-types');
    for (const type of fs.existsSync(dir) ? fs.readdirSync(dir) : [])
      if (fs.existsSync(path.join(dir, type, 'schema.json')))
        schemas.push({ where: `plugin::${plugin}.${type}`, file: path.join(dir, type, 'schema.json') });
  }
  const components = path.join(CMS, 'src', 'components');
  for (const category of fs.readdirSync(components))
    for (const file of fs.readdirSync(path.join(components, category)))
      schemas.push({ where: `${category}.${file.replace(/\.json$/, '')}`, file: path.join(components, category, file) });
  for (const { where, file } of schemas) {
    const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      pluginOptions?: { 'content-manager'?: { visible?: boolean } };
      attributes: Record<string, { type: string; enum?: string[] }>;
    };
    if (schema.pluginOptions?.['content-manager']?.visible === false) continue;
    for (const [attribute, definition] of Object.entries(schema.attributes))
      if (definition.type === 'enumeration') found.push({ where, attribute, values: definition.enum ?? [] });
  }
  return found;
};

describe('editors: the admin in Vietnamese', () => {
  it.each(STRAPI_TABLES.map((table) => [table.id, table] as const))(
    'every message of Strapi’s %s table has a Vietnamese text',
    (_id, table) => {
      const missing = Object.keys(table.en).filter((key) => !shown(key));
      expect(missing).toEqual([]);
    }
  );

  it.each(STRAPI_TABLES.map((table) => [table.id, table] as const))(
    'every Vietnamese text of the %s table keeps the English message’s placeholders and ICU structure',
    (_id, table) => {
      const broken = Object.entries(table.en)
        .filter(([key, english]) => {
          const text = shown(key);
          if (!text) return false;
          try {
            parse(english);
          } catch {
            return false; // Strapi's own English is not valid ICU (two EE licence notices): nothing to keep
          }
          try {
            return JSON.stringify(shape(text)) !== JSON.stringify(shape(english)) || !pluralsHaveOther(text);
          } catch {
            return true; // not a valid ICU message: react-intl would show the key or the English
          }
        })
        .map(([key, english]) => ({ key, english, vi: shown(key) }));
      expect(broken).toEqual([]);
    }
  );

  it('our tables name only keys Strapi has (no stale or misspelt key)', () => {
    for (const table of STRAPI_TABLES) {
      const stale = Object.keys(table.ours).filter((key) => !(table.prefix + key in table.en));
      expect({ table: table.id, stale }).toEqual({ table: table.id, stale: [] });
    }
  });

  it('reads as Vietnamese: NFC, with diacritics, no English left in', () => {
    const ours = { ...vi };
    const notNfc = Object.entries(ours).filter(([, text]) => text !== text.normalize('NFC'));
    expect(notNfc).toEqual([]);
    // Messages copied from English unchanged: allowed only where they hold no words (placeholders,
    // symbols) or a word Vietnamese writes the same.
    const sameInVietnamese = /^(Video|Email|Logo|Blog|Webhook|Token)$/;
    const copied = Object.entries(ours).filter(([key, text]) => {
      const english = allStrapiEn[key];
      return english === text && !sameInVietnamese.test(text) && /[a-z]{3}/i.test(text.replace(/\{[^}]*\}|<[^>]+>|_\w+|no\w+/g, ''));
    });
    expect(copied).toEqual([]);
  });

  it('the issue’s English chrome reads Vietnamese', () => {
    const english: Record<string, string> = {
      'content-manager.header.name': 'Content Manager',
      'content-manager.containers.edit.title.new': 'Create an entry',
      'content-manager.relation.add': 'Add or create a relation',
      'content-manager.components.empty-repeatable': 'No entry yet. Click to add one.',
      'content-manager.actions.discard.label': 'Discard changes',
      'content-manager.containers.List.draft': 'Draft',
      'content-manager.containers.List.published': 'Published',
      'content-manager.components.RelationInputModal.modal-title': 'Edit a relation',
      'content-manager.relation.loadMore': 'Load More',
    };
    for (const [key, text] of Object.entries(english)) {
      expect(allStrapiEn[key]).toBe(text);
      expect(shown(key)).toMatch(/[à-ỹĐđ]/);
    }
  });

  it('messages Strapi’s code asks for outside its en.json files have Vietnamese too', () => {
    const pattern = /id:\s*(['"`])([^'"`$]+)\1,\s*defaultMessage:\s*['"`]/g;
    const asked = new Set<string>();
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((entry) =>
          entry.isDirectory() ? walk(path.join(dir, entry.name)) : entry.name.endsWith('.mjs') ? [path.join(dir, entry.name)] : []
        );
    // A plugin's own helper prefixes the id with the plugin's: getTranslation('x') is content-manager.x.
    const prefixedPattern = (helper: string) => new RegExp(`id:\\s*${helper}\\((['"\`])([^'"\`$]+)\\1\\)\\s*,\\s*defaultMessage:`, 'g');
    const sources = [
      { dir: 'admin/dist/admin/admin/src', prefix: '', helper: null },
      { dir: 'content-manager/dist/admin', prefix: 'content-manager.', helper: 'getTranslation' },
      { dir: 'upload/dist/admin', prefix: 'upload.', helper: 'getTrad' },
    ];
    for (const { dir, prefix, helper } of sources)
      for (const file of walk(path.join(strapiModules, '..', dir))) {
        if (file.includes(`${path.sep}translations${path.sep}`)) continue;
        const source = fs.readFileSync(file, 'utf8');
        for (const match of source.matchAll(pattern)) asked.add(match[2]);
        if (helper) for (const match of source.matchAll(prefixedPattern(helper))) asked.add(prefix + match[2]);
      }
    const unknown = [...asked].filter((id) => !(id in allStrapiEn) && !shown(id));
    expect(unknown).toEqual([]);
    const stale = Object.keys(unlisted).filter((id) => !asked.has(id));
    expect(stale).toEqual([]);
  });
});

describe('editors: enumerations read as Vietnamese names', () => {
  const enumerations = visibleEnumerations();

  it('every value of every enumeration the content manager shows has a Vietnamese name', () => {
    expect(enumerations.length).toBeGreaterThan(30);
    for (const { where, attribute, values } of enumerations) {
      const labels = ENUM_LABELS[where]?.[attribute];
      expect({ where, attribute, values: Object.keys(labels ?? {}).sort() }).toEqual({ where, attribute, values: [...values].sort() });
      const messages = enumMessages();
      for (const value of values) expect({ value, label: messages[value] }).toEqual({ value, label: expect.stringMatching(/\S/) });
    }
  });

  it('a value named differently by two enumerations gets one deliberate shared name, and no other does', () => {
    const names = new Map<string, Set<string>>();
    for (const attributes of Object.values(ENUM_LABELS))
      for (const labels of Object.values(attributes))
        for (const [value, label] of Object.entries(labels)) names.set(value, (names.get(value) ?? new Set()).add(label));
    const conflicting = [...names]
      .filter(([, labels]) => labels.size > 1)
      .map(([value]) => value)
      .sort();
    expect(Object.keys(SHARED_ENUM_LABELS).sort()).toEqual(conflicting);
  });

  it('no value collides with a key of Strapi’s messages or of our other messages', () => {
    const others = new Set([...Object.keys(allStrapiEn), ...Object.keys(allStrapiVi), ...Object.keys(unlisted), ...Object.keys(admin)]);
    const values = new Set(Object.values(ENUM_LABELS).flatMap((attributes) => Object.values(attributes).flatMap(Object.keys)));
    expect([...values].filter((value) => others.has(value) && !STRAPI_OWN_KEYS.has(value))).toEqual([]);
    // The ones left to Strapi are not in any enumeration an editor sees.
    const visible = new Set(enumerations.flatMap((e) => e.values));
    expect([...STRAPI_OWN_KEYS].filter((key) => visible.has(key))).toEqual([]);
    for (const key of STRAPI_OWN_KEYS) expect(others.has(key)).toBe(true);
  });
});
