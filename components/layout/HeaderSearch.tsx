/**
 * The header's search box: a plain GET form to the search page, drawn on the server, so it is the
 * same with and without JavaScript (no layout shift when the page hydrates) and costs no client
 * code. The search page runs the query from `?q=`, or says that search needs JavaScript.
 */
export function HeaderSearch({ href, label }: { href: string; label: string }) {
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
