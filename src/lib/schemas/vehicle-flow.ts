/**
 * A route by which the vehicles reached North Korea (data/vehicle-flows.json), only as far as the
 * sources describe it: between countries, never between ports or border crossings no source names,
 * with a precision that says whether its size is a reported count, a share or not given at all.
 */
import { z } from 'astro/zod';
import { Confidence, Id, Note, Period, Sources, Status } from './common';
import { Ko, KoText } from './korean';
import { missingKorean } from './korean-fields';
import { MakeGroup } from './vehicle-make';

export const FlowLayer = z
  .enum(['origin', 'make', 'co-signer'])
  .describe(
    'origin: from a country the vehicles first came from to the country they went through; make: into North Korea, one flow per make group; co-signer: into North Korea, the vehicles in the shipments one facilitator co-signed (the same vehicles as the make flows, counted another way).',
  );

export const FlowGroup = z
  .union([MakeGroup, z.literal('unspecified')])
  .describe(
    'Make group, which sets the colour: russian, japanese, german, unattributed, or unspecified when the sources do not say which makes.',
  );

export const FlowPrecision = z
  .enum(['count', 'share', 'named'])
  .describe(
    'count: a source gives the number of vehicles on this route; share: a source gives only a share; named: a source names the route without any count.',
  );

export const VehicleFlowSchema = z
  .object({
    id: Id,
    layer: FlowLayer,
    from: Id.describe('Id of the country the flow starts in, in data/countries.json.'),
    to: Id.describe('Id of the country the flow ends in, in data/countries.json.'),
    via: z
      .array(Id)
      .default([])
      .describe('Ids of countries a source says the vehicles passed through on the way, in no known order; not drawn as lines.'),
    group: FlowGroup,
    makes: z.array(Id).default([]).describe('Ids of the makes in data/vehicle-makes.json that the flow carries, when the sources say.'),
    facilitators: z
      .array(Id)
      .default([])
      .describe(
        'Ids of the facilitators in data/facilitators.json that the sources tie to this flow (for co-signer flows: the co-signer).',
      ),
    vehicles: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .describe('Number of vehicles on this route; null when no source gives one (precision "share" or "named").'),
    precision: FlowPrecision,
    figure: Id.optional().describe(
      'Id of the make, facilitator count or figure whose value "vehicles" repeats; the check keeps the two equal.',
    ),
    share: Id.optional().describe('Id of the facilitator count or figure in percent that gives this flow as a share.'),
    of: Id.optional().describe('Id of the figure this flow is part of, e.g. "vehicles-total"; the flow may not exceed it.'),
    status: Status,
    method: z.string().min(1).optional().describe('For derived counts: how the count was computed.'),
    confidence: Confidence,
    period: Period.optional(),
    sources: Sources,
    note: Note.describe('What the sources say about this route and what they leave out, in our words.'),
    ko: Ko({
      note: KoText('What the sources say about this route, in our own Korean.'),
      method: KoText('How the count was computed, in Korean.').optional(),
    }).optional(),
  })
  .strict()
  .superRefine((flow, ctx) => {
    for (const issue of missingKorean(flow, ['note', 'method'])) ctx.addIssue(issue);
  });

export type VehicleFlow = z.infer<typeof VehicleFlowSchema>;
