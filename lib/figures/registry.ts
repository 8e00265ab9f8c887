import goldenAltitude from '@/content/figures/golden-altitude';
import { ContentError, describeIssues } from '../content/errors';
import { figure as figureSchema, type Figure, type Observation } from './schema';

/**
 * Every figure module in content/figures/, by file name. A test checks that no file in that
 * folder is missing here, so a new module cannot be silently left out.
 */
export const figureModules: Record<string, unknown[]> = {
  'golden-altitude.ts': goldenAltitude,
};

/** Validates the figures of one module; throws a ContentError naming the file and the figure. */
export function parseFigureModule(fileName: string, entries: unknown[]): Figure[] {
  const file = `content/figures/${fileName}`;
  return entries.map((entry, index) => {
    const result = figureSchema.safeParse(entry);
    if (result.success) return result.data;
    const id = (entry as { id?: unknown } | null)?.id;
    const which = typeof id === 'string' ? `figure "${id}"` : `figure number ${index + 1}`;
    throw new ContentError({ file }, `${which}: ${describeIssues(result.error.issues).join('; ')}`);
  });
}

/** Validates all modules and checks that no id is used twice. */
export function buildFigureIndex(modules: Record<string, unknown[]>): Map<string, Figure> {
  const index = new Map<string, Figure>();
  const fileOf = new Map<string, string>();
  for (const [fileName, entries] of Object.entries(modules)) {
    for (const figure of parseFigureModule(fileName, entries)) {
      const earlier = fileOf.get(figure.id);
      if (earlier) {
        throw new ContentError(
          { file: `content/figures/${fileName}` },
          `figure id "${figure.id}" is already used in content/figures/${earlier}: ids must be unique`,
        );
      }
      index.set(figure.id, figure);
      fileOf.set(figure.id, fileName);
    }
  }
  return index;
}

let cached: Map<string, Figure> | undefined;

/** All figures of the site, validated once per process. */
export function allFigures(): Map<string, Figure> {
  cached ??= buildFigureIndex(figureModules);
  return cached;
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
