/**
 * 创新高地的数据 · Figures of the Park's innovation record
 *
 * 修改数值时，请同时核对 period（数据时间）和 source（来源）。
 * When you change a value, check its period and source too.
 */
import { defineFigureGroup } from '@/lib/content/define';
import { parkPressReport2023 } from './sources';

const asOf2023 = { year: 2023, basis: 'as-of' } as const;
const during2022 = { year: 2022, basis: 'during' } as const;

export default defineFigureGroup({
  title: { zh: '创新高地', en: 'Innovation Highland' },
  figures: [
    {
      id: 'high-tech-enterprises',
      unit: 'enterprise',
      label: { zh: '高新技术企业总数', en: 'High-tech enterprises' },
      definition: {
        zh: '园区内的高新技术企业总数。',
        en: 'The number of high-tech enterprises in the Park.',
      },
      observations: [{ value: 71, period: asOf2023, source: parkPressReport2023 }],
    },
    {
      id: 'high-tech-enterprises-share-of-zone',
      unit: 'percent',
      label: {
        zh: '园区高企占开发区高企总数的比例',
        en: 'Share of the Xining ETDZ’s high-tech enterprises',
      },
      definition: {
        zh: '园区高新技术企业数量占西宁经济技术开发区高新技术企业总数的比例。',
        en: 'The Park’s high-tech enterprises as a share of all high-tech enterprises in the Xining Economic and Technological Development Zone.',
      },
      observations: [{ value: 49, period: asOf2023, source: parkPressReport2023 }],
    },
    {
      id: 'innovation-platforms',
      unit: 'platform',
      label: {
        zh: '国家、省市级科技创新平台',
        en: 'National, provincial and municipal innovation platforms',
      },
      definition: {
        zh: '园区拥有的国家级、省级和市级科技创新平台数量。',
        en: 'The number of national, provincial and municipal science and technology innovation platforms in the Park.',
      },
      observations: [{ value: 127, period: asOf2023, source: parkPressReport2023 }],
    },
    {
      id: 'provincial-and-higher-platforms',
      unit: 'platform',
      label: {
        zh: '省部级以上平台',
        en: 'Platforms at provincial or ministerial level and above',
      },
      definition: {
        zh: '园区拥有的省部级及以上科技创新平台数量。',
        en: 'The number of the Park’s innovation platforms at provincial or ministerial level and above.',
      },
      observations: [{ value: 96, period: asOf2023, source: parkPressReport2023 }],
    },
    {
      id: 'provincial-and-higher-platforms-share-of-province',
      unit: 'percent',
      label: {
        zh: '省部级以上平台占全省的比例',
        en: 'Share of Qinghai’s platforms at provincial or ministerial level and above',
      },
      definition: {
        zh: '园区省部级以上平台占青海全省同类平台的比例。',
        en: 'The Park’s platforms at provincial or ministerial level and above as a share of all such platforms in Qinghai Province.',
      },
      observations: [
        { value: 70, qualifier: 'more-than', period: asOf2023, source: parkPressReport2023 },
      ],
    },
    {
      id: 'incubation-carriers',
      unit: 'carrier',
      label: {
        zh: '“双创”基地和孵化载体',
        en: 'Innovation and entrepreneurship bases and incubation carriers',
      },
      definition: {
        zh: '园区建成的“双创”基地和孵化载体总数，包括国家级企业孵化器和国家级众创空间。',
        en: 'The number of innovation and entrepreneurship (双创) bases and incubation carriers built in the Park, national business incubators and national makerspaces included.',
      },
      observations: [{ value: 8, period: asOf2023, source: parkPressReport2023 }],
    },
    {
      id: 'national-business-incubators',
      unit: 'incubator',
      label: { zh: '国家级企业孵化器', en: 'National business incubators' },
      definition: {
        zh: '园区“双创”基地和孵化载体中的国家级企业孵化器数量。',
        en: 'Of the Park’s innovation and entrepreneurship bases and incubation carriers, the number that are national business incubators.',
      },
      observations: [{ value: 3, period: asOf2023, source: parkPressReport2023 }],
    },
    {
      id: 'national-makerspaces',
      unit: 'makerspace',
      label: { zh: '国家级众创空间', en: 'National makerspaces' },
      definition: {
        zh: '园区“双创”基地和孵化载体中的国家级众创空间数量。',
        en: 'Of the Park’s innovation and entrepreneurship bases and incubation carriers, the number that are national makerspaces.',
      },
      observations: [{ value: 2, period: asOf2023, source: parkPressReport2023 }],
    },
    {
      id: 'rd-expenditure-to-revenue',
      unit: 'percent',
      label: {
        zh: '规上企业研发经费内部支出占营业收入比重',
        en: 'Internal R&D expenditure of enterprises above designated size, as a share of operating revenue',
      },
      definition: {
        zh: '园区规模以上企业研发经费内部支出占其营业收入的比重。',
        en: 'Internal R&D expenditure of the Park’s enterprises above designated size, as a share of their operating revenue.',
      },
      observations: [{ value: 3.1, period: during2022, source: parkPressReport2023 }],
    },
    {
      id: 'invention-patents-per-10k-people',
      unit: 'patents-per-10k-people',
      label: {
        zh: '每万人当年发明专利授权数',
        en: 'Invention patents granted per 10,000 people',
      },
      definition: {
        zh: '园区当年获得授权的发明专利数，按每万人计算（原文未说明人口基数）。',
        en: 'The number of invention patents granted to the Park in the year, per 10,000 people (the source does not define the population base).',
      },
      observations: [{ value: 18.4, period: during2022, source: parkPressReport2023 }],
    },
  ],
});
