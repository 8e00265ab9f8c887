// `npm run check`: checks the whole content/ folder and prints every problem, Chinese first.
import { formatProblem } from './errors';
import { checkContent } from './load';

try {
  const { problems } = checkContent();
  if (problems.length === 0) {
    console.log('内容检查通过 · content check passed');
  } else {
    console.error(problems.map(formatProblem).join('\n\n'));
    console.error(
      `\n发现 ${problems.length} 个问题，请逐一修改后再试 · ${problems.length} problem(s) found: fix each, then try again`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  // The checker itself failed: say so plainly rather than print a stack trace.
  console.error(
    `检查程序出错，请联系程序员 · the checker itself failed, please tell a programmer:\n  ${String(error)}`,
  );
  process.exitCode = 2;
}
