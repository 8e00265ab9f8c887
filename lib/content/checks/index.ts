import type { Problem } from '../errors';
import type { Content } from '../load';
import { checkLinks } from './links';
import { checkMessages } from './messages';
import { checkRoles } from './roles';
import { checkSiteLinks } from './site-links';
import { checkTerms } from './terms';
import { checkTwins } from './twins';
import { checkTypography } from './typography';

/** The checks over the whole of content/, each a pure function of the model. */
export const allChecks: ((content: Content) => Problem[])[] = [
  checkTwins,
  checkLinks,
  checkMessages,
  checkRoles,
  checkSiteLinks,
  checkTerms,
  checkTypography,
];
