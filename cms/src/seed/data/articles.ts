import { createRandom, type Random } from '../random';
import { seedOffset, type Volume } from '../volume';
import type { ArticleForm, ArticleSeed, CategorySeed, ContributorSeed, SiteSeed, SourceSeed, UnitSeed } from '../types';
import { SPECIAL_ARTICLES, type SpecialArticle } from './article-specials';
import { ASK_STORIES, CITIZEN_STORIES, DIRECTIVE_STORIES, SATURDAY_STORIES } from './article-stories-citizens';
import { ADMIN_REFORM_STORIES, DIGITAL_STORIES, GENERAL_STORIES } from './article-stories-civic';
import { CIVILITY_STORIES, FRONT_STORIES, HEALTH_STORIES } from './article-stories-community';
import { TOURISM_STORIES } from './article-stories-tourism';
import { CLOSERS, PHOTO_CLOSERS, QUOTED_SOURCES, TOPIC_EXTRAS, type Story, type Tag, type Topic } from './article-templates';
import { sceneVars, whenPhrase, type StoryScene } from './article-vars';
import { asciiSlug, capitalizeSentences, DAY_MS, fill, isCity, nfc, officeHoursBefore, placeInText, placeName, sample, startOfDay } from './demo-text';

export interface ArticleInput {
  sites: SiteSeed[];
  units: UnitSeed[];
  newsCategories: CategorySeed[];
  contributors: ContributorSeed[];
  volume: Volume;
  imageCount: number;
  now: Date;
}

/** Article i always comes from createRandom(BASE_SEED + i), so scale 2 extends scale 1 unchanged. */
const BASE_SEED = 5_200_000;

const STORIES: Record<Exclude<Topic, 'ward-news'>, readonly Story[]> = {
  general: GENERAL_STORIES,
  directives: DIRECTIVE_STORIES,
  'admin-reform': ADMIN_REFORM_STORIES,
  citizens: [...CITIZEN_STORIES, ...ASK_STORIES, ...SATURDAY_STORIES],
  ask: ASK_STORIES,
  saturday: SATURDAY_STORIES,
  digital: DIGITAL_STORIES,
  health: HEALTH_STORIES,
  civility: CIVILITY_STORIES,
  tourism: TOURISM_STORIES,
  front: FRONT_STORIES,
};
/** The city's "Tin phường, xã" column retells ward events of these kinds. */
const WARD_NEWS_TOPICS = ['general', 'civility', 'front', 'citizens', 'admin-reform'] as const;

/** "Tin tức, sự kiện" carries most items; the city's ward column is the next busiest. */
const CATEGORY_WEIGHTS: Partial<Record<Topic, number>> = { general: 3, 'ward-news': 2 };

/** Which unit most likely writes about a topic (by name), when the site has one. */
const UNIT_HINTS: Record<Topic, RegExp> = {
  general: /./,
  directives: /Văn phòng|Ủy ban nhân dân|UBND/,
  'ward-news': /Văn hóa|Thông tin/,
  'admin-reform': /Nội vụ|Tư pháp|Văn phòng|Ủy ban nhân dân|UBND/,
  citizens: /Ủy ban nhân dân|UBND|Văn phòng|Thanh tra/,
  ask: /Ủy ban nhân dân|UBND|Văn phòng|Tư pháp/,
  saturday: /Ủy ban nhân dân|UBND/,
  digital: /Văn hóa|Thông tin|Văn phòng|Công an/,
  health: /Y tế/,
  civility: /Quản lý đô thị|Tài nguyên|Ủy ban|UBND|Đoàn/,
  tourism: /Văn hóa|Du lịch|Trung tâm/,
  front: /Mặt trận|MTTQ|Đoàn|Hội/,
};

/** The category's theme, read from its slug and name so that any spelling of the plan's sections fits. */
export const topicOf = (category: CategorySeed): Topic => {
  const key = asciiSlug(`${category.slug} ${category.name}`, 200);
  if (key.includes('phuong-xa')) return 'ward-news';
  if (/cai-cach|hanh-chinh-cong|dich-vu-cong/.test(key)) return 'admin-reform';
  if (key.includes('dan-hoi')) return 'ask';
  if (/lang-nghe|thu-7/.test(key)) return 'saturday';
  if (/tuong-tac|cong-dan/.test(key)) return 'citizens';
  if (/chi-dao|dieu-hanh/.test(key)) return 'directives';
  if (/chuyen-doi-so|so-hoa/.test(key)) return 'digital';
  if (/phong-chong-dich|can-biet|y-te|suc-khoe/.test(key)) return 'health';
  if (/van-minh|ung-xu/.test(key)) return 'civility';
  if (key.includes('du-lich')) return 'tourism';
  if (/mttq|mat-tran|doan-the/.test(key)) return 'front';
  return 'general';
};

const categoriesFor = (site: SiteSeed, categories: readonly CategorySeed[]): CategorySeed[] =>
  categories.filter((c) =>
    isCity(site) ? c.scope !== 'wards' : c.scope !== 'city' && c.slug !== 'tin-phuong-xa',
  );

