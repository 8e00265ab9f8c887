import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Realistic pages for the scale benchmark: twins in both languages with frontmatter, headings, a
// list, a table and figures cited by id, at the length of the site's real pages (about 800
// Chinese characters, about 500 English words). They go under content/<locale>/generated/.

/** Real figure ids from content/figures/: an unknown id would stop the build. */
const figureIds = [
  'park-altitude-band',
  'ideal-altitude-band',
  'golden-altitude-park-planned-area',
  'distance-to-city-centre',
  'water-quality-good-rate',
  'solid-waste-safe-treatment-rate',
  'high-tech-enterprises',
  'innovation-platforms',
  'incubation-carriers',
  'rd-expenditure-to-revenue',
  'invention-patents-per-10k-people',
  'high-end-talents-cultivated',
];

const topics = [
  { zh: '中藏药产业', en: 'Chinese and Tibetan medicine' },
  { zh: '高原特色生物资源', en: 'plateau bioresources' },
  { zh: '康养服务', en: 'health and wellness services' },
  { zh: '科技创新平台', en: 'innovation platforms' },
  { zh: '人才引进', en: 'attracting talent' },
];

export function generatedSlug(index: number): string {
  return `generated/page-${String(index + 1).padStart(4, '0')}`;
}

function pick(index: number, offset: number): string {
  return figureIds[(index + offset) % figureIds.length]!;
}

function zhPage(index: number): string {
  const topic = topics[index % topics.length]!;
  const [a, b, c, d] = [0, 3, 6, 9].map((offset) => pick(index, offset));
  const paragraph = `生物园区围绕${topic.zh}持续完善产业链条，推动龙头企业与中小企业协同发展，引导企业加大研发投入，促进科研成果就地转化。园区同时加强公共服务，优化营商环境，为入驻企业提供项目申报、融资对接、人才招聘和政策咨询等一站式服务。`;
  return `---
title: 示例页面 ${index + 1}：${topic.zh}
description: 用于构建规模测试的示例页面，介绍生物园区${topic.zh}的发展情况。
updated: 2026-11-27
---

本页介绍生物园区在${topic.zh}方面的基本情况、主要举措和下一步工作。园区海拔<Figure id="${a}" />，${paragraph}

<FigureCard id="${b}" />

## 基本情况

${paragraph}${paragraph}

截至目前，相关数据为<Figure id="${c}" />，另有<Figure id="${d}" />。

## 主要举措

- 完善产业规划，明确${topic.zh}的发展方向；
- 搭建公共技术服务平台，降低企业研发成本；
- 引进和培养专业人才，健全人才服务体系；
- 加强生态环境保护，推动绿色低碳发展。

| 项目 | 内容 |
| ---- | ---- |
| 产业方向 | ${topic.zh} |
| 服务方式 | 一站式服务 |
| 相关数据 | <Figure id="${a}" /> |

## 合作与交流

园区与省内外高校、科研院所和行业协会保持长期合作，定期举办技术交流会和项目对接会，推动${topic.zh}领域的产学研合作。${paragraph}

## 下一步工作

${paragraph}${paragraph}${paragraph}
`;
}

function enPage(index: number): string {
  const topic = topics[index % topics.length]!;
  const [a, b, c, d] = [0, 3, 6, 9].map((offset) => pick(index, offset));
  const paragraph = `The Park keeps extending the industrial chain around ${topic.en}, so that leading companies and smaller firms grow together, encourages companies to spend more on research and development, and helps research results turn into products locally. It also strengthens its public services and improves the business environment, offering companies that settle in the Park a single point of contact for project applications, financing, recruitment and advice on policy.`;
  return `---
title: Sample page ${index + 1}, ${topic.en}
description: A sample page for the build scale benchmark, on how the Park develops ${topic.en}.
updated: 2026-11-27
---

This page describes where the Park stands in ${topic.en}, what it is doing and what comes next. The Park lies at <Figure id="${a}" />. ${paragraph}

<FigureCard id="${b}" />

## Where things stand

${paragraph} ${paragraph}

The latest figures are <Figure id="${c}" />, and <Figure id="${d}" />.

## What the Park is doing

- refining its industrial plan and setting the direction for ${topic.en};
- building shared technical service platforms that lower the cost of research for companies;
- attracting and training specialists, with services that make them want to stay;
- protecting the environment and moving towards green, low-carbon growth.

| Item | What |
| ---- | ---- |
| Industry | ${topic.en} |
| Services | a single point of contact |
| Related figure | <Figure id="${a}" /> |

## Cooperation

The Park works with universities, research institutes and industry associations in Qinghai and elsewhere, and holds regular technical exchanges and matchmaking meetings for projects in ${topic.en}.

## What comes next

${paragraph} ${paragraph}
`;
}

/** Writes `pairs` twin pages into content/zh/generated/ and content/en/generated/ of `root`. */
export function generatePages(root: string, pairs: number): string[] {
  const slugs: string[] = [];
  for (let index = 0; index < pairs; index++) {
    const slug = generatedSlug(index);
    for (const [locale, text] of [
      ['zh', zhPage(index)],
      ['en', enPage(index)],
    ] as const) {
      const file = path.join(root, 'content', locale, `${slug}.mdx`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    slugs.push(slug);
  }
  return slugs;
}
