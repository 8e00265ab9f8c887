import type { SiteSettings } from '../site';
import { loadContent } from './load';

/** The site settings of content/site.ts, as checked. */
export function site(): SiteSettings {
  // The loader stops on a mistake in the settings, so they are there.
  return loadContent().site!.value;
}
