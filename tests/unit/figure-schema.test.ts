import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/errors';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFigureModules, validateFigureModule } from '@/lib/content/read-figures';

/** Validates figures as one module of content/figures/ would hold them. */
function parseFigures(fileName: string, figures: unknown[]) {
  const { group, problems } = validateFigureModule(
    `content/figures/${fileName}`,
    { title: { zh: '主题', en: 'Theme' }, figures },
    '',
  );
  return { figures: group.figures, problems };
}

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
        type: 'press-article',
        title: { zh: '报道', en: 'Report' },
        author: { zh: '张国静', en: 'Zhang Guojing' },
        publisher: { zh: '', en: '' },
        date: '2023',
        url: '',
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

  it('accepts a proposed value with who proposed it', () => {
    const { figures, problems } = parseFigures('example.ts', [
      {
        ...validFigure,
        observations: [
          {
            ...validFigure.observations[0],
            period: { year: 2023, basis: 'proposed', by: { zh: '吴天一院士', en: 'Wu Tianyi' } },
          },
        ],
      },
    ]);
    expect(problems).toEqual([]);
    expect(figures[0]!.observations[0]!.period).toEqual({
      year: 2023,
      basis: 'proposed',
      by: { zh: '吴天一院士', en: 'Wu Tianyi' },
    });
  });

  it('refuses a proposed value that does not say who proposed it', () => {
    expect(
      problemWith(
        (figure) => (firstObservation(figure).period = { year: 2023, basis: 'proposed' }),
      ),
    ).toMatch(/observations\.0\.period\.by: /);
  });

  it('refuses an unknown period basis', () => {
    expect(
      problemWith((figure) => (firstObservation(figure).period = { year: 2023, basis: 'planned' })),
    ).toMatch(/observations\.0\.period(\.basis)?: /);
  });

  it('accepts a newspaper left empty in both languages, and refuses one given in one only', () => {
    expect(parseFigures('example.ts', [validFigure]).problems).toEqual([]);
    expect(
      problemWith((figure) => {
        (firstObservation(figure).source as Record<string, unknown>).publisher = {
          zh: '某日报',
          en: '',
        };
      }),
    ).toMatch(/observations\.0\.source\.publisher: fill in both the Chinese and the English/);
  });

  it('refuses a source without its author, or with a note in place of facts', () => {
    expect(
      problemWith((figure) => {
        delete (firstObservation(figure).source as Record<string, unknown>).author;
      }),
    ).toMatch(/observations\.0\.source\.author: /);
    expect(
      problemWith((figure) => {
        (firstObservation(figure).source as Record<string, unknown>).note = {
          zh: '园区提供',
          en: 'given by the Park',
        };
      }),
    ).toMatch(/unknown field "note"/);
  });

  it('names an id that is not kebab-case', () => {
    expect(problemWith((figure) => (figure.id = 'High Tech'))).toMatch(
      /figure "High Tech": id must be kebab-case/,
    );
  });

  it('refuses a figure without observations', () => {
    expect(problemWith((figure) => (figure.observations = []))).toMatch(
      /observations: a figure needs at least one observation/,
    );
  });

  it('refuses a module without a theme title in both languages', () => {
    const { problems } = validateFigureModule(
      'content/figures/a.ts',
      { title: { zh: '创新' }, figures: [] },
      '',
    );
    expect(problems.map(formatProblem).join('\n')).toMatch(
      /^content\/figures\/a\.ts  title\.en：.*\n    title\.en: /,
    );
  });

  it('refuses an id used twice, naming both files', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'park-figures-'));
    mkdirSync(path.join(root, 'content/figures'), { recursive: true });
    const group = { title: { zh: '创新', en: 'Innovation' }, figures: [validFigure] };
    const moduleText = `export default ${JSON.stringify(group, null, 2)};\n`;
    for (const name of ['a.ts', 'b.ts'])
      writeFileSync(path.join(root, 'content/figures', name), moduleText);
    const { problems } = readFigureModules(root);
    rmSync(root, { recursive: true, force: true });
    expect(problems.map(formatProblem).join('\n')).toMatch(
      /^content\/figures\/b\.ts:8:\d+ .*\n.*figure id "high-tech-enterprises" is already used in content\/figures\/a\.ts/,
    );
  });
});

