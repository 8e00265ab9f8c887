import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/lib/i18n/current';
import { loadPage, slugOfRole } from '@/lib/content/pages';
import { menuLinks, pageHref } from '@/lib/navigation';

/** The sections drawn in public/icons/, by page (file name in content/zh/). */
const sectionIcons = new Set([
  'invest',
  'development-plan',
  'golden-altitude',
  'innovation',
  'digital-economy',
  'statistics',
  'about',
  'news',
]);

/**
 * An entry point to each section of the menu and to the news, with the title and description its
 * own page gives and the section's icon. A navigation landmark carries the name, where screen
 * readers announce it (on a plain list many do not).
 */
export async function SectionLinks() {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'SectionLinks' });
  const newsSlug = slugOfRole(locale, 'news');
  const sections = [
    ...menuLinks()
      .map((link) => link.page)
      .filter((slug) => slug !== 'index'),
    ...(newsSlug ? [newsSlug] : []),
  ];
  return (
    <nav aria-label={t('label')} className="not-prose my-6">
      <ul className="grid gap-3 sm:grid-cols-2">
        {sections.map((slug) => {
          const { title, description } = loadPage(locale, slug).frontmatter;
          return (
            <li key={slug}>
              <a
                href={pageHref(locale, slug)}
                className="group block h-full rounded-lg border border-stone-200 p-4 hover:border-park-600 hover:bg-park-50"
              >
                <span className="flex items-center gap-3">
                  {sectionIcons.has(slug) && (
                    // A same-origin SVG file, cached once for every page; decoration, so alt="". Each SVG
                    // image is a small document of its own: loaded when scrolled near, not at load.
                    // eslint-disable-next-line @next/next/no-img-element
                    <img
                      src={`/icons/${slug}.svg`}
                      alt=""
                      width={32}
                      height={32}
                      loading="lazy"
                      decoding="async"
                    />
                  )}
                  <span className="text-lg font-semibold text-park-700 group-hover:underline">
                    {title}
                  </span>
                </span>
                <span className="mt-1 block text-sm leading-relaxed text-stone-700">
                  {description}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
