import { z } from 'zod';
import { localizedText, optionalLocalizedText } from './localized';

/** A link to a page of content/, by its slug, with the words it is shown under. */
const pageLink = z.strictObject({
  /** The page's file name below content/zh/ and content/en/ without `.mdx`; `index` is the home page. */
  page: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/),
  /** The link's words. */
  label: localizedText,
});
export type PageLink = z.infer<typeof pageLink>;

/** The settings in content/site.ts. Every optional detail is hidden on the site while empty. */
export const siteSettings = z.strictObject({
  /** The park's full official name. */
  name: localizedText,
  /** The short name shown in the header and page titles. */
  shortName: localizedText,
  /** Where the park is, as the source says (for the park's structured data). */
  location: z.strictObject({
    /** District and city: 西宁市城北区. */
    locality: localizedText,
    /** Province: 青海省. */
    region: localizedText,
    /** ISO 3166 country code. */
    country: z.string().length(2),
  }),
  /** The header's menu, in order. */
  menu: z.array(pageLink).min(1),
  /** The footer's links to pages, in order. */
  footerLinks: z.array(pageLink),
  /** The body that runs the park and answers enquiries. */
  administrativeCommittee: localizedText,
  /** ICP filing number (ICP备案号), required in mainland China; '' until known. */
  icpFilingNumber: z.string().trim(),
  /** Public security filing number (公安备案号); '' until known. */
  publicSecurityFilingNumber: z.string().trim(),
  /** Postal address of the Administrative Committee; '' until known. */
  address: optionalLocalizedText,
  /** Telephone number for enquiries; '' until known. */
  phone: z.string().trim(),
  /** E-mail address for enquiries; '' until known. */
  email: z.union([z.literal(''), z.email()]),
  /** Whom journalists contact; each part hidden while empty. */
  mediaContact: z.strictObject({
    /** The contact's name or office. */
    name: optionalLocalizedText,
    /** Telephone for the press; '' until known. */
    phone: z.string().trim(),
    /** E-mail for the press; '' until known. */
    email: z.union([z.literal(''), z.email()]),
  }),
  /** The licence of the open data, e.g. "CC BY 4.0"; '' while none is declared. */
  licence: z.string().trim(),
  /** The web address of the licence text; '' while none is declared. */
  licenceUrl: z.union([z.literal(''), z.url()]),
  /**
   * Who compiled the open data from its sources (an office of the Park, say), named in the
   * Dataset's structured data as a creator beside the reporters who wrote the figures' sources;
   * hidden while empty. Never the Park merely because the site is the Park's.
   */
  datasetCreator: z.strictObject({
    /** The organisation's name; '' until known. */
    name: optionalLocalizedText,
    /** Its web address; '' until known. */
    url: z.union([z.literal(''), z.url()]),
  }),
});
export type SiteSettings = z.infer<typeof siteSettings>;

/**
 * The address the site is published at, used for canonical and alternate links.
 * Set SITE_URL when building for production; the default serves local previews.
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
