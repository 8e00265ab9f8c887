import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { contactDetails } from '@/lib/contact';
import { copyWithSettings, freshModules, removeContentCopies } from '../support/content-copy';

// Each test reads content/ afresh, some seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});
afterAll(removeContentCopies);

describe('the contact details', () => {
  it('are none while content/site.ts leaves them empty', () => {
    expect(contactDetails('zh')).toEqual([]);
    expect(contactDetails('en', 'committee')).toEqual([]);
    expect(contactDetails('en', 'media')).toEqual([]);
  });

  it("of the committee: the address in the page's language, the phone to dial, the e-mail", async () => {
    const copy = copyWithSettings('address', 'phone', 'email', 'mediaContact');
    freshModules(copy.root);
    const { contactDetails } = await import('@/lib/contact');
    expect(contactDetails('en')).toEqual([
      { kind: 'address', value: '1 Jing 2nd Road' },
      { kind: 'phone', value: '+86 (971) 555-0100', href: 'tel:+869715550100' },
      {
        kind: 'email',
        value: 'office@park.example.org',
        href: 'mailto:office@park.example.org',
      },
    ]);
    expect(contactDetails('zh', 'committee')[0]).toEqual({
      kind: 'address',
      value: '经二路1号',
    });
  });

  it('for the press: the name in the page’s language, the phone to dial, the e-mail', async () => {
    const copy = copyWithSettings('address', 'phone', 'email', 'mediaContact');
    freshModules(copy.root);
    const { contactDetails } = await import('@/lib/contact');
    expect(contactDetails('zh', 'media')).toEqual([
      { kind: 'name', value: '宣传办公室' },
      { kind: 'phone', value: '0971 555 0199', href: 'tel:09715550199' },
      { kind: 'email', value: 'press@park.example.org', href: 'mailto:press@park.example.org' },
    ]);
    expect(contactDetails('en', 'media')[0]).toEqual({ kind: 'name', value: 'Press Office' });
  });

  it('leave out each detail that is empty', async () => {
    const copy = copyWithSettings('email');
    freshModules(copy.root);
    const { contactDetails } = await import('@/lib/contact');
    expect(contactDetails('en')).toEqual([
      {
        kind: 'email',
        value: 'office@park.example.org',
        href: 'mailto:office@park.example.org',
      },
    ]);
    expect(contactDetails('en', 'media')).toEqual([]);
  });
});
