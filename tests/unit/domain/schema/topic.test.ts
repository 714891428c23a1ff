import { describe, expect, it } from 'vitest';
import { topicSchema } from '../../../../src/domain/schema/topic.ts';

const minimal = { id: 'fixture-storyline', title: 'The Fixture Storyline', summary: 'A fictional storyline.' };
const issues = (value: unknown) => topicSchema.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.code]) ?? [];

describe('topicSchema', () => {
  it('accepts a minimal topic and defaults its order to 100', () => {
    expect(topicSchema.parse(minimal)).toEqual({ ...minimal, order: 100, milestones: [] });
    expect(topicSchema.parse({ ...minimal, order: 0 }).order).toBe(0);
  });

  it('refuses a missing title, a fractional or negative order and unknown fields', () => {
    expect(issues({ id: 'x', summary: 'y' })).toEqual([['title', 'invalid_type']]);
    expect(issues({ ...minimal, order: 1.5 })).toEqual([['order', 'invalid_type']]);
    expect(issues({ ...minimal, order: -1 })).toEqual([['order', 'too_small']]);
    expect(issues({ ...minimal, order: '1' })).toEqual([['order', 'invalid_type']]);
    expect(issues({ ...minimal, intro: 'x' })).toEqual([['', 'unrecognized_keys']]);
  });

  it('takes milestones as a list of entry ids', () => {
    expect(topicSchema.parse({ ...minimal, milestones: ['a-first', 'b-second'] }).milestones).toEqual(['a-first', 'b-second']);
    expect(issues({ ...minimal, milestones: 'a-first' })).toEqual([['milestones', 'invalid_type']]);
    expect(issues({ ...minimal, milestones: ['Not An Id'] })).toEqual([['milestones.0', 'invalid_format']]);
  });
});
