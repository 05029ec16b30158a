/**
 * The numbered notes of one page. A citation and a figure each get a note the first time they
 * appear; a later mention of the same source or figure reuses its number. The note links back to
 * the first mention only. No mention is a Tab stop: each stays a link (for a pointer, a screen
 * reader's list of links, and print) without costing a keyboard reader a press, and the keyboard
 * reaches every note through the notes toggle, one stop at the end of the text.
 */

export type NoteKind = 'source' | 'figure';

export interface Note {
  kind: NoteKind;
  /** The source id or figure id the note is about. */
  id: string;
  /** 1, 2, 3… in order of first appearance. */
  number: number;
  /** Anchor ids of every place in the text that points here, in order. */
  refs: string[];
}

/** The anchor of note `n`. */
export function noteAnchor(number: number): string {
  return `note-${number}`;
}

/** Collects the notes of one page as its Markdown is rendered. */
export class NoteCollector {
  readonly #notes = new Map<string, Note>();

  /**
   * Registers one mention; returns the note number, the anchor id for the mention itself and
   * whether it is the note's first mention (the one the note links back to).
   */
  reference(kind: NoteKind, id: string): { number: number; refId: string; first: boolean } {
    const key = `${kind}:${id}`;
    let note = this.#notes.get(key);
    if (!note) {
      note = { kind, id, number: this.#notes.size + 1, refs: [] };
      this.#notes.set(key, note);
    }
    const refId = `${noteAnchor(note.number)}-ref-${note.refs.length + 1}`;
    note.refs.push(refId);
    return { number: note.number, refId, first: note.refs.length === 1 };
  }

  /** The notes in number order. */
  list(): Note[] {
    return [...this.#notes.values()].sort((a, b) => a.number - b.number);
  }
}
