/**
 * The helpers that content/ files wrap their data in. They only give the editor the shape to
 * check as staff type; the content loader (lib/content/load.ts) validates the values with zod.
 * They are the one thing in lib/ that a content file may import.
 */
import type { z } from 'zod';
import type { FigureInput } from '../figures/schema';
import type { LocalizedText } from '../localized';
import type { siteSettings } from '../site';
import type { term } from './terms';

/** One module of content/figures/: a theme (its heading on the Statistics page) and its figures. */
export interface FigureGroupInput {
  /** The theme's heading, e.g. 创新高地 / Innovation. */
  title: LocalizedText;
  /** The figures of the theme, in the order they are shown. */
  figures: FigureInput[];
}

export function defineFigureGroup(group: FigureGroupInput): FigureGroupInput {
  return group;
}

export type SiteSettingsInput = z.input<typeof siteSettings>;

export function defineSite(settings: SiteSettingsInput): SiteSettingsInput {
  return settings;
}

export type TermInput = z.input<typeof term>;

export function defineTerms(terms: TermInput[]): TermInput[] {
  return terms;
}
