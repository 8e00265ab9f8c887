// The root page's script: sends the browser to the locale of its languages at once (it runs in
// the <head>, before the page is drawn). The page itself links to both for readers without it.
import { chooserLocales } from './hooks';
import { chooseLocale } from './locale-chooser';

const locales = (document.currentScript?.getAttribute(chooserLocales) ?? '').split(' ');
const languages = navigator.languages?.length ? navigator.languages : [navigator.language ?? ''];
location.replace(`/${chooseLocale(languages, locales)}/`);
