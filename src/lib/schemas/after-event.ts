/**
 * A dated development after the report, 2019–2026 (data/after-events.json): the UN panel's end,
 * cars given or seen, court cases, company statements and what became of the ship.
 */
import { z } from 'astro/zod';
import { Confidence, Id, Note, PartialDate, Sources } from './common';
import { Ko, KoText } from './korean';

/** What kind of development it is, so a page can group them. */
export const AfterEventKind = z
  .enum(['un-panel', 'gift', 'sighting', 'conviction', 'statement', 'ship'])
  .describe(
    'un-panel: the UN Panel of Experts and its mandate; gift: a car given by a government; sighting: goods seen in use in North Korea; conviction: a court case; statement: what a company or government said; ship: the fate of a vessel.',
  );

export const AfterEventSchema = z
  .object({
    id: Id,
    date: PartialDate.nullable().describe('When it happened, as precisely as the sources say; null when they do not say.'),
    kind: AfterEventKind,
    title: z.string().min(1).describe('A short headline in our words, e.g. "Russia vetoes the panel\'s renewal".'),
    summary: z.string().min(1).describe('What happened, in one or two sentences of our own words.'),
    entities: z.array(Id).default([]).describe('Ids of facilitators or places in data/ that the event concerns.'),
    figures: z.array(Id).default([]).describe('Ids in data/figures.json of the numbers this event carries.'),
    confidence: Confidence,
    sources: Sources,
    note: Note.optional(),
    ko: Ko({
      title: KoText('The headline in our Korean.').optional(),
      summary: KoText('What happened, in our Korean.').optional(),
      note: KoText('The note in Korean.').optional(),
    }).optional(),
  })
  .strict();

export type AfterEvent = z.infer<typeof AfterEventSchema>;
