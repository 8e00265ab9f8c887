import goldenAltitude from '@/content/figures/golden-altitude';
import innovation from '@/content/figures/innovation';
import talent from '@/content/figures/talent';
import { ContentError, describeIssues } from '../content/errors';
import { localizedText, type LocalizedText } from '../localized';
import { figure as figureSchema, type Figure, type Observation } from './schema';

/**
 * Every figure module in content/figures/, by file name, in the order of the Statistics page.
 * A test checks that no file in that folder is missing here, so none is silently left out.
 */
export const figureModules: Record<string, unknown> = {
  'golden-altitude.ts': goldenAltitude,
  'innovation.ts': innovation,
  'talent.ts': talent,
};

/** A theme of figures, as validated. */
export interface FigureGroup {
  /** The module's name without `.ts`, used as the theme's anchor. */
  id: string;
  title: LocalizedText;
  figures: Figure[];
}

/** Validates a list of figures; throws a ContentError naming the file and the figure. */
export function parseFigures(fileName: string, entries: unknown[]): Figure[] {
  const file = `content/figures/${fileName}`;
  return entries.map((entry, index) => {
    const result = figureSchema.safeParse(entry);
    if (result.success) return result.data;
    const id = (entry as { id?: unknown } | null)?.id;
    const which = typeof id === 'string' ? `figure "${id}"` : `figure number ${index + 1}`;
    throw new ContentError({ file }, `${which}: ${describeIssues(result.error.issues).join('; ')}`);
  });
}

/** Validates one module: its theme title, then each of its figures. */
export function parseFigureModule(fileName: string, module: unknown): FigureGroup {
  const { title, figures } = (module ?? {}) as { title?: unknown; figures?: unknown };
  const parsedTitle = localizedText.safeParse(title);
  if (!parsedTitle.success) {
    const problems = describeIssues(parsedTitle.error.issues).map((problem) => `title.${problem}`);
    throw new ContentError({ file: `content/figures/${fileName}` }, problems.join('; '));
  }
  if (!Array.isArray(figures)) {
    throw new ContentError(
      { file: `content/figures/${fileName}` },
      'figures: the module must list its figures as  figures: [ … ]',
    );
  }
  return {
    id: fileName.replace(/\.ts$/, ''),
    title: parsedTitle.data,
    figures: parseFigures(fileName, figures),
  };
}

/** Validates all modules and checks that no id is used twice. */
export function buildFigureGroups(modules: Record<string, unknown>): FigureGroup[] {
  const fileOf = new Map<string, string>();
  return Object.entries(modules).map(([fileName, module]) => {
    const group = parseFigureModule(fileName, module);
    for (const figure of group.figures) {
      const earlier = fileOf.get(figure.id);
      if (earlier) {
        throw new ContentError(
          { file: `content/figures/${fileName}` },
          `figure id "${figure.id}" is already used in content/figures/${earlier}: ids must be unique`,
        );
      }
      fileOf.set(figure.id, fileName);
    }
    return group;
  });
}

let groups: FigureGroup[] | undefined;
let index: Map<string, Figure> | undefined;

/** The themes of figures, validated once per process. */
export function figureGroups(): FigureGroup[] {
  groups ??= buildFigureGroups(figureModules);
  return groups;
}

/** All figures of the site by id. */
export function allFigures(): Map<string, Figure> {
  index ??= new Map(
    figureGroups().flatMap((group) => group.figures.map((figure) => [figure.id, figure])),
  );
  return index;
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
