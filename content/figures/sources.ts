/**
 * 数据来源 · Sources of the figures
 *
 * 每个数字都注明出处。原始来源写在这里一次，各数据文件引用它。
 * 只填写来源本身写明的信息；不知道的项目留空（''），网站上显示为“未注明”，切勿猜测。
 *
 * Every figure names its original source. A source is written here once and cited by the figure files.
 * Fill in only what the source itself states; leave what is not known empty (''): the site then
 * says it is not stated. Never guess.
 */
import type { FigureInput } from '@/lib/figures/schema';

type Source = FigureInput['observations'][number]['source'];

/** 2023年的一篇报刊文章（记者 张国静）。 A 2023 press article by reporter Zhang Guojing. */
export const parkPressReport2023: Source = {
  type: 'press-article',
  title: {
    zh: '生物园区：奋力打造生态文明高地上的新型现代化科创园区',
    en: 'The Biotechnology Industrial Park: striving to build a new, modern science-and-innovation park on the highland of ecological civilization',
  },
  // 记者。 The reporter who wrote the article (“本报记者 张国静”).
  author: { zh: '张国静', en: 'Zhang Guojing' },
  // 刊登文章的报纸：文中未写明，知道后再填写。 The newspaper: the article does not name it; fill in when known.
  publisher: { zh: '', en: '' },
  date: '2023',
  // 文章网址，知道后再填写。 The article's web address, when known.
  url: '',
};
