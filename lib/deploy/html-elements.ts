import { parse } from 'parse5';

/** One element of a parsed HTML page, as the build steps and the budgets read it. */
export interface HtmlElement {
  tagName: string;
  /** Attribute values as the browser sees them (entities decoded), by lower-case name. */
  attributes: Map<string, string>;
  /** The element's own text (for <script> and <style>, their raw contents, as browsers hash them). */
  text: string;
  /** Where the element stands in the source: `html.slice(start, end)` is its markup. */
  start: number;
  end: number;
}

interface Node {
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

/** Every element of a page in document order, parsed by parse5 as a browser would parse it. */
export function htmlElements(html: string): HtmlElement[] {
  const elements: HtmlElement[] = [];
  const visit = (node: Node) => {
    if (node.tagName && node.sourceCodeLocation) {
      elements.push({
        tagName: node.tagName,
        attributes: new Map(node.attrs?.map((attribute) => [attribute.name, attribute.value])),
        text: (node.childNodes ?? []).map((child) => child.value ?? '').join(''),
        start: node.sourceCodeLocation.startOffset,
        end: node.sourceCodeLocation.endOffset,
      });
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content); // <template>
  };
  visit(parse(html, { sourceCodeLocationInfo: true }) as unknown as Node);
  return elements;
}
