/** Escaping for text that goes into HTML or SVG markup built as strings. */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]);
}

/** Tagged template that escapes every interpolated value unless it is wrapped with `raw()`. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, s, i) => {
    if (i === 0) return s;
    const value = values[i - 1];
    const text =
      value instanceof Raw
        ? value.markup
        : Array.isArray(value)
          ? value.map((v) => (v instanceof Raw ? v.markup : escapeHtml(String(v)))).join('')
          : value === undefined || value === null || value === false
            ? ''
            : escapeHtml(String(value));
    return out + text + s;
  }, '');
}

class Raw {
  constructor(readonly markup: string) {}
}

/** Marks trusted markup (already escaped or built by us) so `html` inserts it as is. */
export function raw(markup: string): Raw {
  return new Raw(markup);
}
