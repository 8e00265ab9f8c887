import type { FigureInput } from './schema';

/**
 * Used by each module in content/figures/ so that the editor checks the shape as it is typed.
 * The registry validates the values again with zod when the site is built.
 */
export function defineFigures(figures: FigureInput[]): FigureInput[] {
  return figures;
}
