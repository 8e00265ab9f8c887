import type messages from '../../content/messages/en.json';
import type { routing } from './routing';

// next-intl's types learn the site's locales and message keys: a key that en.json lacks is a
// type error where it is used (the content checker keeps zh.json's keys equal to en.json's).
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
