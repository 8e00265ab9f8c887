import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { figure as figureSchema, type Figure } from '../figures/schema';
import { localizedText, type LocalizedText } from '../localized';
import { readContentModule } from './content-module';
import { describeIssue, type Problem } from './errors';
import { positionOfPath } from './source-position';

/** A theme of figures: one module of content/figures/, as validated. */
export interface FigureGroup {
  /** The module's file name without `.ts`, used as the theme's anchor. */
  id: string;
  /** Path from the project root, e.g. content/figures/talent.ts. */
  file: string;
  title: LocalizedText;
  figures: Figure[];
}

export interface FigureModules {
  /** The valid themes and figures, in the order of their file names. */
  groups: FigureGroup[];
  /** The source text of each module read, by file (content/figures/…), for positions. */
  texts: Map<string, string>;
  problems: Problem[];
  /**
   * Every figure id written in the modules, valid or not, so a page citing a figure with a
   * mistake is not reported too; undefined when a module could not be read at all.
   */
  ids: Set<string> | undefined;
}

/**
 * Reads every module of content/figures/. A module is found by being there: a file with a
 * default export is a theme, a file other modules import (such as sources.ts) is shared.
 */
export function readFigureModules(root: string): FigureModules {
  const folder = path.join(root, 'content', 'figures');
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .sort();
  const read = names.map((name) => ({
    name,
    file: `content/figures/${name}`,
    result: readContentModule(root, `content/figures/${name}`),
  }));
  const shared = new Set(read.flatMap(({ result }) => (result.ok ? result.imports : [])));
  const groups: FigureGroup[] = [];
  const problems: Problem[] = [];
  let ids: Set<string> | undefined = new Set<string>();
  const fileOfId = new Map<string, string>();
  const texts = new Map<string, string>();

  for (const { name, file, result } of read) {
    if (!result.ok) {
      problems.push({
        file,
        line: result.line,
        column: result.column,
        kind: 'figures',
        ...result.reason,
      });
      ids = undefined;
      continue;
    }
    if (result.value === undefined) {
      if (!shared.has(path.join(folder, name))) {
        problems.push({
          file,
          line: 1,
          kind: 'figures',
          zh: '数据文件必须有  export default defineFigureGroup({ … })  ，否则其中的数据不会显示',
          en: 'a figure file must have  export default defineFigureGroup({ … })  or its figures are not shown',
        });
        ids = undefined;
      }
      continue;
    }
    const text = readFileSync(path.join(folder, name), 'utf8');
    texts.set(file, text);
    const at = (issuePath: readonly PropertyKey[]) => positionOfPath(text, issuePath);
    const {
      group,
      writtenIds,
      problems: moduleProblems,
    } = validateFigureModule(file, result.value, text);
    problems.push(...moduleProblems);
    for (const id of writtenIds) ids?.add(id);
    for (const figure of group.figures) {
      const earlier = fileOfId.get(figure.id);
      if (earlier) {
        const index = group.figures.indexOf(figure);
        problems.push({
          file,
          ...at(['figures', index, 'id']),
          kind: 'figures',
          zh: `数据编号“${figure.id}”已在 ${earlier} 中使用：编号不能重复`,
          en: `figure id "${figure.id}" is already used in ${earlier}: ids must be unique`,
        });
      }
      fileOfId.set(figure.id, file);
    }
    groups.push(group);
  }
  return { groups, texts, problems, ids };
}

/**
 * Validates one module's default export: its theme title, then each of its figures. `text`, the
 * module's source, gives each problem its line.
 */
export function validateFigureModule(
  file: string,
  module: unknown,
  text: string,
): { group: FigureGroup; writtenIds: string[]; problems: Problem[] } {
  const { title, figures } = (module ?? {}) as { title?: unknown; figures?: unknown };
  const problems: Problem[] = [];
  const report = (issuePath: readonly PropertyKey[], words: { zh: string; en: string }) =>
    problems.push({ file, ...positionOfPath(text, issuePath), kind: 'figures', ...words });

  const parsedTitle = localizedText.safeParse(title, { reportInput: true });
  if (!parsedTitle.success) {
    for (const issue of parsedTitle.error.issues) {
      const text = describeIssue(issue);
      report(['title', ...issue.path], { zh: `title.${text.zh}`, en: `title.${text.en}` });
    }
  }
  if (!Array.isArray(figures)) {
    report(['figures'], {
      zh: '模块必须用  figures: [ … ]  列出数据',
      en: 'figures: the module must list its figures as  figures: [ … ]',
    });
  }
  const entries: unknown[] = Array.isArray(figures) ? figures : [];
  const valid: Figure[] = [];
  const writtenIds: string[] = [];
  entries.forEach((entry, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id === 'string') writtenIds.push(id);
    const result = figureSchema.safeParse(entry, { reportInput: true });
    if (result.success) {
      valid.push(result.data);
      return;
    }
    const which =
      typeof id === 'string'
        ? { zh: `数据“${id}”`, en: `figure "${id}"` }
        : { zh: `第 ${index + 1} 项数据`, en: `figure number ${index + 1}` };
    for (const issue of result.error.issues) {
      const text = describeIssue(issue);
      const extra = issue.code === 'unrecognized_keys' ? [issue.keys[0]!] : [];
      report(['figures', index, ...issue.path, ...extra], {
        zh: `${which.zh}：${text.zh}`,
        en: `${which.en}: ${text.en}`,
      });
    }
  });
  const name = path.basename(file);
  const group = {
    id: name.replace(/\.ts$/, ''),
    file,
    title: parsedTitle.success ? parsedTitle.data : { zh: name, en: name },
    figures: valid,
  };
  return { group, writtenIds, problems };
}
