/** Small text helpers the markup shares. */
import { typeset } from '../lib/typography';

/** The text with its first letter in capitals. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text from data/, typeset, with its first letter in capitals. */
export function capitalisedTypeset(text: string): string {
  return capitalise(typeset(text));
}
