import { formatSourceDate } from '@/lib/figures/format';
import { currentLocale } from '@/lib/i18n/current';
import { pageHref } from '@/lib/navigation';
import { newsItems } from '@/lib/news';

/** The news of the page's language, newest first, each dated as precisely as it is known. */
export async function NewsList() {
  const locale = await currentLocale();
  return (
    <ol className="not-prose my-6 space-y-4" data-testid="news-list">
      {newsItems(locale).map((item) => (
        <li key={item.slug} className="rounded-lg border border-stone-200 p-4">
          <time dateTime={item.date} className="text-sm text-stone-600">
            {formatSourceDate(item.date, locale)}
          </time>
          <a
            href={pageHref(locale, item.slug)}
            className="mt-1 block text-lg font-semibold text-park-700 underline"
          >
            {item.frontmatter.title}
          </a>
          <p className="mt-1 text-sm text-stone-700">{item.frontmatter.description}</p>
        </li>
      ))}
    </ol>
  );
}
