import { routing } from './routing';

/**
 * The script of the root page: the first language in navigator.languages that the site has
 * wins; any other browser gets the default locale (Chinese). Kept tiny and inline so the
 * redirect happens before anything else loads.
 */
export function localeRedirectScript(): string {
  const locales = JSON.stringify(routing.locales);
  return `(function(){var s=${locales},l=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||""];for(var i=0;i<l.length;i++){var t=String(l[i]).toLowerCase().split("-")[0];if(s.indexOf(t)>=0){location.replace("/"+t+"/");return}}location.replace("/${routing.defaultLocale}/")})()`;
}