describe('figure schema, each rule in both languages', () => {
  const sourceOf = (figure: Record<string, unknown>) =>
    firstObservation(figure).source as Record<string, unknown>;

  it('says a backward range is backward, at its upper end', () => {
    const message = problemWith((figure) => (firstObservation(figure).value = { from: 5, to: 5 }));
    expect(message).toContain('observations.0.value.to：范围必须从小到大（from 小于 to）');
    expect(message).toContain(
      'observations.0.value.to: the range must run from a smaller to a larger number (from < to)',
    );
  });

  it('says what a value may be', () => {
    const message = problemWith((figure) => (firstObservation(figure).value = [71]));
    expect(message).toContain('数值必须是数字（如 71）或范围（如 { from: 2240, to: 2350 }）');
    expect(message).toContain('value must be a number (71) or a range ({ from: 2240, to: 2350 })');
  });

  it('accepts every qualifier the source uses', () => {
    for (const qualifier of ['exact', 'more-than', 'at-least', 'about', 'nearly']) {
      const figure = structuredClone(validFigure) as Record<string, unknown>;
      firstObservation(figure).qualifier = qualifier;
      const { figures, problems } = parseFigures('example.ts', [figure]);
      expect(problems, qualifier).toEqual([]);
      expect(figures[0]!.observations[0]!.qualifier).toBe(qualifier);
    }
  });

  it('says which period bases there are', () => {
    const message = problemWith(
      (figure) => (firstObservation(figure).period = { year: 2023, basis: 'planned' }),
    );
    expect(message).toContain(
      'period 的 basis 必须是 as-of、during 或 proposed（proposed 还要写 by：提出者）',
    );
    expect(message).toContain(
      'period.basis must be as-of, during or proposed (a proposal also needs by: who proposed it)',
    );
  });

  it('asks for a newspaper in both languages or in neither', () => {
    const message = problemWith((figure) => {
      sourceOf(figure).publisher = { zh: '', en: 'Daily' };
    });
    expect(message).toContain(
      "observations.0.source.publisher：中文和英文要么都填写，要么都留空（''）",
    );
  });

  it('takes a date as a year, a month or a day, and nothing else', () => {
    for (const date of ['2023', '2023-06', '2023-06-30']) {
      const figure = structuredClone(validFigure) as Record<string, unknown>;
      sourceOf(figure).date = date;
      expect(parseFigures('example.ts', [figure]).problems, date).toEqual([]);
    }
    for (const date of [
      '2023-6',
      '2023-06-3',
      '2023-ab',
      '2023-06-xy',
      'x2023',
      '2023-06-30x',
      '202',
    ]) {
      expect(
        problemWith((figure) => (sourceOf(figure).date = date)),
        date,
      ).toContain('observations.0.source.date: date must be written 2023, 2023-06 or 2023-06-30');
    }
  });

  it('says in both languages how an id is written, for a bad start, a bad end and a capital', () => {
    for (const id of ['-high-tech', 'high-tech-', 'High-tech', 'high-Tech', 'high_tech']) {
      const message = problemWith((figure) => (figure.id = id));
      expect(message, id).toContain(
        '编号只能用小写英文字母、数字和连字符，如 high-tech-enterprises',
      );
      expect(message, id).toContain(
        'id must be kebab-case: lower-case letters, digits and hyphens',
      );
    }
  });

  it('asks in Chinese too for at least one observation, and takes two', () => {
    expect(problemWith((figure) => (figure.observations = []))).toContain(
      'observations：每项数据至少要有一个数值（observation）',
    );
    const figure = structuredClone(validFigure) as Record<string, unknown>;
    const [first] = figure.observations as Record<string, unknown>[];
    figure.observations = [
      first,
      { ...structuredClone(first!), value: 60, period: { year: 2022, basis: 'as-of' } },
    ];
    const { figures, problems } = parseFigures('example.ts', [figure]);
    expect(problems).toEqual([]);
    expect(figures[0]!.observations.map((observation) => observation.value)).toEqual([71, 60]);
  });
});
