import { z } from 'zod';
import { bilingual } from '../content/errors';
import { localizedText, optionalLocalizedText } from '../localized';
import { unitIds } from './units';

const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A range such as an altitude band, "2,240–2,350 m". */
export const figureRange = z
  .strictObject({
    /** The lower bound. */
    from: z.number(),
    /** The upper bound; greater than `from`. */
    to: z.number(),
  })
  .refine((range) => range.from < range.to, {
    message: bilingual(
      '范围必须从小到大（from 小于 to）',
      'the range must run from a smaller to a larger number (from < to)',
    ),
    path: ['to'],
  });

/** A figure's value: one number, or a range. */
export const figureValue = z.union([z.number().finite(), figureRange], {
  error: bilingual(
    '数值必须是数字（如 71）或范围（如 { from: 2240, to: 2350 }）',
    'value must be a number (71) or a range ({ from: 2240, to: 2350 })',
  ),
});

/**
 * How the value is to be read. Chinese "40余名" is 40 with `more-than`;
 * "近30年" is 30 with `nearly`.
 */
export const qualifier = z.enum(['exact', 'more-than', 'at-least', 'about', 'nearly']);

/** A year, e.g. 2023. */
const year = z.int().min(1949).max(2100);

/** The time a measured or counted value refers to. */
const measuredPeriod = z.strictObject({
  /** The year, e.g. 2023. */
  year,
  /**
   * `as-of`: a stock counted at a point in that year ("截至2023年", "as of 2023");
   * `during`: a flow over that calendar year ("2022年", "in 2022").
   */
  basis: z.enum(['as-of', 'during']),
});

/**
 * A value someone proposed (such as an ideal altitude band), not measured: it is not dated as a
 * count would be, but shown as "proposed by … (reported 2023)".
 */
const proposalPeriod = z.strictObject({
  /** The year the source reported the proposal (the source does not say when it was made). */
  year,
  /** `proposed`: a value put forward by someone, as the source reports it. */
  basis: z.literal('proposed'),
  /** Who proposed it, as the source names them, e.g. 吴天一院士 / Wu Tianyi. */
  by: localizedText,
});

/** The time a value refers to, or, for a proposal, who proposed it and when it was reported. */
export const referencePeriod = z.discriminatedUnion('basis', [measuredPeriod, proposalPeriod], {
  error: bilingual(
    'period 的 basis 必须是 as-of、during 或 proposed（proposed 还要写 by：提出者）',
    'period.basis must be as-of, during or proposed (a proposal also needs by: who proposed it)',
  ),
});

/** Text in both languages, or '' in both while unknown (a newspaper the article does not name). */
const localizedTextOrUnknown = optionalLocalizedText.refine(
  (text) => (text.zh === '') === (text.en === ''),
  {
    message: bilingual(
      "中文和英文要么都填写，要么都留空（''）",
      "fill in both the Chinese and the English, or leave both empty ('')",
    ),
  },
);

/**
 * Where a value was first published: the original source, which citations name first. What the
 * source does not say of itself (the newspaper, a web address) is left empty and shown as not
 * known, never guessed.
 */
export const figureSource = z.strictObject({
  /** What the source is: `press-article`, an article in a newspaper. */
  type: z.enum(['press-article']),
  /** The article's title, as printed; in English, its translation. */
  title: localizedText,
  /** The article's author: the reporter it names, e.g. 张国静 / Zhang Guojing. */
  author: localizedText,
  /** The newspaper that published the article; '' in both languages while unknown. */
  publisher: localizedTextOrUnknown,
  /** Publication date, as precise as known: "2023", "2023-06" or "2023-06-30". */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be written 2023, 2023-06 or 2023-06-30'),
  /** The web address of the article; '' while unknown. */
  url: z.union([z.literal(''), z.url()]),
});

/** One value of a figure for one reference period. */
export const observation = z.strictObject({
  /** The number or range. */
  value: figureValue,
  /** How the number is to be read; `exact` unless the source says otherwise. */
  qualifier: qualifier.default('exact'),
  /** The time the value refers to. */
  period: referencePeriod,
  /** The original source of this value. */
  source: figureSource,
});

/** A figure: one quantity, under a stable id, with one or more observations over time. */
export const figure = z.strictObject({
  /** Stable kebab-case id, used in MDX, anchors and downloads. Never renamed or reused. */
  id: z
    .string()
    .regex(
      kebabCase,
      bilingual(
        '编号只能用小写英文字母、数字和连字符，如 high-tech-enterprises',
        'id must be kebab-case: lower-case letters, digits and hyphens',
      ),
    ),
  /** The unit of every observation. */
  unit: z.enum(unitIds),
  /** A short name, e.g. 高新技术企业总数 / Number of high-tech enterprises. */
  label: localizedText,
  /** What exactly is counted or measured, in a sentence. */
  definition: localizedText,
  /** The values over time; the newest period is shown by default. */
  observations: z
    .array(observation)
    .min(
      1,
      bilingual(
        '每项数据至少要有一个数值（observation）',
        'a figure needs at least one observation',
      ),
    ),
});

export type FigureRange = z.infer<typeof figureRange>;
export type FigureValue = z.infer<typeof figureValue>;
export type Qualifier = z.infer<typeof qualifier>;
export type ReferencePeriod = z.infer<typeof referencePeriod>;
export type PeriodBasis = ReferencePeriod['basis'];
export type FigureSource = z.infer<typeof figureSource>;
export type Observation = z.infer<typeof observation>;
export type Figure = z.infer<typeof figure>;
/** What a figure module is written as: the qualifier may be left out. */
export type FigureInput = z.input<typeof figure>;
