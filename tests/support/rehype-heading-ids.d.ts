// lib/mdx/rehype-heading-ids.mjs is plain JavaScript for the MDX loader, without a declaration
// file; its test imports it with this type.
declare module '@/lib/mdx/rehype-heading-ids.mjs' {
  import type { Root } from 'hast';
  export default function rehypeHeadingIds(): (tree: Root, file: { path?: string }) => void;
}
