import type { MDXComponents } from 'mdx/types';
import { AllFigures } from '../figures/AllFigures';
import { AltitudeScale } from '../figures/AltitudeScale';
import { Figure } from '../figures/Figure';
import { FigureCard } from '../figures/FigureCard';
import { FigureGrid } from '../figures/FigureGrid';
import { ContactDetails } from '../layout/ContactDetails';
import { SectionLinks } from '../layout/SectionLinks';

/** The components staff may use in MDX pages; the page checker rejects any other. */
export const mdxComponents: MDXComponents = {
  AllFigures,
  AltitudeScale,
  ContactDetails,
  Figure,
  FigureCard,
  FigureGrid,
  SectionLinks,
};
