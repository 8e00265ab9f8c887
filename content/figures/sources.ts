/**
 * 数据来源 · Sources of the figures
 *
 * 每个数字都注明出处。原始来源写在这里一次，各数据文件引用它。
 * Every figure names its original source. A source is written here once and cited by the figure files.
 */
import type { FigureInput } from '@/lib/figures/schema';

type Source = FigureInput['observations'][number]['source'];

/** 2023年报刊对生物园区的报道（记者 张国静）。 The 2023 press report on the park. */
export const parkPressReport2023: Source = {
  publisher: {
    zh: '西宁经济技术开发区生物科技产业园区',
    en: 'Biotechnology Industrial Park of the Xining ETDZ',
  },
  title: {
    zh: '生物园区：奋力打造生态文明高地上的新型现代化科创园区',
    en: 'The Biotechnology Industrial Park: striving to build a new, modern science-and-innovation park on the highland of ecological civilization',
  },
  date: '2023',
  note: {
    zh: '园区提供的数据，见2023年报刊报道（记者 张国静）',
    en: 'figures given by the Park, as reported in a 2023 press article by reporter Zhang Guojing',
  },
};
