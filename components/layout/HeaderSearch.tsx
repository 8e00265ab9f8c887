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
      className="flex min-w-0 flex-1 basis-40 simple:hidden sm:flex-none print:hidden"
      data-testid="header-search"
    >
      <input
        type="search"
        name="q"
        aria-label={label}
        placeholder={label}
        className="min-h-10 w-full min-w-0 rounded-l-md border border-r-0 border-white/60 bg-white/10 px-3 text-base text-white placeholder:text-white/75 sm:w-44 sm:text-sm"
      />
      <button
        type="submit"
        className="inline-flex min-h-10 w-10 items-center justify-center rounded-r-md border border-white/60 bg-white/10 text-white hover:bg-white/20"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" strokeLinecap="round" />
        </svg>
        <span className="sr-only">{label}</span>
      </button>
    </form>
  );
}
