'use client';

import { useClientValue } from './useClientValue';

/**
 * The header's search: a plain link to the search page without JavaScript (where the search
 * itself cannot run), a search box that opens the search page with the query once it can.
 */
export function HeaderSearch({ href, label }: { href: string; label: string }) {
  const isInteractive = useClientValue(() => true, false);
  if (!isInteractive) {
    return (
      <a
        href={href}
        data-testid="search-link"
        className="inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-white underline-offset-4 hover:underline print:hidden"
      >
        {label}
      </a>
    );
  }
  return (
    <form
      role="search"
      action={href}
      method="get"
      className="print:hidden"
      data-testid="header-search"
    >
      <input
        type="search"
        name="q"
        aria-label={label}
        placeholder={label}
        className="min-h-10 w-28 rounded-md border border-white/60 bg-white/10 px-2 text-sm text-white placeholder:text-park-100 sm:w-44"
      />
    </form>
  );
}
