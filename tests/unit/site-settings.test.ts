import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteSettings } from '@/lib/site';

const empty = { zh: '', en: '' };
const name = (zh: string, en: string) => ({ zh, en });

/** The smallest content/site.ts the schema takes, written out by hand. */
const settings = (change: (copy: Record<string, unknown>) => void = () => {}) => {
  const copy: Record<string, unknown> = {
    name: name('测试园区', 'Test Park'),
    shortName: name('测试园区', 'Test Park'),
    location: {
      locality: name('西宁市城北区', 'Chengbei District, Xining'),
      region: name('青海省', 'Qinghai Province'),
      country: 'CN',
    },
    menu: [{ page: 'index', label: name('首页', 'Home') }],
    footerLinks: [],
    administrativeCommittee: name('管委会', 'Administrative Committee'),
    icpFilingNumber: '',
    publicSecurityFilingNumber: '',
    address: empty,
    phone: '',
    email: '',
    mediaContact: { name: empty, phone: '', email: '' },
    licence: '',
    licenceUrl: '',
    datasetCreator: { name: empty, url: '' },
  };
  change(copy);
  return copy;
};

const menuWith = (page: string) =>
  siteSettings.safeParse(settings((copy) => (copy.menu = [{ page, label: name('页面', 'Page') }])))
    .success;

describe('the settings of content/site.ts', () => {
  it('take a page of the menu by its file name, in a folder or not', () => {
    for (const page of ['index', 'golden-altitude', 'news/ab', 'news/a-bc', 'news/2023-report']) {
      expect(menuWith(page), page).toBe(true);
    }
  });

  it('refuse a page name with capitals, a stray hyphen or slash, or a leading character', () => {
    for (const page of [
      'About',
      'X-about',
      'about/',
      '/about',
      'about-',
      'news/-ab',
      'news/Ab',
      'a b',
    ]) {
      expect(menuWith(page), page).toBe(false);
    }
  });

  it('keep the filing numbers, phones and licence without the blanks around them', () => {
    const parsed = siteSettings.parse(
      settings((copy) => {
        copy.icpFilingNumber = ' 青ICP备00000000号 ';
        copy.publicSecurityFilingNumber = '\t青公网安备00000000000000号\n';
        copy.phone = ' 0971-0000000 ';
        copy.mediaContact = { name: empty, phone: ' 0971-1111111 ', email: '' };
        copy.licence = ' CC BY 4.0 ';
      }),
    );
    expect(parsed.icpFilingNumber).toBe('青ICP备00000000号');
    expect(parsed.publicSecurityFilingNumber).toBe('青公网安备00000000000000号');
    expect(parsed.phone).toBe('0971-0000000');
    expect(parsed.mediaContact.phone).toBe('0971-1111111');
    expect(parsed.licence).toBe('CC BY 4.0');
  });
});

describe('the address the site is published at', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('drops every slash at the end of SITE_URL', async () => {
    vi.stubEnv('SITE_URL', 'https://example.org/park//');
    vi.resetModules();
    const { siteUrl } = await import('@/lib/site');
    expect(siteUrl).toBe('https://example.org/park');
  });
});
