import type { MetadataRoute } from 'next';
import { listPageSlugs, loadPage } from '@/lib/content/pages';
import { routing } from '@/lib/i18n/routing';
import { languageAlternates } from '@/lib/metadata';
import { pageHref } from '@/lib/navigation';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every published page of both locales, each with its twin and the x-default as alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const absolute = (path: string) => `${siteUrl}${path}`;
  return routing.locales.flatMap((locale) =>
    listPageSlugs(locale).map((slug) => ({
      url: absolute(pageHref(locale, slug)),
      lastModified: loadPage(locale, slug).frontmatter.updated,
      alternates: {
        languages: Object.fromEntries(
          Object.entries(languageAlternates(slug)).map(([language, path]) => [
            language,
            absolute(path),
          ]),
        ),
      },
    })),
  );
}
