// `npm run new:page -- <slug>`: creates a page in both languages, as a draft.
import { createPage } from './new-page';

const slug = process.argv[2] ?? '';
const result = createPage(process.cwd(), slug, new Date().toISOString().slice(0, 10));
if ('refused' in result) {
  console.error(`${result.refused.zh}\n${result.refused.en}`);
  process.exitCode = 1;
} else {
  console.log(`已创建 · created:\n  ${result.created.join('\n  ')}`);
  if (slug.startsWith('news/')) {
    console.log(
      '新闻的 date 暂时写成今天：请改成事件的真实时间，只写已知的精度（2023、2023-06）。\n' +
        "The news item's date is today for now: change it to when the event happened, only as precisely as known (2023, 2023-06).",
    );
  }
  console.log(
    '页面目前是草稿（draft: true）：npm run dev 可以预览，正式网站不会显示。写好两种语言后，删除 draft 这一行即可发布。\n' +
      'The page is a draft (draft: true): npm run dev shows it, the published site does not. When both languages are written, delete the draft line to publish.',
  );
}
