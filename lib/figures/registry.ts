import { loadContent } from '../content/load';
import type { FigureGroup } from '../content/read-figures';
import type { Figure, Observation } from './schema';

export type { FigureGroup };

/** The themes of figures (the modules of content/figures/), in the order of their file names. */
export function figureGroups(): FigureGroup[] {
  return loadContent().figures.groups;
}

const figuresById = new WeakMap<FigureGroup[], Map<string, Figure>>();

/** All figures of the site by id (made once per read of content/). */
export function allFigures(): Map<string, Figure> {
  const groups = figureGroups();
  let byId = figuresById.get(groups);
  if (!byId) {
    byId = new Map(groups.flatMap((group) => group.figures.map((figure) => [figure.id, figure])));
    figuresById.set(groups, byId);
  }
  return byId;
}

export function findFigure(id: string): Figure | undefined {
  return allFigures().get(id);
}

/** The observation shown by default: the one with the latest reference period. */
export function latestObservation(figure: Figure): Observation {
  return figure.observations.reduce((latest, candidate) =>
    candidate.period.year > latest.period.year ? candidate : latest,
  );
}
