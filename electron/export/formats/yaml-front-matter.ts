/**
 * A YAML writer for front matter, just large enough for what exports need: maps, lists of scalars, strings, numbers,
 * booleans and null. Strings are always double-quoted (YAML 1.2 §7.3.1) so that values such as `no`, `2024-07-23`,
 * `#1` or `: ` keep their meaning as text. The escapes used (\\ \" \n \r \t \uXXXX) are also JSON's, so a quoted
 * value reads back the same with any YAML parser or with JSON.parse.
 */
export type YamlScalar = string | number | boolean | null;
export type YamlValue = YamlScalar | readonly YamlScalar[] | YamlMap;
export interface YamlMap {
  readonly [key: string]: YamlValue;
}

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const INDENT = '  ';

function hex4(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True for code points YAML does not allow unescaped (§5.1: C0, DEL, C1, surrogates, U+FFFE/U+FFFF) and for the
 * ones YAML 1.1 parsers take as line breaks (U+2028, U+2029) or strip as a byte-order mark (U+FEFF). */
function mustEscape(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029
    || code === 0xfeff || code === 0xfffe || code === 0xffff;
}

export function yamlString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === '"') out += '\\"';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code >= 0xd800 && code <= 0xdfff) out += hex4(0xfffd); // a lone surrogate cannot be written in YAML
    else if (mustEscape(code)) out += hex4(code);
    else out += char;
  }
  return `${out}"`;
}

function yamlScalar(value: YamlScalar): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Front matter cannot hold the number ${value}`);
    return String(value);
  }
  return yamlString(value);
}

function isList(value: YamlValue): value is readonly YamlScalar[] {
  return Array.isArray(value);
}

function yamlMapLines(map: YamlMap, depth: number): string[] {
  const indent = INDENT.repeat(depth);
  const lines: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    if (!KEY.test(key)) throw new Error(`Front matter key not allowed: ${JSON.stringify(key)}`);
    if (isList(value)) {
      if (value.length === 0) lines.push(`${indent}${key}: []`);
      else lines.push(`${indent}${key}:`, ...value.map((item) => `${indent}${INDENT}- ${yamlScalar(item)}`));
    } else if (value !== null && typeof value === 'object') {
      const inner = yamlMapLines(value, depth + 1);
      if (inner.length === 0) lines.push(`${indent}${key}: {}`);
      else lines.push(`${indent}${key}:`, ...inner);
    } else {
      lines.push(`${indent}${key}: ${yamlScalar(value)}`);
    }
  }
  return lines;
}

/** The front matter block, `---` to `---`, ending with a newline. */
export function yamlFrontMatter(fields: YamlMap): string {
  return ['---', ...yamlMapLines(fields, 0), '---', ''].join('\n');
}
