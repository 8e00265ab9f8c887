import type { Metadata } from 'next';
import { site } from '@/lib/content/site';
import type { Frontmatter } from './content/frontmatter';
import { htmlLang, otherLocale, routing, type Locale } from './i18n/routing';
import { translator } from './i18n/translator';
import { pageHref } from './navigation';
import { feedPath } from './news';
import { siteUrl } from './site';

/** Open Graph writes locales with an underscore and a region. */
const openGraphLocale: Record<Locale, string> = { zh: 'zh_CN', en: 'en_GB' };

/** The language alternates of a page (hreflang), the root chooser being the x-default. */
export function languageAlternates(slug: string): Record<string, string> {
  const languages = Object.fromEntries(
    routing.locales.map((locale) => [htmlLang[locale], pageHref(locale, slug)]),
  );
  return { ...languages, 'x-default': '/' };
}

/**
 * Everything a page's head says about it, in its language: title, description, canonical URL,
 * language alternates, the news feed, Open Graph and Twitter card with the locale's share image,
 * icons and the locale's web manifest. Relative URLs are made absolute from SITE_URL.
 */
export function pageMetadata(locale: Locale, slug: string, frontmatter: Frontmatter): Metadata {
  const t = translator(locale, 'News');
  const siteName = site().shortName[locale];
  const title = slug === 'index' ? frontmatter.title : `${frontmatter.title} | ${siteName}`;
  const image = {
    url: `/share/${locale}.png`,
    width: 1200,
    height: 630,
    alt: site().name[locale],
  };
  return {
    metadataBase: new URL(siteUrl),
    title,
    description: frontmatter.description,
    alternates: {
      canonical: pageHref(locale, slug),
      languages: languageAlternates(slug),
      types: {
        'application/atom+xml': [{ url: feedPath(locale), title: t('feedName') }],
      },
    },
    openGraph: {
      type: frontmatter.role === 'news-item' ? 'article' : 'website',
      title,
      description: frontmatter.description,
      url: pageHref(locale, slug),
      siteName: site().name[locale],
      locale: openGraphLocale[locale],
      alternateLocale: openGraphLocale[otherLocale(locale)],
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title,
      description: frontmatter.description,
      images: [image.url],
    },
    icons: { icon: '/favicon.svg', apple: '/apple-touch-icon.png' },
    manifest: `/${locale}/manifest.webmanifest`,
  };
}
