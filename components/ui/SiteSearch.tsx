import { searchEmpty, searchForm, searchResults } from '@/lib/browser/hooks';

/**
 * The search page's form and, once the site's script runs (lib/browser/search-page.ts), the
 * results of the query in the address, from the Pagefind index the build writes to /pagefind/.
 * The results are drawn from the `<template>` below, so their markup stays here. Without
 * JavaScript the form is still there and the page says what to do.
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
  return (
    <div className="not-prose my-6 space-y-6" data-pagefind-ignore="all">
      <form role="search" method="get" className="flex flex-wrap gap-2" {...{ [searchForm]: '' }}>
        <label htmlFor="search-query" className="sr-only">
          {label}
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          className="min-h-11 min-w-0 flex-1 rounded-md border border-stone-400 px-3 text-base"
        />
        <button
          type="submit"
          className="min-h-11 rounded-md bg-action px-5 font-semibold text-white hover:bg-band"
        >
          {button}
        </button>
      </form>
      {/* Shown by the browser only while scripts cannot run: nothing moves when they can. */}
      <noscript>
        <p className="text-stone-700">{needsJavaScript}</p>
      </noscript>
      <div aria-live="polite" {...{ [searchResults]: '' }} />
      <template {...{ [searchResults]: '' }}>
        <section aria-label={resultsLabel}>
          <p {...{ [searchEmpty]: '' }}>{noResults}</p>
          <ol className="space-y-4" data-testid="search-results">
            <li>
              <a href="#search-query" className="text-lg font-semibold text-park-700 underline">
                {resultsLabel}
              </a>
              <p className="mt-1 text-sm text-stone-700" />
            </li>
          </ol>
        </section>
      </template>
    </div>
  );
}
