// Types of deploy/accept-language.mjs, the plain JavaScript nginx (njs) runs.

/** One language range of Accept-Language, lower-cased, with its weight. */
export interface LanguageRange {
  range: string;
  q: number;
}

declare const acceptLanguage: {
  /** The ranges of an Accept-Language value, in header order; malformed items left out. */
  parseAcceptLanguage(header: string | undefined | null): LanguageRange[];
  /** The locale for `ranges` among `locales` (the first is the default), RFC 9110 §12.5.4. */
  chooseLocale(ranges: readonly LanguageRange[], locales: readonly string[]): string;
  /** The site's locales, the default first, as nginx uses them. */
  siteLocales: readonly string[];
  /** For nginx's js_set: the locale of a request's Accept-Language. */
  preferredLocale(request: { headersIn: Record<string, string | undefined> }): string;
};
export default acceptLanguage;
