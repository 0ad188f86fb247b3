/** XML text for the XML formats (NITF, NewsML-G2, WXR): escaping, and characters XML 1.0 cannot hold. */
import { withoutControlCharacters } from './house-style.js';

// XML 1.0 §2.2 Char: no C0 controls but tab/CR/LF, no lone surrogates, no U+FFFE/U+FFFF.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return withoutControlCharacters(text)
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/[\t\n\r]/g, ' ');
}

/** CDATA for any text: a `]]>` inside is split across two sections (WXR README §9). */
export function cdata(text: string): string {
  const clean = withoutControlCharacters(text).replace(NOT_XML_CHAR, '');
  return `<![CDATA[${clean.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
