import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/lib/i18n/current';
import { loadPage } from '@/lib/content/pages';
import { menuLinks, pageHref } from '@/lib/navigation';

/**
 * An entry point to each section, with the title and description its own page gives. A navigation
 * landmark carries the name, where screen readers announce it (on a plain list many do not).
 */
export async function SectionLinks() {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'SectionLinks' });
  const sections = menuLinks()
    .map((link) => link.page)
    .filter((slug) => slug !== 'index');
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
                <span className="block text-lg font-semibold text-park-700 group-hover:underline">
                  {title}
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