const pickWeighted = <T>(items: readonly T[], weight: (item: T) => number, random: Random): T => {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let roll = random.next() * total;
  for (const item of items) {
    roll -= weight(item);
    if (roll < 0) return item;
  }
  return items[items.length - 1];
};

const pickForm = (random: Random): ArticleForm =>
  pickWeighted<[ArticleForm, number]>([['tin', 45], ['tin-ngan', 20], ['bai', 20], ['phong-su-anh', 8], ['anh', 7]], ([, w]) => w, random)[0];

const pickStory = (topic: Exclude<Topic, 'ward-news'>, area: string, city: boolean, month: number, random: Random): Story => {
  const fits = STORIES[topic].filter(
    (s) => (!s.scope || (s.scope === 'city') === city) && (!s.only || s.only.test(area)),
  );
  const seasonal = fits.filter((s) => !s.months || s.months.includes(month));
  return random.pick(seasonal.length > 0 ? seasonal : fits.filter((s) => !s.months));
};

const pickUnit = (units: readonly UnitSeed[], hint: RegExp, random: Random): UnitSeed => {
  const preferred = units.filter((u) => hint.test(u.name));
  return random.pick(preferred.length > 0 && random.chance(0.7) ? preferred : units);
};

const actorFor = (site: SiteSeed, unit: UnitSeed, ward: SiteSeed | undefined, random: Random): string => {
  if (ward) return random.pick([placeInText(ward), `UBND ${placeInText(ward)}`]);
  if (isCity(site)) return random.chance(0.7) ? unit.name : random.pick(['UBND thành phố', 'thành phố Vũng Tàu']);
  if (unit.kind === 'ward-committee') return random.pick([placeInText(site), unit.shortName ?? unit.name]);
  return random.chance(0.8) ? unit.name : placeInText(site);
};

const pickAuthors = (unit: UnitSeed, siteUnits: readonly UnitSeed[], contributors: readonly ContributorSeed[], random: Random): ArticleSeed['authors'] => {
  const slugs = new Set(siteUnits.map((u) => u.slug));
  const own = contributors.filter((c) => c.unit === unit.slug);
  const pool = own.length > 0 ? own : contributors.filter((c) => slugs.has(c.unit));
  const candidates = pool.length > 0 ? pool : contributors;
  if (candidates.length === 0) return [];
  if (candidates.length >= 2 && random.chance(0.15)) {
    const [first, second] = sample(candidates, 2, random);
    const lead = random.pick([60, 50, 70]);
    return [{ email: first.email, share: lead }, { email: second.email, share: 100 - lead }];
  }
  return [{ email: random.pick(candidates).email, share: 100 }];
};

const pickSource = (title: string, random: Random): SourceSeed => {
  if (!random.chance(0.2)) return { kind: 'own-reporting' };
  const source = random.pick(QUOTED_SOURCES);
  const url = `${source.base}/${random.pick(source.sections)}/${asciiSlug(title, 70)}-${random.int(100_000, 999_999)}.html`;
  return { kind: 'quoted', name: source.name, url };
};

/** 0–3 of the story's own tags: a tag always says what the item is about. */
const pickTags = (story: Story, random: Random): Tag[] => sample(story.tags, random.int(0, 3), random);

/** "Phóng sự ảnh: …" / "Ảnh: …"; a title that has a colon already gets the label at the end. */
const photoTitle = (form: ArticleForm, title: string): string => {
  const label = form === 'phong-su-anh' ? 'Phóng sự ảnh' : form === 'anh' ? 'Ảnh' : undefined;
  if (!label) return title;
  return title.includes(':') ? `${title} (${label.toLocaleLowerCase('vi')})` : `${label}: ${title}`;
};

const paragraphsFor = (form: ArticleForm, story: Story, topic: Topic, vars: Record<string, string>, random: Random): string[] => {
  const body = story.body.map((p) => fill(p, vars));
  const extras = sample(TOPIC_EXTRAS[topic], 2, random).map((p) => fill(p, vars));
  const closer = fill(random.pick(CLOSERS), vars);
  let chosen: string[];
  if (form === 'tin-ngan') chosen = body.slice(0, random.int(1, 2));
  else if (form === 'phong-su-anh' || form === 'anh') chosen = [...body.slice(0, random.int(2, 4)), fill(random.pick(PHOTO_CLOSERS), vars)];
  else chosen = [...body, ...extras, closer].slice(0, form === 'bai' ? random.int(5, 6) : random.int(3, 5));
  return chosen.map(capitalizeSentences);
};

interface Prepared {
  input: ArticleInput;
  city: SiteSeed;
  wards: SiteSeed[];
  unitsBySite: Map<string, UnitSeed[]>;
}

const prepare = (input: ArticleInput): Prepared => {
  const unitsBySite = new Map<string, UnitSeed[]>();
  for (const unit of input.units) unitsBySite.set(unit.site, [...(unitsBySite.get(unit.site) ?? []), unit]);
  const withUnits = input.sites.filter((s) => (unitsBySite.get(s.slug) ?? []).length > 0);
  const city = withUnits.find(isCity) ?? withUnits[0];
  if (!city) throw new Error('generateArticles needs at least one site with units');
  return { input, city, wards: withUnits.filter((s) => !isCity(s)), unitsBySite };
};

