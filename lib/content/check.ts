import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FigureGroup } from '../figures/registry';
import { routing, type Locale } from '../i18n/routing';
import { headingIdsOf } from '../mdx/heading-ids.mjs';
import { ContentError, type Problem, type ProblemKind } from './errors';
import { listAllPageSlugs, pageFile } from './pages';
import { checkPage, type CheckedPage, type PlacedReference } from './page-check';
import { suggestion } from './suggest';

/** Everything the checker learned about one page. */
interface PageInfo {
  locale: Locale;
  slug: string;
  file: string;
  checked: CheckedPage;
  source: string;
  isDraft: boolean;
}

/** Files the site serves besides its pages, which a link may point to. */
const servedFiles = [
  '/data/figures.csv',
  '/data/figures.json',
  '/sitemap.xml',
  ...routing.locales.map((locale) => `/${locale}/news/feed.xml`),
];

/**
 * Checks the whole content/ folder under `root` and returns every problem, sorted by file and
 * line; never throws. `npm run check`, the build and the tests all run it.
 */
export async function checkContent(root = process.cwd()): Promise<Problem[]> {
  const problems: Problem[] = [];
  const { groups, problems: figureProblems, ids: figureIds } = await checkFigures(root);
  problems.push(...figureProblems);
  problems.push(...(await checkSiteSettings(root)));
  problems.push(...checkMessages(root));

  const pages = routing.locales.flatMap((locale) =>
    listAllPageSlugs(locale, root).map((slug): PageInfo => {
      const file = pageFile(locale, slug);
      const bytes = readFileSync(path.join(root, file));
      const checked = checkPage(file, bytes, figureIds);
      const source = new TextDecoder().decode(bytes);
      return { locale, slug, file, checked, source, isDraft: checked.frontmatter?.draft === true };
    }),
  );
  for (const page of pages) problems.push(...page.checked.problems);
  problems.push(...checkTwins(pages));
  problems.push(...checkReferences(root, pages, groups));
  return problems.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/** The page at a URL path such as /zh/golden-altitude/, or undefined for other paths. */
function pageAt(urlPath: string): { locale: string; slug: string } | undefined {
  const match = /^\/([a-z]{2})\/(.*?)\/?$/.exec(urlPath);
  if (!match) return undefined;
  return { locale: match[1]!, slug: match[2] || 'index' };
}

/** The anchors a page offers: its headings (named after the English twin), and on the Statistics page every figure. */
function anchorsOf(page: PageInfo, pages: PageInfo[], groups: FigureGroup[]): Set<string> {
  const english = pages.find((other) => other.locale === 'en' && other.slug === page.slug) ?? page;
  const own = safeHeadingIds(page.source);
  const fromEnglish = safeHeadingIds(english.source);
  const anchors = new Set(['main', ...(fromEnglish.length === own.length ? fromEnglish : own)]);
  if (page.slug === 'statistics') {
    for (const group of groups) {
      anchors.add(`theme-${group.id}`);
      for (const figure of group.figures) anchors.add(figure.id);
    }
  }
  return anchors;
}

function safeHeadingIds(source: string): string[] {
  try {
    return headingIdsOf(source);
  } catch {
    return []; // The page does not parse; that is reported already.
  }
}

function checkReferences(root: string, pages: PageInfo[], groups: FigureGroup[]): Problem[] {
  const problems: Problem[] = [];
  for (const page of pages) {
    const report = (kind: ProblemKind, at: PlacedReference, zh: string, en: string) =>
      problems.push({ file: page.file, line: at.line, column: at.column, kind, zh, en });

    for (const link of page.checked.links) {
      const { url } = link;
      if (/^(https?:|mailto:|tel:)/.test(url)) continue;
      const [urlPath = '', anchor] = url.split('#');
      if (urlPath === '') {
        checkAnchor(page, anchor ?? '', link, report);
        continue;
      }
      if (!urlPath.startsWith('/')) {
        report(
          'broken-link',
          link,
          `站内链接请从 / 开始，写完整路径，例如 /${page.locale}/golden-altitude/（现在写的是 “${url}”）`,
          `write links within the site as full paths starting with /, e.g. /${page.locale}/golden-altitude/ (not "${url}")`,
        );
        continue;
      }
      if (servedFiles.includes(urlPath)) continue;
      const target = pageAt(urlPath);
      const targetPage =
        target &&
        pages.find((other) => other.locale === target.locale && other.slug === target.slug);
      if (!target || !targetPage) {
        const candidates = pages
          .filter((other) => other.locale === page.locale)
          .map((other) => `/${other.locale}/${other.slug === 'index' ? '' : `${other.slug}/`}`);
        const hint = suggestion(urlPath.endsWith('/') ? urlPath : `${urlPath}/`, candidates);
        report(
          'broken-link',
          link,
          `链接指向的页面不存在：${url}${hint.zh}`,
          `the link leads to no page: ${url}${hint.en}`,
        );
        continue;
      }
      if (target.locale !== page.locale) {
        report(
          'broken-link',
          link,
          `链接指向另一种语言的页面：${url}。请链接到同一语言的页面 /${page.locale}/…`,
          `the link leads to the other language: ${url}. Link to the page in the same language, /${page.locale}/…`,
        );
        continue;
      }
      if (targetPage.isDraft && !page.isDraft) {
        report(
          'broken-link',
          link,
          `链接指向草稿页面（draft: true），正式网站上不会有这个页面：${url}`,
          `the link leads to a draft page (draft: true), which the published site leaves out: ${url}`,
        );
        continue;
      }
      if (anchor !== undefined) checkAnchor(targetPage, anchor, link, report, url);
    }

    for (const image of page.checked.images) {
      if (/^https?:/.test(image.url)) {
        report(
          'image',
          image,
          `图片必须保存在本网站的 public/ 文件夹中，不能引用其他网站：${image.url}`,
          `images must be stored in the site's public/ folder, not loaded from another site: ${image.url}`,
        );
      } else if (
        !existsSync(path.join(root, 'public', decodeURIComponent(image.url.split(/[?#]/)[0] ?? '')))
      ) {
        report(
          'image',
          image,
          `找不到图片文件 public${image.url}：请把图片放进 public/ 文件夹，并核对文件名`,
          `the image public${image.url} does not exist: put the picture in public/ and check the file name`,
        );
      }
    }
  }

  function checkAnchor(
    target: PageInfo,
    anchor: string,
    at: PlacedReference,
    report: (kind: ProblemKind, at: PlacedReference, zh: string, en: string) => void,
    url = `#${anchor}`,
  ) {
    const anchors = anchorsOf(target, pages, groups);
    if (anchor === '' || anchors.has(anchor)) return;
    const hint = suggestion(anchor, anchors);
    report(
      'broken-anchor',
      at,
      `链接中的 #${anchor} 在页面 ${target.file} 中不存在${hint.zh}：${url}`,
      `#${anchor} does not exist on ${target.file}${hint.en}: ${url}`,
    );
  }
  return problems;
}

/** Every page exists in both languages, with the same outline of headings. */
function checkTwins(pages: PageInfo[]): Problem[] {
  const problems: Problem[] = [];
  for (const page of pages) {
    const other: Locale = page.locale === 'zh' ? 'en' : 'zh';
    const twin = pages.find((each) => each.locale === other && each.slug === page.slug);
    if (!twin) {
      problems.push({
        file: page.file,
        kind: 'missing-twin',
        zh: `缺少另一种语言的页面 ${pageFile(other, page.slug)}：每个页面都必须同时有中文和英文版本（可用 npm run new:page 创建）`,
        en: `the page has no twin ${pageFile(other, page.slug)}: every page must exist in both Chinese and English (npm run new:page creates both)`,
      });
      continue;
    }
    if (page.locale !== 'zh') continue;
    const [zhCount, enCount] = [
      safeHeadingIds(page.source).length,
      safeHeadingIds(twin.source).length,
    ];
    if (zhCount !== enCount) {
      problems.push({
        file: page.file,
        kind: 'outline-differs',
        zh: `中文页面有 ${zhCount} 个标题，英文页面 ${twin.file} 有 ${enCount} 个：两种语言的标题必须一一对应，链接中的 #锚点 才能在切换语言后指向同一节`,
        en: `the Chinese page has ${zhCount} headings and the English ${twin.file} has ${enCount}: the headings must correspond one to one, so that a #anchor leads to the same section in both languages`,
      });
    }
  }
  return problems;
}

/** Loads and validates every module of content/figures/. */
async function checkFigures(
  root: string,
): Promise<{ groups: FigureGroup[]; problems: Problem[]; ids: Set<string> }> {
  const folder = path.join(root, 'content', 'figures');
  const modules: Record<string, unknown> = {};
  const problems: Problem[] = [];
  const unloadable = new Set<string>();
  const files = readdirSync(folder).filter((name) => name.endsWith('.ts') && name !== 'sources.ts');
  for (const name of files) {
    try {
      modules[name] = (
        (await import(pathToFileURL(path.join(folder, name)).href)) as { default: unknown }
      ).default;
    } catch (error) {
      problems.push(moduleLoadProblem(`content/figures/${name}`, error, 'figures'));
      // Keep the ids written in it, so pages citing them are not reported too.
      const text = readFileSync(path.join(folder, name), 'utf8');
      modules[name] = {
        title: { zh: name, en: name },
        figures: [...text.matchAll(/id:\s*['"]([^'"]+)['"]/g)].map((m) => ({ id: m[1] })),
      };
      unloadable.add(name);
    }
  }
  const { checkFigureModules, figureModules } = await import('../figures/registry');
  for (const name of files.filter((each) => !(each in figureModules))) {
    problems.push({
      file: `content/figures/${name}`,
      kind: 'figures',
      zh: `新的数据文件还没有登记：请在 lib/figures/registry.ts 的 figureModules 中加入 '${name}'（或请程序员帮忙）`,
      en: `this new figure file is not registered: add '${name}' to figureModules in lib/figures/registry.ts (or ask a programmer)`,
    });
  }
  const checked = checkFigureModules(modules);
  for (const problem of checked.problems.filter(
    (each) => !unloadable.has(path.basename(each.file)),
  )) {
    const id = /"([a-z0-9-]+)"/.exec(problem.en)?.[1];
    const text = readFileSync(path.join(root, problem.file), 'utf8');
    const index = id ? text.search(new RegExp(`id:\\s*['"]${id}['"]`)) : -1;
    problems.push(
      index >= 0 ? { ...problem, line: text.slice(0, index).split('\n').length } : problem,
    );
  }
  return { groups: checked.groups, problems, ids: checked.ids };
}

async function checkSiteSettings(root: string): Promise<Problem[]> {
  try {
    await import(pathToFileURL(path.join(root, 'content', 'site.ts')).href);
    return [];
  } catch (error) {
    return error instanceof ContentError
      ? error.problems
      : [moduleLoadProblem('content/site.ts', error, 'site-settings')];
  }
}

/** A module that does not even load: usually a missing quote, comma or bracket. */
function moduleLoadProblem(file: string, error: unknown, kind: ProblemKind): Problem {
  if (error instanceof ContentError) return { ...error.problems[0]!, file };
  const message =
    (error instanceof Error ? error.message : String(error))
      .split('\n')
      .find((line) => line.trim()) ?? '';
  const line = Number(/:(\d+):\d+/.exec(message)?.[1]) || undefined;
  return {
    file,
    line,
    kind,
    zh: `文件无法读取（常见原因：缺少引号、逗号或括号）：${message}`,
    en: `the file cannot be read (often a missing quote, comma or bracket): ${message}`,
  };
}

/** content/messages/zh.json and en.json: valid JSON, the same keys, no empty text. */
function checkMessages(root: string): Problem[] {
  const problems: Problem[] = [];
  const catalogs = new Map<Locale, Map<string, unknown>>();
  for (const locale of routing.locales) {
    const file = `content/messages/${locale}.json`;
    const text = readFileSync(path.join(root, file), 'utf8');
    try {
      catalogs.set(locale, flatten(JSON.parse(text)));
    } catch (error) {
      const position = Number(/position (\d+)/.exec(String(error))?.[1]);
      const line = Number.isNaN(position) ? undefined : text.slice(0, position).split('\n').length;
      problems.push({
        file,
        line,
        kind: 'messages',
        zh: `不是有效的 JSON（常见原因：缺少逗号或引号，或最后一项后面多了逗号）：${(error as Error).message}`,
        en: `not valid JSON (often a missing comma or quotation mark, or a comma after the last item): ${(error as Error).message}`,
      });
    }
  }
  const [zh, en] = [catalogs.get('zh'), catalogs.get('en')];
  if (!zh || !en) return problems;
  for (const [locale, own, other] of [
    ['zh', zh, en],
    ['en', en, zh],
  ] as const) {
    const file = `content/messages/${locale}.json`;
    const text = readFileSync(path.join(root, file), 'utf8');
    const lineOfKey = (key: string) => {
      const index = text.indexOf(`"${key.split('.').at(-1)}"`);
      return index < 0 ? undefined : text.slice(0, index).split('\n').length;
    };
    for (const [key, value] of own) {
      if (!other.has(key)) {
        const hint = suggestion(key, other.keys());
        problems.push({
          file,
          line: lineOfKey(key),
          kind: 'messages',
          zh: `“${key}” 只在 ${locale}.json 中有${hint.zh}：两个文件必须有相同的键，请在另一个文件中补上`,
          en: `"${key}" is only in ${locale}.json${hint.en}: both files must have the same keys; add it to the other one`,
        });
      }
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push({
          file,
          line: lineOfKey(key),
          kind: 'messages',
          zh: `“${key}” 的文字为空：请填写`,
          en: `"${key}" has no text: fill it in`,
        });
      }
    }
  }
  return problems;
}

function flatten(messages: unknown, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (!messages || typeof messages !== 'object') return entries;
  for (const [key, value] of Object.entries(messages)) {
    if (value && typeof value === 'object') {
      for (const [inner, innerValue] of flatten(value, `${prefix}${key}.`))
        entries.set(inner, innerValue);
    } else {
      entries.set(`${prefix}${key}`, value);
    }
  }
  return entries;
}
