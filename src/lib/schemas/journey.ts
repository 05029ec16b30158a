/**
 * The journey of the two Mercedes-Maybach S600 Guards: its legs (data/journey-legs.json) and the
 * dated events along the way (data/journey-events.json).
 */
import { z } from 'astro/zod';
import { Id, Note, PartialDate, Sources } from './common';
import { Ko, KoText } from './korean';
import { missingKorean } from './korean-fields';

export const Evidence = z
  .enum(['documented', 'inferred', 'disputed'])
  .describe(
    'documented: records or several sources show it; inferred: reasoned from circumstances, no direct record; disputed: sources contradict each other.',
  );

export const DateBasis = z
  .enum(['reported', 'scheduled', 'estimated'])
  .describe(
    "reported: sources say it happened on that date; scheduled: declared or planned, not confirmed; estimated: an investigator's estimate.",
  );

export const DatedPoint = z
  .object({ date: PartialDate, basis: DateBasis, sources: Sources })
  .strict()
  .describe('A date with what it rests on.');

export const DateAlternative = z
  .object({
    field: z.enum(['depart', 'arrive', 'date']).describe('Which date the alternative is for.'),
    date: PartialDate,
    sources: Sources,
    note: Note.optional(),
  })
  .strict()
  .describe('A different date another source gives.');

/** A date another source gives for a leg, with the Korean of its note. */
const LegDateAlternative = DateAlternative.extend({
  ko: Ko({ note: KoText('The note in Korean.') })
    .partial()
    .optional(),
});

/** The Korean versions of a leg's reader-facing words (the map's table, tooltips and step cards print them). */
const LegKorean = Ko({
  evidenceNote: KoText('Why the leg has this evidence level, in our own Korean.'),
  carrierNote: KoText('What is known of the carrier, in Korean.').optional(),
  note: KoText('The note in Korean.').optional(),
});

export const JourneyLegSchema = z
  .object({
    id: Id,
    order: z.number().int().positive().describe('Position of the leg in the journey, starting at 1.'),
    from: Id.describe('Id of the departure place in data/places.json.'),
    to: Id.describe('Id of the arrival place in data/places.json.'),
    mode: z.enum(['sea', 'air', 'unknown']).describe('sea, air, or unknown when no source says how the goods moved.'),
    depart: DatedPoint.nullable().describe('When the leg began; null when no source dates it.'),
    arrive: DatedPoint.nullable().describe('When the leg ended; null when no record shows an arrival.'),
    carrier: Id.nullable().describe('Id of the carrier in data/facilitators.json; null when the ship or aircraft is not known.'),
    carrierNote: z.string().min(1).optional().describe('What is known of the carrier when there is no record for it.'),
    parties: z.array(Id).default([]).describe('Ids of other facilitators on this leg (shipper, consignee, operator).'),
    evidence: Evidence,
    evidenceNote: z.string().min(1).describe('Why the leg has this evidence level, in our words.'),
    alternatives: z.array(LegDateAlternative).default([]).describe('Dates other sources give for this leg.'),
    sources: Sources,
    note: Note.optional(),
    ko: LegKorean.optional(),
  })
  .strict()
  .superRefine((leg, ctx) => {
    for (const issue of missingKorean(leg, ['evidenceNote', 'carrierNote', 'note'])) ctx.addIssue(issue);
    leg.alternatives.forEach((a, i) => {
      for (const issue of missingKorean(a, ['note'], Boolean(leg.ko)))
        ctx.addIssue({ ...issue, path: ['alternatives', i, ...(issue.path ?? [])] });
    });
  });

export const JourneyEventSchema = z
  .object({
    id: Id,
    date: PartialDate.describe('When it happened, as precise as the sources allow.'),
    endDate: PartialDate.optional().describe('For events that last: when it ended.'),
    place: Id.nullable().describe('Id of the place in data/places.json; null when it happened elsewhere or nowhere in particular.'),
    placeName: z
      .string()
      .min(1)
      .optional()
      .describe('Where it happened, in words, when the place has no record in data/places.json (e.g. "Hanoi").'),
    title: z.string().min(1).describe('A few words naming the event.'),
    description: z.string().min(1).describe('What happened, in our words.'),
    evidence: Evidence,
    entities: z.array(Id).default([]).describe('Ids of facilitators involved.'),
    alternatives: z.array(DateAlternative).default([]).describe('Dates other sources give for it.'),
    sources: Sources,
    note: Note.optional(),
    ko: Ko({
      placeName: KoText('Where it happened, in Korean.').optional(),
      title: KoText('A few words naming the event, in Korean.').optional(),
      description: KoText('What happened, in our Korean.').optional(),
      note: KoText('The note in Korean.').optional(),
    }).optional(),
  })
  .strict();

export type JourneyLeg = z.infer<typeof JourneyLegSchema>;
export type JourneyEvent = z.infer<typeof JourneyEventSchema>;
