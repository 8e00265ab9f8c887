'use client';

import { useClientValue } from './useClientValue';
import { useEffect, useState } from 'react';

interface Result {
  url: string;
  title: string;
  excerpt: string;
}

interface Pagefind {
  search: (query: string) => Promise<{
    results: { data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[];
  }>;
}

const queryInAddress = () => new URLSearchParams(window.location.search).get('q') ?? '';

/**
 * The search page's form and results, from the Pagefind index that the build writes to
 * /pagefind/. Pagefind picks the index of the page's <html lang>, so results stay in the
 * page's language. Without JavaScript the form is still there and the page says what to do.
 */
export function SiteSearch({
  label,
  button,
  noResults,
  needsJavaScript,
  resultsLabel,
}: {
  label: string;
  button: string;
  noResults: string;
  needsJavaScript: string;
  resultsLabel: string;
}) {
  const query = useClientValue(queryInAddress, '');
  const isInteractive = useClientValue(() => true, false);
  const [results, setResults] = useState<{ query: string; items: Result[] }>();

  useEffect(() => {
    if (!query) return;
    let cancelled = false;
    (async () => {
      // The index is a static file of the built site, not a module of the bundle.
      const pagefind = (await import(
        /* webpackIgnore: true */ '/pagefind/pagefind.js' as string
      )) as Pagefind;
      const found = await pagefind.search(query);
      const items = await Promise.all(
        found.results.slice(0, 20).map(async (result) => {
          const data = await result.data();
          return { url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt };
        }),
      );
      if (!cancelled) setResults({ query, items });
    })();
    return () => {
      cancelled = true;
    };
  }, [query]);

  return (
    <div className="not-prose my-6 space-y-6" data-pagefind-ignore="all">
      <form role="search" method="get" className="flex flex-wrap gap-2">
        <label htmlFor="search-query" className="sr-only">
          {label}
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          defaultValue={query}
          key={query}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-stone-400 px-3 text-base"
        />
        <button
          type="submit"
          className="min-h-11 rounded-md bg-park-700 px-5 font-semibold text-white hover:bg-park-800"
        >
          {button}
        </button>
      </form>
      {!isInteractive && <p className="text-stone-700">{needsJavaScript}</p>}
      {results && (
        <section aria-label={resultsLabel} aria-live="polite">
          {results.items.length === 0 ? (
            <p>{noResults}</p>
          ) : (
            <ol className="space-y-4" data-testid="search-results">
              {results.items.map((item) => (
                <li key={item.url}>
                  <a href={item.url} className="text-lg font-semibold text-park-700 underline">
                    {item.title}
                  </a>
                  {/* Pagefind's excerpt is text of this site's own pages, with <mark> around the matches. */}
                  <p
                    className="mt-1 text-sm text-stone-700"
                    dangerouslySetInnerHTML={{ __html: item.excerpt }}
                  />
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </div>
  );
}
