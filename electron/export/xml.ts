/** XML text for the XML formats (NITF, NewsML-G2, WXR): escaping, and characters XML 1.0 cannot hold. */

// XML 1.0 §2.2 Char: no C0 controls but tab/CR/LF, no lone surrogates, no U+FFFE/U+FFFF; and, as in every export
// (house-style.ts), no DEL or C1 controls, which copy never means. One pass: this runs on every field of every item.
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

export function xmlText(text: string): string {
  return xmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/[\t\n\r]/g, ' ');
}

/** CDATA for any text: a `]]>` inside is split across two sections (WXR README §9). */
export function cdata(text: string): string {
  const clean = xmlChars(text);
  return `<![CDATA[${clean.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
