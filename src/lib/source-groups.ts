/** The bibliography in reading order: the report first, then the press, official texts, analysis and datasets. */
import type { Source } from './schemas/source';

export interface SourceGroup {
  id: string;
  title: string;
  sources: Source[];
}

const GROUPS: { id: string; title: string; kinds: Source['kind'][] }[] = [
  { id: 'the-report', title: 'The report', kinds: ['report'] },
  { id: 'press', title: 'Newspapers, wires, broadcasters and magazines', kinds: ['news', 'wire', 'broadcast', 'magazine'] },
  {
    id: 'official',
    title: 'Governments, the UN, laws and company statements',
    kinds: ['government', 'un-document', 'legislation', 'company-statement'],
  },
  { id: 'analysis', title: 'Analysis and blogs', kinds: ['analysis', 'blog'] },
  { id: 'datasets', title: 'Reference datasets', kinds: ['dataset'] },
];

/** Sources grouped by kind, each group sorted by publisher and then by date. */
export function groupSources(sources: Source[]): SourceGroup[] {
  return GROUPS.map((g) => ({
    id: g.id,
    title: g.title,
    sources: sources
      .filter((s) => g.kinds.includes(s.kind))
      .sort((a, b) => a.publisher.localeCompare(b.publisher, 'en') || (a.published ?? '').localeCompare(b.published ?? '')),
  })).filter((g) => g.sources.length > 0);
}
