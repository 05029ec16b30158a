/** A company, vessel or airline named as moving the goods (data/facilitators.json). */
import { z } from 'astro/zod';
import { Confidence, Id, Note, PartialDate, Sources, Status, Unit } from './common';
import { Ko, KoText } from './korean';
import { KoNote, koName } from './ko-name';

const ko = (what: string) => KoText(`${what}, in our own Korean.`);

export const FacilitatorCount = z
  .object({
    id: Id,
    label: z.string().min(1).describe('What is counted, e.g. "vehicles co-signed".'),
    value: z.number().describe('The count or share in its unit.'),
    unit: Unit,
    noun: z.string().min(1).optional().describe('For counts: the plural noun printed after the number.'),
    of: Id.optional().describe('Id of the figure this is a part of, e.g. "vehicles-total" for 537 of 803.'),
    status: Status,
    confidence: Confidence,
    sources: Sources,
    note: Note.optional(),
    ko: Ko({ label: ko('What is counted'), note: KoNote() }),
  })
  .strict();

export const FacilitatorSchema = z
  .object({
    id: Id,
    name: z.string().min(1).describe('The name as the sources give it in English.'),
    aliases: z.array(z.string().min(1)).default([]).describe('Other names or spellings the sources use.'),
    kind: z.enum(['company', 'vessel', 'airline']).describe('company, vessel or airline.'),
    country: Id.nullable().describe('Id of the country where it is based or registered (for a vessel: its flag); null when unknown.'),
    summary: z.string().min(1).describe('One or two sentences in our words: what it is and what it did in the story.'),
    roles: z
      .array(
        z
          .object({
            role: z.string().min(1).describe('A role in the routes, in our words.'),
            legs: z
              .array(Id)
              .default([])
              .describe('Ids of the Maybach journey legs (data/journey-legs.json) the role was played on; empty when it is tied to none.'),
            dispute: z
              .string()
              .min(1)
              .optional()
              .describe('The `about` of the entry in `disputed` that puts this role in question, when one does.'),
            sources: Sources,
            ko: Ko({
              role: ko('The role'),
              dispute: KoText('The Korean `about` of the disputed entry, when `dispute` is set.').optional(),
            }),
          })
          .strict(),
      )
      .min(1, 'at least one role')
      .describe('What the sources say it did.'),
    identifiers: z
      .array(
        z
          .object({
            label: z.string().min(1).describe('What the identifier is, e.g. "Flag" or "Former name".'),
            value: z.string().min(1).describe('The identifier as the source gives it.'),
            sources: Sources,
            ko: Ko({
              label: ko('What the identifier is'),
              value: z
                .string()
                .min(1)
                .optional()
                .describe(
                  'The identifier as Korean pages print it, where it differs (words translated, Korean number style); omit for codes.',
                ),
            }),
          })
          .strict(),
      )
      .default([])
      .describe('Identifiers the sources give (flag, former names, build year, registration…).'),
    counts: z.array(FacilitatorCount).default([]).describe('Counts the sources attribute to it, each citable by its id.'),
    linkedActivities: z
      .array(
        z
          .object({
            activity: z.string().min(1).describe('Another activity the sources link it to.'),
            sources: Sources,
            ko: Ko({ activity: ko('The activity') }),
          })
          .strict(),
      )
      .default([])
      .describe('Other activities the sources link it to.'),
    responses: z
      .array(
        z
          .object({
            date: PartialDate.nullable().describe('When the response was given or reported; null when unknown.'),
            by: z.string().min(1).describe('Who responded, e.g. "the firm\'s representative in Osaka".'),
            summary: z.string().min(1).describe('What they said, in our words.'),
            sources: Sources,
            ko: Ko({ by: ko('Who responded'), summary: ko('What they said') }),
          })
          .strict(),
      )
      .default([])
      .describe('Public responses, in our words, with their sources.'),
    related: z.array(Id).default([]).describe('Ids of related facilitators, e.g. a vessel and its operator.'),
    disputed: z
      .array(
        z
          .object({
            about: z.string().min(1).describe('What is disputed.'),
            detail: z.string().min(1).describe('The competing accounts, in our words.'),
            sources: Sources,
            ko: Ko({ about: ko('What is disputed'), detail: ko('The competing accounts') }),
          })
          .strict(),
      )
      .default([])
      .describe('Points on which sources disagree about it.'),
    sources: Sources,
    note: Note.optional(),
    ko: Ko({ ...koName('firm, vessel or airline'), summary: ko('What it is and what it did'), note: KoNote() }),
  })
  .strict()
  .superRefine((f, ctx) => {
    // A role's Korean `dispute` must name the Korean `about` of its disputed entry, as the English does.
    f.roles.forEach((role, i) => {
      if (!role.dispute) return;
      const entry = f.disputed.find((d) => d.about === role.dispute);
      if (entry && role.ko.dispute !== entry.ko.about)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['roles', i, 'ko', 'dispute'],
          message: `"${entry.ko.about}", the Korean about of the disputed entry "${entry.about}"`,
        });
    });
  });

export type Facilitator = z.infer<typeof FacilitatorSchema>;
export type FacilitatorCountRecord = z.infer<typeof FacilitatorCount>;
