import type { LocalizedText } from '../localized';
import type { FigureInput } from './schema';

/** One module of content/figures/: a theme (its heading on the Statistics page) and its figures. */
export interface FigureGroupInput {
  /** The theme's heading, e.g. 创新高地 / Innovation. */
  title: LocalizedText;
  /** The figures of the theme, in the order they are shown. */
  figures: FigureInput[];
}

/**
 * Used by each module in content/figures/ so that the editor checks the shape as it is typed.
 * The registry validates the values again with zod when the site is built.
 */
export function defineFigureGroup(group: FigureGroupInput): FigureGroupInput {
  return group;
}
