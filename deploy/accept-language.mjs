// The language of the site's root address `/`, chosen from Accept-Language as RFC 9110 §12.5.4
// says. One plain JavaScript file for three readers: nginx runs it (njs, `js_import` and `js_set`
// in park-http.conf), the tests import it in Node, and the root page's script bundles it
// (lib/browser/locale-chooser.ts), so the server and the browser choose alike.
// Written for njs 0.7 (Debian 12's libnginx-mod-http-js): no destructuring, spread or default
// parameters, and one default export.

/** `*` or a language tag: letters, then subtags of letters and digits (RFC 4647 §2.1). */
const rangeSyntax = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/;
/** A weight: `q=` and a value from 0 to 1 with at most three decimals (RFC 9110 §12.4.2). */
const weightSyntax = /^q=(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * The language ranges of an Accept-Language value, in the order the header lists them, each with
 * its weight `q` (1 when none is given). An item that is not a range, or has anything but one
 * valid weight after it, is left out.
 */
function parseAcceptLanguage(header) {
  const ranges = [];
  const items = String(header || '').split(',');
  for (let i = 0; i < items.length; i += 1) {
    const parts = items[i].split(';');
    const range = parts[0].trim().toLowerCase();
    if (!rangeSyntax.test(range) || parts.length > 2) continue;
    const weight = parts.length === 2 ? parts[1].trim().toLowerCase() : 'q=1';
    if (weightSyntax.test(weight)) ranges.push({ range: range, q: Number(weight.slice(2)) });
  }
  return ranges;
}

/**
 * The locale for `ranges` (as parseAcceptLanguage gives them) among `locales`, whose first is the
 * default. A range names a locale if it is the locale or a tag of it (`zh`, `zh-CN`,
 * `zh-Hans-CN`, `zh-TW` name `zh`; `eng` names no `en`); a locale's weight is the highest of the
 * ranges that name it, else that of `*`, and weight 0 means "not this one". The locale of the
 * highest weight wins; of equal weights, the one its range lists first. When no locale is
 * acceptable, the default.
 */
function chooseLocale(ranges, locales) {
  let best = locales[0];
  let bestQ = 0;
  let bestAt = ranges.length;
  for (let l = 0; l < locales.length; l += 1) {
    const locale = locales[l];
    let q = -1;
    let at = ranges.length;
    let wildcardQ = -1;
    let wildcardAt = ranges.length;
    for (let i = 0; i < ranges.length; i += 1) {
      const range = ranges[i].range;
      if (range === locale || range.indexOf(locale + '-') === 0) {
        if (ranges[i].q > q) {
          q = ranges[i].q;
          at = i;
        }
      } else if (range === '*' && wildcardQ < 0) {
        wildcardQ = ranges[i].q;
        wildcardAt = i;
      }
    }
    if (q < 0) {
      q = wildcardQ;
      at = wildcardAt;
    }
    if (q > bestQ || (q > 0 && q === bestQ && at < bestAt)) {
      best = locale;
      bestQ = q;
      bestAt = at;
    }
  }
  return best;
}

/** The site's locales, the default first (lib/i18n/routing.ts; a unit test compares them). */
const siteLocales = ['zh', 'en'];

/** For nginx (`js_set $park_preferred_locale`): the locale of the request's Accept-Language. */
function preferredLocale(request) {
  return chooseLocale(parseAcceptLanguage(request.headersIn['Accept-Language']), siteLocales);
}

const acceptLanguage = {
  parseAcceptLanguage: parseAcceptLanguage,
  chooseLocale: chooseLocale,
  siteLocales: siteLocales,
  preferredLocale: preferredLocale,
};
export default acceptLanguage;
