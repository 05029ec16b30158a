/** Every source a record relies on, wherever in the record it is cited. */

/** Ids in every `sources` list (and every `source` field) inside a value, first appearance first. */
export function sourceIdsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) sourceIdsIn(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) {
        for (const id of child) if (typeof id === 'string' && !found.includes(id)) found.push(id);
      } else if (key === 'source' && typeof child === 'string') {
        if (!found.includes(child)) found.push(child);
      } else sourceIdsIn(child, found);
    }
  }
  return found;
}
