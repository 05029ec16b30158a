/**
 * Frontmatter fields whose errors repeat what the field is for. `z.string(field('…'))` passes the
 * description and an error map through zod's own creation parameters, so every problem the field
 * itself raises ends with "This field: …".
 */
import type { z } from 'astro/zod';

/** Creation parameters for a field: its one-sentence description, appended to every error it raises. */
export function field(description: string): { description: string; errorMap: z.ZodErrorMap } {
  return { description, errorMap: (_issue, ctx) => ({ message: `${ctx.defaultError}. This field: ${description}` }) };
}
