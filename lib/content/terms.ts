import { z } from 'zod';
import { bilingual } from './errors';

/** One entry of the term base, content/terms.ts: a Chinese term and its one English rendering. */
export const term = z.strictObject({
  /** The Chinese term, as the source writes it: 黄金海拔. */
  zh: z
    .string()
    .trim()
    .min(1, bilingual('zh 为空：请写中文术语', 'zh is empty: write the Chinese term')),
  /** Its one English rendering, written exactly as the English pages use it: Golden Altitude. */
  en: z
    .string()
    .trim()
    .min(1, bilingual('en 为空：请写英文译名', 'en is empty: write the English rendering')),
  /** Renderings that must not be used (in English, or in Chinese); each is reported where it occurs. */
  rejected: z.array(z.string().trim().min(1)).default([]),
  /** Why this rendering, or how to use it; for editors, not shown on the site. */
  note: z.string().trim().default(''),
});
export type Term = z.infer<typeof term>;
