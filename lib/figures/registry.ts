import goldenAltitude from '@/content/figures/golden-altitude';
import innovation from '@/content/figures/innovation';
import talent from '@/content/figures/talent';
import { ContentError, describeIssue, type Bilingual, type Problem } from '../content/errors';
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

/** The outcome of validating figure modules: what is valid, and every problem found. */
export interface FigureCheck {
  groups: FigureGroup[];
  problems: Problem[];
  /** Every id written in the modules, valid or not, so one bad figure is reported once. */
  ids: Set<string>;
}

/** Validates a list of figures, collecting a problem for each invalid one. */
export function parseFigures(
  fileName: string,
  entries: unknown[],
): { figures: Figure[]; problems: Problem[] } {
  const file = `content/figures/${fileName}`;
  const figures: Figure[] = [];
  const problems: Problem[] = [];
  entries.forEach((entry, index) => {
    const result = figureSchema.safeParse(entry, { reportInput: true });
    if (result.success) {
      figures.push(result.data);
      return;
    }
    const id = (entry as { id?: unknown } | null)?.id;
    const which: Bilingual =
      typeof id === 'string'
        ? { zh: `数据“${id}”`, en: `figure "${id}"` }
        : { zh: `第 ${index + 1} 项数据`, en: `figure number ${index + 1}` };
    for (const issue of result.error.issues) {
      const text = describeIssue(issue);
      problems.push({
        file,
        kind: 'figures',
        zh: `${which.zh}：${text.zh}`,
        en: `${which.en}: ${text.en}`,
      });
    }
  });
  return { figures, problems };
}

/** Validates one module: its theme title, then each of its figures. */
export function parseFigureModule(
  fileName: string,
  module: unknown,
): { group: FigureGroup; problems: Problem[] } {
  const file = `content/figures/${fileName}`;
  const { title, figures } = (module ?? {}) as { title?: unknown; figures?: unknown };
  const problems: Problem[] = [];
  const parsedTitle = localizedText.safeParse(title, { reportInput: true });
  if (!parsedTitle.success) {
    for (const issue of parsedTitle.error.issues) {
      const text = describeIssue(issue);
      problems.push({ file, kind: 'figures', zh: `title.${text.zh}`, en: `title.${text.en}` });
    }
  }
  if (!Array.isArray(figures)) {
    problems.push({
      file,
      kind: 'figures',
      zh: '模块必须用  figures: [ … ]  列出数据',
      en: 'figures: the module must list its figures as  figures: [ … ]',
    });
  }
  const parsed = parseFigures(fileName, Array.isArray(figures) ? figures : []);
  const group = {
    id: fileName.replace(/\.ts$/, ''),
    title: parsedTitle.success ? parsedTitle.data : { zh: fileName, en: fileName },
    figures: parsed.figures,
  };
  return { group, problems: [...problems, ...parsed.problems] };
}

/** Validates all modules and checks that no id is used twice; never throws. */
export function checkFigureModules(modules: Record<string, unknown>): FigureCheck {
  const fileOf = new Map<string, string>();
  const problems: Problem[] = [];
  const groups = Object.entries(modules).map(([fileName, module]) => {
    const { group, problems: moduleProblems } = parseFigureModule(fileName, module);
    problems.push(...moduleProblems);
    for (const figure of group.figures) {
      const earlier = fileOf.get(figure.id);
      if (earlier) {
        problems.push({
          file: `content/figures/${fileName}`,
          kind: 'figures',
          zh: `数据编号“${figure.id}”已在 content/figures/${earlier} 中使用：编号不能重复`,
          en: `figure id "${figure.id}" is already used in content/figures/${earlier}: ids must be unique`,
        });
      }
      fileOf.set(figure.id, fileName);
    }
    return group;
  });
  const ids = new Set<string>();
  for (const figureModule of Object.values(modules)) {
    const { figures } = (figureModule ?? {}) as { figures?: unknown };
    if (!Array.isArray(figures)) continue;
    for (const entry of figures) {
      const id = (entry as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return { groups, problems, ids };
}

/** Validates all modules; throws a ContentError listing every problem. */
export function buildFigureGroups(modules: Record<string, unknown>): FigureGroup[] {
  const { groups, problems } = checkFigureModules(modules);
  if (problems.length > 0) throw new ContentError(problems);
  return groups;
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
