import path from 'node:path';
import { HtmlValidate, type ConfigData, type Report } from 'html-validate';

/**
 * How strictly the built pages are validated.
 *
 * `html-validate:recommended` rather than `html-validate:standard`: the standard preset checks only
 * what the HTML specification requires, so it would let through a missing `alt` (wcag/h37), an
 * empty heading, an unlabelled control or a redundant role, which a public site must not ship.
 * `html-validate:document` adds the rules that only make sense on whole documents (doctype,
 * heading levels, `aria-labelledby`/`for` pointing at ids that exist), which every file here is.
 *
 * The overrides below are the only departures from those presets; each says why.
 */
export const htmlValidateConfig: ConfigData = {
  root: true,
  elements: ['html5'],
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // React serializes some attribute names in camelCase (`charSet`, `hrefLang`, `dateTime`,
    // `fetchPriority`, `noModule`), in Next's <head> tags and in our own JSX alike; a lowercase
    // prop is a React error, so we cannot change it. HTML attribute names are case-insensitive.
    'attr-case': 'off',
    // React writes void elements self-closed (`<meta/>`, `<link/>`, `<input/>`); both forms are
    // valid HTML and the choice is React's serializer, not ours.
    'void-style': 'off',
    // React writes a true boolean attribute as `async=""`, `hidden=""`, `noModule=""` and an empty
    // one as `download=""`; the specification allows the empty value, and the serializer is React's.
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // SRI protects against a compromised foreign host. Every script and style here is served from
    // the site's own origin, so require it only where a resource is fetched cross-origin, which
    // would then also break the site's no-foreign-request rule.
    'require-sri': ['error', { target: 'crossorigin' }],
    // The root chooser and the 404 page (components/layout/BilingualDocument.tsx) are two documents
    // side by side, one `<section lang>` per language, each with its own <h1>. Each such section is
    // checked as a heading root of its own: one <h1> per language, levels in order within it.
    'heading-level': [
      'error',
      { sectioningRoots: ['dialog', '[role="dialog"]', '[role="alertdialog"]', 'section[lang]'] },
    ],
    // The statistics overview table scrolls sideways on a phone inside a focusable container
    // labelled by the table's caption: WAI's pattern for a scrollable table is a `role="region"`
    // with a label. A <section> instead would be a sectioning element without a heading, which
    // the Nu HTML Checker warns about; the other ARIA roles keep their native-element check.
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // A page title is the staff's frontmatter title followed by the site's name; its length is an
    // editorial choice (search engines shorten long ones), not a fault in the markup.
    'long-title': 'off',
  },
};

const validator = new HtmlValidate(htmlValidateConfig);

/** Validates one HTML file of the build. */
export function validateBuiltFile(file: string): Promise<Report> {
  return validator.validateFile(file);
}

/** Validates a piece of HTML as if it were a file named `name` (for tests of the config). */
export function validateHtml(html: string, name = 'inline.html'): Promise<Report> {
  return validator.validateString(html, name);
}

/**
 * One line per problem, `file:line:column  rule  message`, so a developer can jump straight to
 * it; empty when the report has none. Paths are shown relative to `relativeTo`.
 */
export function describeProblems(report: Report, relativeTo = process.cwd()): string[] {
  return report.results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `${path.relative(relativeTo, result.filePath) || result.filePath}:${message.line}:${message.column}  ${message.ruleId}  ${message.message}`,
    ),
  );
}
