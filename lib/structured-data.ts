import { site } from '@/lib/content/site';
import { publisherIsKnown } from './figures/format';
import { dataDownloads, datasetName, figureSources } from './figures/open-data';
import type { LoadedPage } from './content/pages';
import { statisticsAddress } from './figures/permalink';
import { figureGroups } from './figures/registry';
import type { FigureSource } from './figures/schema';
import { htmlLang, type Locale } from './i18n/routing';
import { pageHref } from './navigation';
import { siteUrl } from './site';

type JsonLd = Record<string, unknown>;

function organization(locale: Locale): JsonLd {
  return {
    '@type': 'Organization',
    '@id': `${siteUrl}/#organization`,
    name: site().name[locale],
    alternateName: site().shortName[locale],
    url: `${siteUrl}${pageHref(locale, 'index')}`,
    ...(site().email && { email: site().email }),
    ...(site().phone && { telephone: site().phone }),
  };
}

/** The park as a place: only what the source says of it (content/site.ts, `location`). */
function place(locale: Locale): JsonLd {
  return {
    '@type': 'Place',
    name: site().name[locale],
    address: {
      '@type': 'PostalAddress',
      addressLocality: site().location.locality[locale],
      addressRegion: site().location.region[locale],
      addressCountry: site().location.country,
      ...(site().address[locale] && { streetAddress: site().address[locale] }),
    },
  };
}

/** A person named by a source, e.g. the reporter who wrote the article. */
function person(name: string): JsonLd {
  return { '@type': 'Person', name };
}

/**
 * An original source of the figures as schema.org sees it: a news article with its headline as
 * printed (Chinese), its author (the reporter) and date; the newspaper and address only when known,
 * never the Park.
 */
function sourceArticle(source: FigureSource, locale: Locale): JsonLd {
  return {
    '@type': 'NewsArticle',
    headline: source.title.zh,
    ...(locale !== 'zh' && { alternativeHeadline: source.title[locale] }),
    author: person(source.author[locale]),
    datePublished: source.date,
    ...(publisherIsKnown(source) && {
      publisher: { '@type': 'Organization', name: source.publisher[locale] },
    }),
    ...(source.url && { url: source.url }),
  };
}

/** The open data's licence: its address where known, else its name (content/site.ts). */
function licence(): JsonLd | string | undefined {
  if (site().licenceUrl) return site().licenceUrl;
  if (site().licence) return { '@type': 'CreativeWork', name: site().licence };
  return undefined;
}

/** Who compiled the data, when content/site.ts names one (`datasetCreator`). */
function compiler(locale: Locale): JsonLd | undefined {
  const { name, url } = site().datasetCreator;
  if (!name[locale]) return undefined;
  return { '@type': 'Organization', name: name[locale], ...(url && { url }) };
}

function dataset(locale: Locale, description: string): JsonLd {
  const figures = figureGroups().flatMap((group) => group.figures);
  const years = figures.flatMap((figure) => figure.observations.map((o) => o.period.year)).sort();
  const sources = figureSources();
  // The figures are the article's: its author is their creator, not the Park; whoever compiled
  // them is named beside the author only when content/site.ts says who did.
  const authors = [...new Set(sources.map((source) => source.author[locale]))];
  const compiledBy = compiler(locale);
  const license = licence();
  return {
    '@type': 'Dataset',
    name: datasetName(locale),
    description,
    url: statisticsAddress(locale, 'absolute'),
    inLanguage: htmlLang[locale],
    creator: [...authors.map(person), ...(compiledBy ? [compiledBy] : [])],
    isBasedOn: sources.map((source) => sourceArticle(source, locale)),
    temporalCoverage: `${years[0]}/${years.at(-1)}`,
    // What the figures are about: the Park, where the source places it.
    spatialCoverage: place(locale),
    variableMeasured: figures.map((figure) => figure.label[locale]),
    ...(license && { license }),
    distribution: dataDownloads.map((file) => ({
      '@type': 'DataDownload',
      encodingFormat: file.mediaType,
      contentUrl: `${siteUrl}${file.path}`,
    })),
  };
}

/**
 * schema.org data for a page, in its language: the park as Organization and Place on the home
 * page, the figures as a Dataset on the Statistics page; nothing elsewhere.
 */
export function structuredData(locale: Locale, page: LoadedPage): JsonLd | undefined {
  const context = { '@context': 'https://schema.org' };
  if (page.slug === 'index') return { ...context, '@graph': [organization(locale), place(locale)] };
  if (page.frontmatter.role === 'statistics') {
    return { ...context, ...dataset(locale, page.frontmatter.description) };
  }
  return undefined;
}
