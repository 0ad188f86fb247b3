/**
 * Paste from Word, Google Docs and web pages: the HTML is parsed into the story schema only (ProseMirror's
 * DOMParser keeps what the schema's parse rules read and drops the rest), after the elements that must never be
 * read at all are removed. A very large paste is cut to a size the page can parse without freezing, and the
 * editor is told.
 */
/** 10 MB web pages exist; parsing one into the editor locks the page for seconds. Past this, cut (≈ 25,000 words of text). */
export const MAX_PASTE_CHARS = 150_000;

/** Never read, not even for their text: code, styling, embedded documents and forms. */
const DROP = 'img, picture, script, style, noscript, template, iframe, frame, frameset, object, embed, applet, link, meta, base, svg, math, canvas, video, audio, source, form, input, button, select, textarea, head, title, xml';

export interface PasteNotice {
  (message: string): void;
}

/** Cuts the HTML, and removes the dropped elements and every attribute but href before parsing. */
export function sanitisePastedHtml(html: string, notice: PasteNotice): string {
  // Scripts and styles go first, as text, so the cut below falls on the page's words and not on its code.
  let source = html.length > MAX_PASTE_CHARS ? html.replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, '') : html;
  if (source.length > MAX_PASTE_CHARS) {
    notice(`The paste was ${(html.length / 1_000_000).toFixed(1)} MB: only its first ${MAX_PASTE_CHARS / 1000} KB were read.`);
    source = source.slice(0, MAX_PASTE_CHARS);
  }
  // A template's content is inert: scripts do not run and images do not load while it is cleaned.
  const template = document.createElement('template');
  template.innerHTML = source;
  const root = template.content;
  for (const el of root.querySelectorAll(DROP)) el.remove();
  for (const el of [...root.querySelectorAll('[style]')]) styleToTags(el);
  // Nothing but a link's target survives: no classes, ids, event handlers (onclick…) or styles.
  for (const el of root.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) if (!(attr.name === 'href' && el.tagName === 'A')) el.removeAttribute(attr.name);
  }
  // Serialised from the inert template itself, never adopted into the page.
  return template.innerHTML;
}

/** Plain-text paste of a huge text: cut the same way. */
export function capPastedText(text: string, notice: PasteNotice): string {
  if (text.length <= MAX_PASTE_CHARS) return text;
  notice(`The paste was ${(text.length / 1_000_000).toFixed(1)} MB: only its first ${MAX_PASTE_CHARS / 1000} KB were read.`);
  return text.slice(0, MAX_PASTE_CHARS);
}

/**
 * Word and Google Docs say bold and italic in inline styles; the schema reads tags. Google Docs wraps a whole
 * paste in <b style="font-weight:normal">, which is not bold: it becomes a plain span.
 */
function styleToTags(el: Element): void {
  const style = el.getAttribute('style') ?? '';
  const doc = el.ownerDocument;
  if (el.tagName === 'B' && /font-weight\s*:\s*(normal|[1-4]00)\b/i.test(style)) {
    const span = doc.createElement('span');
    span.append(...el.childNodes);
    el.replaceWith(span);
    return;
  }
  const wrap = (tag: string) => {
    const inner = doc.createElement(tag);
    inner.append(...el.childNodes);
    el.append(inner);
  };
  if (/font-weight\s*:\s*(bold|bolder|[5-9]00)\b/i.test(style)) wrap('strong');
  if (/font-style\s*:\s*italic\b/i.test(style)) wrap('em');
}
