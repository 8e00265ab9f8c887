// `npm run new:page -- <slug>`: creates a page in both languages, as a draft.
import { createPage } from './new-page';

const slug = process.argv[2] ?? '';
const result = createPage(process.cwd(), slug, new Date().toISOString().slice(0, 10));
if ('refused' in result) {
  console.error(`${result.refused.zh}\n${result.refused.en}`);
  process.exitCode = 1;
} else {
  console.log(`已创建 · created:\n  ${result.created.join('\n  ')}`);
  console.log(
    '页面目前是草稿（draft: true）：npm run dev 可以预览，正式网站不会显示。写好两种语言后，删除 draft 这一行即可发布。\n' +
      'The page is a draft (draft: true): npm run dev shows it, the published site does not. When both languages are written, delete the draft line to publish.',
  );
}
