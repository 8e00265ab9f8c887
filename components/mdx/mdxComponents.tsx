import type { MDXComponents } from 'mdx/types';
import { AllFigures } from '../figures/AllFigures';
import { AltitudeScale } from '../figures/AltitudeScale';
import { Downloads } from '../figures/Downloads';
import { Figure } from '../figures/Figure';
import { FigureCard } from '../figures/FigureCard';
import { FactSheet } from '../figures/FactSheet';
import { FigureChart } from '../figures/FigureChart';
import { FigureGrid } from '../figures/FigureGrid';
import { FigureOverview } from '../figures/FigureOverview';
import { ContactDetails } from '../layout/ContactDetails';
import { NewsList } from '../layout/NewsList';
import { Search } from '../layout/Search';
import { SectionLinks } from '../layout/SectionLinks';
import { PrintableLink } from './PrintableLink';

/** The components staff may use in MDX pages (the page checker rejects any other), and `a`. */
export const mdxComponents: MDXComponents = {
  a: PrintableLink,
  AllFigures,
  AltitudeScale,
  ContactDetails,
  Downloads,
  FactSheet,
  Figure,
  FigureCard,
  FigureChart,
  FigureGrid,
  FigureOverview,
  NewsList,
  Search,
  SectionLinks,
};
