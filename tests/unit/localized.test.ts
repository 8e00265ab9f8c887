import { describe, expect, it } from 'vitest';
import { describeIssues } from '@/lib/content/errors';
import { localizedText, optionalLocalizedText } from '@/lib/localized';

function problem(input: unknown) {
  const result = localizedText.safeParse(input);
  if (result.success) throw new Error(`accepted: ${JSON.stringify(input)}`);
  return describeIssues(result.error.issues);
}

describe('text in both languages', () => {
  it('is kept without the blanks around it', () => {
    expect(localizedText.parse({ zh: ' 园区 ', en: '\tPark\n' })).toEqual({
      zh: '园区',
      en: 'Park',
    });
  });

  it('refuses a Chinese text of blanks only, saying which language is empty in both languages', () => {
    expect(problem({ zh: '   ', en: 'Park' })).toEqual({
      zh: 'zh：中文（zh）为空',
      en: 'zh: Chinese text (zh) is empty',
    });
  });

  it('refuses an English text of blanks only, saying which language is empty in both languages', () => {
    expect(problem({ zh: '园区', en: ' ' })).toEqual({
      zh: 'en：英文（en）为空',
      en: 'en: English text (en) is empty',
    });
  });
});

describe('text in both languages that may be empty', () => {
  it('is kept without the blanks around it, and blanks alone are empty', () => {
    expect(optionalLocalizedText.parse({ zh: ' 电话 ', en: '  ' })).toEqual({ zh: '电话', en: '' });
    expect(optionalLocalizedText.parse({ zh: '\n', en: ' Phone ' })).toEqual({
      zh: '',
      en: 'Phone',
    });
  });
});
