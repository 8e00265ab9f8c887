import { existsSync } from 'node:fs';
import path from 'node:path';
import { routing } from '../../i18n/routing';
import type { Problem, ProblemKind } from '../errors';
import type { Content, ContentPage } from '../load';
import type { PlacedReference } from '../page-check';
import { suggestion } from '../suggest';

/** Files the site serves besides its pages, which a link may point to. */
const servedFiles = [
  '/data/figures.csv',
  '/data/figures.json',
  '/sitemap.xml',
  ...routing.locales.map((locale) => `/${locale}/news/feed.xml`),
];

/** The page at a URL path such as /zh/golden-altitude/, or undefined for other paths. */
function pageAt(urlPath: string): { locale: string; slug: string } | undefined {
  const match = /^\/([a-z]{2})\/(.*?)\/?$/.exec(urlPath);
  if (!match) return undefined;
  return { locale: match[1]!, slug: match[2] || 'index' };
}

/**
 * The anchors a page offers: its headings (named after the English twin, as the site names
 * them), and on the statistics page every theme and figure.
 */
function anchorsOf(page: ContentPage, { pages, figures }: Content): Set<string> {
  const english = pages.find((other) => other.locale === 'en' && other.slug === page.slug) ?? page;
  const headings =
    english.headingIds.length === page.headingIds.length ? english.headingIds : page.headingIds;
  const anchors = new Set(['main', ...headings]);
  if (page.frontmatter?.role === 'statistics') {
    for (const group of figures.groups) {
      anchors.add(`theme-${group.id}`);
      for (const figure of group.figures) anchors.add(figure.id);
    }
  }
  return anchors;
}

/** Links within the site lead to a published page of the same language and to an anchor it has; images exist in public/. */
export function checkLinks(content: Content): Problem[] {
  const { pages, root } = content;
  const problems: Problem[] = [];
  for (const page of pages) {
    const report = (kind: ProblemKind, at: PlacedReference, zh: string, en: string) =>
      problems.push({ file: page.file, line: at.line, column: at.column, kind, zh, en });

    const checkAnchor = (target: ContentPage, anchor: string, at: PlacedReference, url: string) => {
      const anchors = anchorsOf(target, content);
      if (anchor === '' || anchors.has(anchor)) return;
      const hint = suggestion(anchor, anchors);
      report(
        'broken-anchor',
        at,
        `链接中的 #${anchor} 在页面 ${target.file} 中不存在${hint.zh}：${url}`,
        `#${anchor} does not exist on ${target.file}${hint.en}: ${url}`,
      );
    };

    for (const link of page.links) {
      const { url } = link;
      if (/^(https?:|mailto:|tel:)/.test(url)) continue;
      const [urlPath = '', anchor] = url.split('#');
      if (urlPath === '') {
        checkAnchor(page, anchor ?? '', link, url);
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
      if (anchor !== undefined) checkAnchor(targetPage, anchor, link, url);
    }

    for (const image of page.images) {
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
  return problems;
}
