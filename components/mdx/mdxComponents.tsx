import type { MDXComponents } from 'mdx/types';
import { Figure } from '../figures/Figure';
import { FigureCard } from '../figures/FigureCard';
import { FigureGrid } from '../figures/FigureGrid';

/** The components staff may use in MDX pages; the page loader rejects any other. */
export const mdxComponents: MDXComponents = { Figure, FigureCard, FigureGrid };
