/** A server-side DOM (linkedom) for Observable Plot, created once and shared by every chart. */
import { parseHTML } from 'linkedom';

let shared: Document | undefined;

/** The shared document Plot draws into at build time and in tests. */
export function serverDocument(): Document {
  shared ??= parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
  return shared;
}
