import type { Locale } from '../i18n/routing';
import { formatFigureValue, formatPeriod, formatSource } from './format';
import { figurePermalink } from './permalink';
import { findFigure, latestObservation } from './registry';
import type { Figure, Observation } from './schema';

/** What every figure display needs: the figure, its newest value formatted, and where it lives. */
export interface PresentedFigure {
  figure: Figure;
  observation: Observation;
  label: string;
  value: string;
  period: string;
  /** The original source in one line, as citations write it. */
  source: string;
  /** The figure's entry on the statistics page. */
  permalink: string;
}

export function presentFigure(id: string, locale: Locale): PresentedFigure {
  const figure = findFigure(id);
  // The page loader has already named the file of an unknown id; this guards other callers.
  if (!figure) throw new Error(`Unknown figure id "${id}": no figure in content/figures/ has it.`);
  const observation = latestObservation(figure);
  return {
    figure,
    observation,
    label: figure.label[locale],
    value: formatFigureValue(figure, observation, locale),
    period: formatPeriod(observation.period, locale),
    source: formatSource(observation.source, locale),
    permalink: figurePermalink(id, locale, 'relative'),
  };
}
