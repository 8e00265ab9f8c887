import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/errors';
import { buildFigureGroups, parseFigureModule, parseFigures } from '@/lib/figures/registry';

const validFigure = {
  id: 'high-tech-enterprises',
  unit: 'enterprise',
  label: { zh: '高新技术企业总数', en: 'High-tech enterprises' },
  definition: {
    zh: '园区高新技术企业的数量。',
    en: 'The number of high-tech enterprises in the Park.',
  },
  observations: [
    {
      value: 71,
      period: { year: 2023, basis: 'as-of' },
      source: {
        publisher: { zh: '生物园区', en: 'the Park' },
        title: { zh: '报道', en: 'Report' },
        date: '2023',
      },
    },
  ],
};

/** The validation message for one broken copy of the valid figure. */
function problemWith(change: (figure: Record<string, unknown>) => void): string {
  const figure: Record<string, unknown> = structuredClone(validFigure);
  change(figure);
  const { figures, problems } = parseFigures('example.ts', [figure]);
  expect(figures).toEqual([]);
  expect(problems.length).toBeGreaterThan(0);
  return problems.map(formatProblem).join('\n');
}

const firstObservation = (figure: Record<string, unknown>) =>
  (figure.observations as Record<string, unknown>[])[0]!;

describe('figure schema', () => {
  it('accepts a valid figure and fills in the exact qualifier', () => {
    const {
      figures: [figure],
      problems,
    } = parseFigures('example.ts', [validFigure]);
    expect(problems).toEqual([]);
    expect(figure!.observations[0]!.qualifier).toBe('exact');
  });

  it('accepts a range and the more-than qualifier', () => {
    const {
      figures: [figure],
    } = parseFigures('example.ts', [
      {
        ...validFigure,
        unit: 'metre',
        observations: [
          {
            ...validFigure.observations[0],
            value: { from: 2240, to: 2350 },
            qualifier: 'more-than',
          },
        ],
      },
    ]);
    expect(figure!.observations[0]!.value).toEqual({ from: 2240, to: 2350 });
  });

  it('names the file and the figure in every message', () => {
    expect(problemWith((figure) => delete figure.label)).toMatch(
      /^content\/figures\/example\.ts  数据“high-tech-enterprises”：.*\n    figure "high-tech-enterprises": /,
    );
  });

  it('names a missing field', () => {
    expect(problemWith((figure) => delete figure.definition)).toMatch(/definition: /);
  });

  it('names a missing translation', () => {
    expect(problemWith((figure) => (figure.label = { zh: '高新技术企业总数' }))).toMatch(
      /label\.en: /,
    );
  });

  it('names a field of the wrong type', () => {
    expect(problemWith((figure) => (firstObservation(figure).value = '71'))).toMatch(
      /observations\.0\.value: value must be a number/,
    );
  });

  it('names an unknown key', () => {
    expect(problemWith((figure) => (figure.lable = figure.label))).toMatch(/unknown field "lable"/);
  });

  it('names an unknown unit', () => {
    expect(problemWith((figure) => (figure.unit = 'furlong'))).toMatch(/unit: /);
  });

  it('names a range that runs backwards', () => {
    expect(
      problemWith((figure) => (firstObservation(figure).value = { from: 2350, to: 2240 })),
    ).toMatch(/observations\.0\.value\.to: the range must run from a smaller to a larger number/);
  });

  it('names an unknown qualifier', () => {
    expect(problemWith((figure) => (firstObservation(figure).qualifier = 'roughly'))).toMatch(
      /observations\.0\.qualifier: /,
    );
  });

  it('names a malformed source date', () => {
    expect(
      problemWith((figure) => {
        (firstObservation(figure).source as Record<string, unknown>).date = '23/6/2023';
      }),
    ).toMatch(/observations\.0\.source\.date: date must be written 2023, 2023-06 or 2023-06-30/);
  });

  it('names an id that is not kebab-case', () => {
    expect(problemWith((figure) => (figure.id = 'High Tech'))).toMatch(/id: id must be kebab-case/);
  });

  it('refuses a figure without observations', () => {
    expect(problemWith((figure) => (figure.observations = []))).toMatch(
      /observations: a figure needs at least one observation/,
    );
  });

  it('refuses a module without a theme title in both languages', () => {
    const { problems } = parseFigureModule('a.ts', { title: { zh: '创新' }, figures: [] });
    expect(problems.map(formatProblem).join('\n')).toMatch(
      /^content\/figures\/a\.ts  title\.en：.*\n    title\.en: /,
    );
  });

  it('refuses an id used twice, naming both files', () => {
    const group = { title: { zh: '创新', en: 'Innovation' }, figures: [validFigure] };
    expect(() => buildFigureGroups({ 'a.ts': group, 'b.ts': group })).toThrow(
      /content\/figures\/b\.ts .*\n.*figure id "high-tech-enterprises" is already used in content\/figures\/a\.ts/,
    );
  });
});
