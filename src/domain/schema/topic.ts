import { z } from 'astro/zod';
import { idSchema, referenceTo, textSchema } from './common.ts';

/** A storyline that groups entries, such as "Operation Fast and Furious". Its body is the introduction. */
export const topicSchema = z.strictObject({
  /** The topic's id: must equal the file name without `.md`, e.g. `fast-and-furious`. */
  id: idSchema,
  /** The storyline's name, e.g. "Operation Fast and Furious". */
  title: textSchema,
  /** One or two sentences shown in lists of topics. */
  summary: textSchema,
  /** Position in lists of topics; lower comes first. */
  order: z.int().min(0).default(100),
  /** The storyline's milestones, in the order a reader steps through them: ids of entries of this topic, each once. Without it, the story runs through all of the topic's entries in date order. */
  milestones: z.array(referenceTo('entries')).default([]),
});

export type Topic = z.output<typeof topicSchema>;
