import path from 'node:path';
import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const nextConfig: NextConfig = {
  // A fully static site: `next build` writes out/, which any static host serves.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx'],
  poweredByHeader: false,
  // The content loader compiles content/*.ts with esbuild at build time, from node_modules.
  serverExternalPackages: ['esbuild'],
};

// Under Turbopack, MDX plugins are given by package name or absolute path, with JSON options only.
const withMDX = createMDX({
  options: {
    // remark-cjk-friendly: lets **“加粗”**后接汉字 be bold, which CommonMark alone refuses.
    remarkPlugins: ['remark-frontmatter', 'remark-gfm', 'remark-cjk-friendly'],
    rehypePlugins: [path.resolve('lib/mdx/rehype-heading-ids.mjs')],
  },
});

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

export default withNextIntl(withMDX(nextConfig));
