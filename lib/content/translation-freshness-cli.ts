// `npm run check:translations`: lists pages whose Chinese changed after the English. A warning only.
import { staleTranslations } from './translation-freshness';

const stale = staleTranslations();
if (stale.length === 0) {
  console.log('所有英文页面都不比中文页面旧 · every English page is as new as its Chinese twin');
} else {
  console.warn(
    '以下页面的中文在英文之后修改过，英文可能需要更新 · the Chinese of these pages changed after the English, which may need updating:',
  );
  for (const { slug, chineseChanged, englishChanged } of stale) {
    const day = (date: Date) => date.toISOString().slice(0, 10);
    console.warn(
      `  content/zh/${slug}.mdx  中文 ${day(chineseChanged)}  ·  English ${day(englishChanged)}`,
    );
  }
}
