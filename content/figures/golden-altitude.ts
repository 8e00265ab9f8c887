/**
 * 黄金海拔康养项目的数据 · Figures of the "Golden Altitude" health and wellness project
 *
 * 修改数值时，请同时核对 period（数据时间）和 source（来源）。
 * When you change a value, check its period and source too.
 */
import { defineFigureGroup } from '@/lib/content/define';
import { parkPressReport2023 } from './sources';

const asOf2023 = { year: 2023, basis: 'as-of' } as const;

export default defineFigureGroup({
  title: { zh: '黄金海拔', en: 'Golden Altitude' },
  figures: [
    {
      id: 'ideal-altitude-band',
      unit: 'metre',
      label: {
        zh: '高原康养理想海拔',
        en: 'Ideal altitude for high-altitude health and wellness',
      },
      definition: {
        zh: '中国工程院院士吴天一提出的高原康养理想海拔（中度高原）。',
        en: 'The ideal altitude (moderate altitude) for high-altitude health and wellness proposed by Wu Tianyi, academician of the Chinese Academy of Engineering.',
      },
      observations: [
        {
          value: { from: 2220, to: 2500 },
          // 吴天一院士提出的数值，不是测量值；2023 是报道它的年份。
          // A value Wu Tianyi proposed, not a measurement; 2023 is the year it was reported.
          period: { year: 2023, basis: 'proposed', by: { zh: '吴天一院士', en: 'Wu Tianyi' } },
          source: parkPressReport2023,
        },
      ],
    },
    {
      id: 'park-altitude-band',
      unit: 'metre',
      label: { zh: '生物园区海拔', en: 'Altitude of the Park' },
      definition: {
        zh: '西宁市生物园区所在地的海拔范围。',
        en: 'The range of altitude across the Park’s site in Xining.',
      },
      observations: [
        { value: { from: 2240, to: 2350 }, period: asOf2023, source: parkPressReport2023 },
      ],
    },
    {
      id: 'golden-altitude-park-planned-area',
      unit: 'mu',
      label: {
        zh: '黄金海拔康养产业示范园区规划面积',
        en: 'Planned area of the Golden Altitude Health and Wellness Demonstration Park',
      },
      definition: {
        zh: '青藏高原黄金海拔康养产业示范园区项目的规划面积。',
        en: 'The planned area of the Qinghai-Tibet Plateau Golden Altitude Health and Wellness Demonstration Park project.',
      },
      observations: [{ value: 900, period: asOf2023, source: parkPressReport2023 }],
    },
    {
      id: 'distance-to-city-centre',
      unit: 'kilometre',
      label: { zh: '距西宁市中心', en: 'Distance to central Xining' },
      definition: {
        zh: '生物园区（位于西宁市城北区）与西宁市中心的距离。',
        en: 'The distance from the Park, in Chengbei District, to the centre of Xining.',
      },
      observations: [{ value: 5, period: asOf2023, source: parkPressReport2023 }],
    },
    {
      id: 'water-quality-good-rate',
      unit: 'percent',
      label: { zh: '水质优良率', en: 'Share of water rated good or excellent' },
      definition: {
        zh: '园区水质达到优良等级的比率（原文未说明统计的是哪些水体）。',
        en: 'The share of the Park’s water whose quality is rated good or excellent (the source does not say which waters are counted).',
      },
      observations: [{ value: 100, period: asOf2023, source: parkPressReport2023 }],
    },
    {
      id: 'solid-waste-safe-treatment-rate',
      unit: 'percent',
      label: { zh: '固体废物无害化处理率', en: 'Solid waste treated safely' },
      definition: {
        zh: '园区固体废物中经无害化处理的比率。',
        en: 'The share of the Park’s solid waste that is treated to make it harmless.',
      },
      observations: [{ value: 100, period: asOf2023, source: parkPressReport2023 }],
    },
    {
      id: 'wu-tianyi-research-years',
      unit: 'year',
      label: { zh: '吴天一院士的相关研究', en: 'Years of research by Wu Tianyi' },
      definition: {
        zh: '高原康养概念所依据的吴天一院士研究成果的时间跨度。',
        en: 'The span of the research by academician Wu Tianyi on which the idea of high-altitude health and wellness rests.',
      },
      observations: [
        { value: 30, qualifier: 'nearly', period: asOf2023, source: parkPressReport2023 },
      ],
    },
  ],
});
