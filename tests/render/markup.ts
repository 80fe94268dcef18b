/**
 * Parsing the pictures and the report with real parsers: @xmldom/xmldom for XML (SVG, and the
 * report, which is written as polyglot HTML), parse5 for HTML5.
 */
import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import { parse } from "parse5";

/**
 * Parses XML; throws with every error the parser reports (its only warning, "Unicode replacement
 * character detected", is what the pictures write in place of characters XML forbids).
 */
export function parseXml(text: string, mimeType: "image/svg+xml" | "text/xml" = "image/svg+xml") {
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") problems.push(`${level}: ${message}`);
    },
  });
  const document = parser.parseFromString(text, mimeType);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return document;
}

/** Parses HTML5; throws with every parse error parse5 reports. */
export function parseHtml(text: string): ReturnType<typeof parse> {
  const problems: string[] = [];
  const document = parse(text, {
    onParseError: (error) => {
      problems.push(`${error.code} at ${error.startLine}:${error.startCol}`);
    },
  });
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return document;
}

/** Every element of an XML document, depth first. */
export function elements(root: Node): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 1) found.push(node as Element);
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return found;
}

/** The elements an SVG picture may contain: anything else came from the data. */
export const SVG_ELEMENTS = new Set([
  "svg",
  "title",
  "desc",
  "defs",
  "pattern",
  "g",
  "rect",
  "line",
  "path",
  "circle",
  "polygon",
  "text",
  "tspan",
]);

/** Checks that a picture is well-formed SVG made only of the expected elements and attributes. */
export function checkSvg(svg: string): Element {
  const document = parseXml(svg);
  const root = document.documentElement as Element;
  if (root.localName !== "svg") throw new Error(`root is ${root.localName}`);
  for (const element of elements(root)) {
    if (!SVG_ELEMENTS.has(element.localName ?? ""))
      throw new Error(`unexpected element <${element.localName}>`);
    for (let i = 0; i < element.attributes.length; i++) {
      const name = element.attributes[i]?.name ?? "";
      if (/^on/i.test(name)) throw new Error(`event attribute ${name}`);
      if (/javascript:/i.test(element.attributes[i]?.value ?? ""))
        throw new Error(`script URL in ${name}`);
    }
  }
  const titles = root.getElementsByTagName("title");
  const descs = root.getElementsByTagName("desc");
  if (titles.length === 0 || descs.length === 0) throw new Error("no title or desc");
  return root;
}

/** The text of the first child element with that name. */
export function childText(root: Element, name: string): string {
  for (let i = 0; i < root.childNodes.length; i++) {
    const child = root.childNodes[i] as Node;
    if (child.nodeType === 1 && (child as Element).localName === name)
      return child.textContent ?? "";
  }
  return "";
}
