/** Reads just enough of a PDF to count its pages, without a PDF library. */

/**
 * The number of pages in a PDF: the page objects (`/Type /Page`, not `/Pages`) in its body.
 * Chromium writes them uncompressed; a PDF that hides them in object streams gives 0, which the
 * caller treats as an error rather than as an empty document.
 */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