const siteOf = (p: Prepared, special: SpecialArticle | undefined, random: Random): SiteSeed => {
  if (special?.site === 'city') return p.city;
  if (special?.site === 'ward-7') return p.wards.find((w) => placeName(w) === 'Phường 7') ?? p.wards[0] ?? p.city;
  return p.wards.length === 0 || random.chance(p.input.volume.cityArticleShare) ? p.city : random.pick(p.wards);
};

const buildArticle = (p: Prepared, index: number): ArticleSeed => {
  const random = createRandom(BASE_SEED + seedOffset(p.input.volume) + index);
  const { input } = p;
  const special = SPECIAL_ARTICLES.find((s) => s.index === index);
  const site = siteOf(p, special, random);
  const siteUnits = p.unitsBySite.get(site.slug) ?? [];
  const fixed = special?.postedAt ? new Date(special.postedAt) : undefined;
  const posted = fixed && fixed < input.now ? fixed : officeHoursBefore(input.now, 1, input.volume.historyDays, random);

  const categories = categoriesFor(site, input.newsCategories);
  const wanted = special ? categories.filter((c) => topicOf(c) === special.topic) : [];
  const category = wanted[0] ?? (categories.length > 0 ? pickWeighted(categories, (c) => CATEGORY_WEIGHTS[topicOf(c)] ?? 1, random) : undefined);
  const topic: Topic = special?.topic ?? (category ? topicOf(category) : 'general');

  const daysBefore = random.int(0, 2);
  let eventDay = new Date(startOfDay(posted).getTime() - daysBefore * DAY_MS);
  const ward = topic === 'ward-news' && p.wards.length > 0 ? random.pick(p.wards) : undefined;
  const storyTopic = topic === 'ward-news' ? random.pick(WARD_NEWS_TOPICS) : topic;
  const area = ward ? placeInText(ward) : isCity(site) ? 'thành phố Vũng Tàu' : placeInText(site);
  const story = special?.story ?? pickStory(storyTopic, area, isCity(site) && !ward, eventDay.getUTCMonth() + 1, random);
  if (story.saturday) eventDay = new Date(eventDay.getTime() - ((eventDay.getUTCDay() + 1) % 7) * DAY_MS);

  const unit = pickUnit(siteUnits, special?.unitHint ?? UNIT_HINTS[topic], random);
  const actor = actorFor(site, unit, ward, random);
  const committee = siteUnits.find((u) => u.kind === 'ward-committee');
  const scene: StoryScene = {
    site,
    ward,
    unit,
    leaderUnit: ward ? undefined : actor === unit.name || actor === unit.shortName ? unit : committee,
    actor,
    eventDay,
    when: whenPhrase(eventDay, eventDay.getTime() === startOfDay(posted).getTime(), random),
    wards: p.wards,
  };
  const vars = sceneVars(scene, random);
  const form = special?.form ?? pickForm(random);
  const title = photoTitle(form, capitalizeSentences(fill(random.pick(story.titles), vars)));
  const paragraphs = paragraphsFor(form, story, storyTopic, vars, random);

  const photo = form === 'phong-su-anh' || form === 'anh';
  const images = input.imageCount > 0 && (photo || random.chance(0.7));
  const allImages = Array.from({ length: Math.max(input.imageCount, 0) }, (_, k) => k);
  const article: ArticleSeed = {
    slug: `${asciiSlug(title)}-${index.toString(36)}`,
    title,
    summary: capitalizeSentences(fill(story.lede, vars)),
    paragraphs,
    form,
    site: site.slug,
    categories: category ? [category.slug, ...(category.parent && categories.some((c) => c.slug === category.parent) ? [category.parent] : [])] : [],
    unit: unit.slug,
    authors: pickAuthors(unit, siteUnits, input.contributors, random),
    source: pickSource(title, random),
    tags: pickTags(story, random),
    featured: special?.featured ?? random.chance(0.05),
    postedAt: posted.toISOString(),
    ...(special?.recording ? { recording: special.recording } : {}),
  };
  if (images) {
    article.coverImage = random.int(0, input.imageCount - 1);
    article.coverCaption = capitalizeSentences(fill(story.caption, vars));
  }
  if (photo && input.imageCount > 0) {
    const count = random.int(3, 6);
    const distinct = sample(allImages, count, random);
    article.gallery = [...distinct, ...Array.from({ length: count - distinct.length }, () => random.int(0, input.imageCount - 1))];
  }
  return article;
};

/** The volume's articles over the 18 sites and its years (300 × scale over three for the demo); see the seed brief. */
export const generateArticles = (input: ArticleInput): ArticleSeed[] => {
  const prepared = prepare(input);
  const total = input.volume.articles;
  return Array.from({ length: total }, (_, index) => nfc(buildArticle(prepared, index)));
};
