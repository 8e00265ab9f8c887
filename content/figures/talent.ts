/**
 * 人才的数据 · Figures of the Park's talent programmes
 *
 * 修改数值时，请同时核对 period（数据时间）和 source（来源）。
 * When you change a value, check its period and source too.
 */
import { defineFigureGroup } from '@/lib/content/define';
import { parkPressReport2023 } from './sources';

const asOf2023 = { year: 2023, basis: 'as-of' } as const;

export default defineFigureGroup({
  title: { zh: '人才', en: 'Talent' },
  figures: [
    {
      id: 'high-end-talents-cultivated',
      unit: 'person',
      label: { zh: '培育省市高端人才', en: 'Provincial and municipal high-end talents cultivated' },
      definition: {
        zh: '园区培育的省级和市级高端人才人数。',
        en: 'The number of provincial- and municipal-level high-end talents the Park has cultivated.',
      },
      observations: [
        { value: 40, qualifier: 'more-than', period: asOf2023, source: parkPressReport2023 },
      ],
    },
    {
      id: 'kunlun-talents-selected',
      unit: 'person-ren',
      label: {
        zh: '入选青海省“昆仑英才”行动计划',
        en: 'Selected for Qinghai Province’s Kunlun Talents (昆仑英才) action plan',
      },
      definition: {
        zh: '园区入选青海省“昆仑英才”行动计划的人数。',
        en: 'The number of people from the Park selected for the Kunlun Talents (昆仑英才) action plan of Qinghai Province.',
      },
      observations: [{ value: 27, period: asOf2023, source: parkPressReport2023 }],
    },
    {
      id: 'xining-555-plan-selected',
      unit: 'person-ren',
      label: {
        zh: '入选西宁市“引才聚才555计划”',
        en: 'Selected for the Xining "555" Talent Attraction Plan',
      },
      definition: {
        zh: '园区入选西宁市“引才聚才555计划”的人数。',
        en: 'The number of people from the Park selected for the Xining "555" Talent Attraction Plan.',
      },
      observations: [{ value: 16, period: asOf2023, source: parkPressReport2023 }],
    },
    {
      id: 'industrial-talents-from-jiangbei',
      unit: 'person',
      label: {
        zh: '从南京江北新区柔性引进产业人才',
        en: 'Industrial talent brought in flexibly from Jiangbei New Area, Nanjing',
      },
      definition: {
        zh: '依托西宁市和南京市对口协作帮扶机制，从江北新区柔性引进的产业人才人数。',
        en: 'Industrial talent brought in flexibly from Jiangbei New Area, Nanjing, through the paired-assistance mechanism between Xining and Nanjing.',
      },
      observations: [{ value: 1, period: asOf2023, source: parkPressReport2023 }],
    },
    {
      id: 'most-admirable-sci-tech-workers',
      unit: 'person',
      label: {
        zh: '青海省“最美科技工作者”',
        en: 'Qinghai "Most Admirable Science and Technology Workers"',
      },
      definition: {
        zh: '园区被评为青海省“最美科技工作者”的科技工作者人数。',
        en: 'The number of the Park’s science and technology workers named "Most Admirable Science and Technology Worker" of Qinghai Province.',
      },
      observations: [{ value: 2, period: asOf2023, source: parkPressReport2023 }],
    },
  ],
});
