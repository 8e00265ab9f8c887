import { z } from 'zod';
import { bilingual } from './content/errors';

/** Text given in both languages; neither may be empty. */
export const localizedText = z.strictObject({
  /** Simplified Chinese. */
  zh: z.string().trim().min(1, bilingual('中文（zh）为空', 'Chinese text (zh) is empty')),
  /** English. */
  en: z.string().trim().min(1, bilingual('英文（en）为空', 'English text (en) is empty')),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** Text in both languages that may be left empty together: an empty setting is simply not shown. */
export const optionalLocalizedText = z.strictObject({
  /** Simplified Chinese, or '' while unknown. */
  zh: z.string().trim(),
  /** English, or '' while unknown. */
  en: z.string().trim(),
});
