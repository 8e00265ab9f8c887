import type { Metadata } from 'next';
import content from '@/content/site';
import type { Frontmatter } from './content/frontmatter';
import { htmlLang, routing, type Locale } from './i18n/routing';
import { pageHref } from './navigation';
import { siteUrl } from './site';

/** Title, description, canonical URL and the language alternates of one page. */
export function pageMetadata(locale: Locale, slug: string, frontmatter: Frontmatter): Metadata {
  const siteName = content.shortName[locale];
  const languages = Object.fromEntries(
    routing.locales.map((other) => [htmlLang[other], pageHref(other, slug)]),
  );
  return {
    metadataBase: new URL(siteUrl),
    title: slug === 'index' ? frontmatter.title : `${frontmatter.title} | ${siteName}`,
    description: frontmatter.description,
    icons: { icon: '/favicon.svg' },
    alternates: {
      canonical: pageHref(locale, slug),
      languages: { ...languages, 'x-default': '/' },
    },
  };
}
