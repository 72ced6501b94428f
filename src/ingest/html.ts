import { Parser } from "htmlparser2";

export interface ExtractedHtml {
  /** The readable text of the page: one block (paragraph, heading, list item) per line. */
  text: string;
  title: string | null;
}

/** Elements whose content is never article text. */
export const DROPPED_ELEMENTS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "canvas",
  "iframe",
  "object",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "textarea",
  "menu",
  "dialog",
]);

const DROPPED_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "menu"]);

/** Class or id words that mark page furniture (menus, share bars, related links) rather than the story. */
const FURNITURE =
  /(^|[\s_-])(nav|navbar|menu|sidebar|breadcrumbs?|share|social|related|comments?|cookie|advert|ads)($|[\s_-])/i;

/** Elements that end a line of text. */
export const BLOCK_ELEMENTS = new Set([
  "address",
  "article",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
  "body",
  "title",
]);

/** Where the story is when the page says so. */
const MAIN = new Set(["article", "main"]);

/**
 * Takes the main text out of an HTML page with a real parser (htmlparser2), so entities are decoded and
 * broken markup is tolerated. Scripts, styles and navigation are dropped; if the page marks its story with
 * <article> or <main>, only that is kept. The result is plain text: offsets of the analysis point into it.
 */
export function extractHtml(html: string): ExtractedHtml {
  const allBlocks: string[] = [];
  const mainBlocks: string[] = [];
  let current = "";
  let currentInMain = false;
  const stack: { dropped: boolean; main: boolean }[] = [];
  let droppedDepth = 0;
  let mainDepth = 0;
  let inTitle = false;
  let title = "";
  let firstH1 = "";
  let inH1 = false;

  const flush = () => {
    const block = current.replace(/\s+/g, " ").trim();
    if (block) {
      allBlocks.push(block);
      if (currentInMain) mainBlocks.push(block);
    }
    current = "";
    currentInMain = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const role = attributes.role?.toLowerCase() ?? "";
        const marks = `${attributes.class ?? ""} ${attributes.id ?? ""}`;
        const dropped =
          DROPPED_ELEMENTS.has(name) ||
          DROPPED_ROLES.has(role) ||
          "hidden" in attributes ||
          attributes["aria-hidden"] === "true" ||
          (!MAIN.has(name) && name !== "body" && FURNITURE.test(marks));
        const main = MAIN.has(name) || role === "main";
        if (BLOCK_ELEMENTS.has(name)) {
          flush();
          inH1 = false;
        }
        stack.push({ dropped, main });
        if (dropped) droppedDepth++;
        if (main) mainDepth++;
        if (name === "title") inTitle = true;
        if (name === "h1" && !firstH1) inH1 = true;
      },
      ontext(data) {
        if (inTitle) {
          title += data;
          return;
        }
        if (droppedDepth > 0) return;
        if (inH1) firstH1 += data;
        current += data;
        if (mainDepth > 0) currentInMain = true;
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (name === "h1") inH1 = false;
        if (BLOCK_ELEMENTS.has(name)) flush();
        const open = stack.pop();
        if (!open) return;
        if (open.dropped) droppedDepth--;
        if (open.main) mainDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const blocks = mainBlocks.length > 0 ? mainBlocks : allBlocks;
  const cleanTitle = title.replace(/\s+/g, " ").trim() || firstH1.replace(/\s+/g, " ").trim();
  return { text: blocks.join("\n"), title: cleanTitle || null };
}
