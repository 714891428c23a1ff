import { describe, expect, it } from 'vitest';
import { conflictsByEntry, findConflicts, groupDisagreements } from '../../../src/domain/conflicts.ts';
import type { Quantity } from '../../../src/domain/schema/entry.ts';

type Input = Parameters<typeof findConflicts>[0][number];

/** A count claim by `actor` (or by a description when it starts with "description:"). */
function claim(id: string, by: string, quantity: Partial<Quantity> & Pick<Quantity, 'qualifier' | 'stated'>, related: Input['related'] = []): Input {
  return {
    id,
    attribution: { by: by.startsWith('description:') ? { description: by.slice('description:'.length) } : { actor: by }, via: [] },
    related,
    quantity: { measure: 'agents-in-mexico', subject: 'example-agency', unit: 'agents', asOf: '2011', planned: false, ...quantity },
  };
}

const statement = (id: string, related: Input['related'] = []): Input => ({ id, attribution: { by: { actor: 'fixture-gazette' }, via: [] }, related });

describe('findConflicts', () => {
  it('500 against "several hundred" is divergent: the figures differ but could both hold', () => {
    const conflicts = findConflicts([
      claim('pgr-500', 'example-ministry', { qualifier: 'exact', value: 500, stated: '500' }),
      claim('ap-several-hundred', 'fixture-wire', { qualifier: 'several', lower: 200, upper: 999, stated: 'several hundred' }),
    ]);
    expect(conflicts).toEqual([
      {
        id: 'ap-several-hundred--pgr-500',
        entries: ['ap-several-hundred', 'pgr-500'],
        severity: 'divergent',
        measure: 'agents-in-mexico',
        subject: 'example-agency',
        reason: 'The figures “several hundred” and “500” differ for overlapping periods, though both could hold at once.',
      },
    ]);
  });

  it('"about 30" against 40 agents with overlapping as-of dates is incompatible', () => {
    const conflicts = findConflicts([
      claim('kvia-about-30', 'fixture-tv', { subject: 'example-ice', qualifier: 'about', value: 30, stated: 'about 30', asOf: '2011-03' }),
      claim('ap-40', 'fixture-wire', { subject: 'example-ice', qualifier: 'exact', value: 40, stated: '40', asOf: '2011' }),
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      id: 'ap-40--kvia-about-30',
      severity: 'incompatible',
      subject: 'example-ice',
      reason: 'The figures “40” and “about 30” cannot both be true for overlapping periods.',
    });
  });

  it('"about 100" against "more than 110" is incompatible: the bounds touch but do not meet', () => {
    const conflicts = findConflicts([
      claim('a', 'example-ministry', { qualifier: 'about', value: 100, stated: 'about 100' }),
      claim('b', 'fixture-wire', { qualifier: 'more-than', value: 110, stated: 'more than 110' }),
    ]);
    expect(conflicts.map((conflict) => conflict.severity)).toEqual(['incompatible']);
  });

  it('the same claimant restating 500 as "about 500" is no conflict', () => {
    expect(
      findConflicts([
        claim('a', 'example-ministry', { qualifier: 'exact', value: 500, stated: '500' }),
        claim('b', 'example-ministry', { qualifier: 'about', value: 500, stated: 'about 500' }),
      ]),
    ).toEqual([]);
  });

  it('the same claimant giving figures that cannot both be true is still a conflict', () => {
    const conflicts = findConflicts([
      claim('a', 'example-ministry', { qualifier: 'exact', value: 500, stated: '500' }),
      claim('b', 'example-ministry', { qualifier: 'exact', value: 50, stated: '50' }),
    ]);
    expect(conflicts.map((conflict) => conflict.severity)).toEqual(['incompatible']);
  });

  it('identical figures from different claimants agree', () => {
    expect(
      findConflicts([
        claim('a', 'example-ministry', { qualifier: 'exact', value: 500, stated: '500' }),
        claim('b', 'fixture-wire', { qualifier: 'exact', value: 500, stated: 'five hundred' }),
      ]),
    ).toEqual([]);
  });

  it('figures for periods that do not overlap (2005 and 2011) do not conflict', () => {
    expect(
      findConflicts([
        claim('in-2005', 'example-ministry', { qualifier: 'exact', value: 100, stated: '100', asOf: '2005' }),
        claim('in-2011', 'fixture-wire', { qualifier: 'exact', value: 500, stated: '500', asOf: '2011' }),
      ]),
    ).toEqual([]);
    // Adjacent periods touch but do not overlap.
    expect(
      findConflicts([
        claim('march', 'example-ministry', { qualifier: 'exact', value: 100, stated: '100', asOf: '2011-03' }),
        claim('april', 'fixture-wire', { qualifier: 'exact', value: 500, stated: '500', asOf: '2011-04-01' }),
      ]),
    ).toEqual([]);
  });

  it('a period given by asOfEnd can reach a later claim', () => {
    const conflicts = findConflicts([
      claim('span', 'example-ministry', { qualifier: 'exact', value: 100, stated: '100', asOf: '2005', asOfEnd: '2011-02' }),
      claim('later', 'fixture-wire', { qualifier: 'exact', value: 500, stated: '500', asOf: '2011-02-15' }),
      claim('too-late', 'fixture-tv', { qualifier: 'exact', value: 100, stated: '100', asOf: '2011-03' }),
    ]);
    expect(conflicts.map((conflict) => conflict.id)).toEqual(['later--span']);
  });

  it('does not compare different measures or different subjects', () => {
    expect(
      findConflicts([
        claim('a', 'example-ministry', { qualifier: 'exact', value: 500, stated: '500' }),
        claim('b', 'fixture-wire', { qualifier: 'exact', value: 40, stated: '40', measure: 'firearms-seized' }),
        claim('c', 'fixture-tv', { qualifier: 'exact', value: 40, stated: '40', subject: 'example-ice' }),
      ]),
    ).toEqual([]);
  });

  it('finds every conflicting pair in a group, once, sorted by id', () => {
    const conflicts = findConflicts([
      claim('c', 'x', { qualifier: 'exact', value: 3, stated: '3' }),
      claim('a', 'y', { qualifier: 'exact', value: 1, stated: '1' }),
      claim('b', 'z', { qualifier: 'exact', value: 2, stated: '2' }),
    ]);
    expect(conflicts.map((conflict) => conflict.id)).toEqual(['a--b', 'a--c', 'b--c']);
  });

  it('reports a declared `contradicts` relation once, whichever side declares it', () => {
    const conflicts = findConflicts([
      statement('staff-dispute', [{ entry: 'director-statement', relation: 'contradicts', note: 'The staff reject the figure.' }]),
      statement('director-statement', [{ entry: 'staff-dispute', relation: 'contradicts' }]),
      statement('unrelated', [{ entry: 'director-statement', relation: 'follows' }]),
    ]);
    expect(conflicts).toEqual([
      {
        id: 'director-statement--staff-dispute',
        entries: ['director-statement', 'staff-dispute'],
        severity: 'declared',
        reason: 'The staff reject the figure.',
      },
    ]);
  });

  it('gives a default reason when the relation has no note', () => {
    const [conflict] = findConflicts([statement('b', [{ entry: 'a', relation: 'contradicts' }])]);
    expect(conflict).toMatchObject({ id: 'a--b', severity: 'declared', reason: 'An editor marked these claims as contradicting each other.' });
  });

  it('a computed conflict is not replaced by a declared one for the same pair', () => {
    const conflicts = findConflicts([
      claim('a', 'x', { qualifier: 'about', value: 30, stated: 'about 30' }, [{ entry: 'b', relation: 'contradicts' }]),
      claim('b', 'y', { qualifier: 'exact', value: 40, stated: '40' }),
    ]);
    expect(conflicts.map((conflict) => [conflict.id, conflict.severity])).toEqual([['a--b', 'incompatible']]);
  });

  it('compares a planned figure only with planned ones, never with a head-count', () => {
    const conflicts = findConflicts([
      claim('now-20', 'example-director', { qualifier: 'exact', value: 20, stated: '20 people' }),
      claim('plan-40', 'example-director', { qualifier: 'exact', value: 40, stated: '40 people', planned: true }),
      claim('wire-40', 'fixture-wire', { qualifier: 'exact', value: 40, stated: '40' }),
      claim('plan-50', 'fixture-wire', { qualifier: 'exact', value: 50, stated: '50', planned: true }),
    ]);
    expect(conflicts.map((conflict) => [conflict.id, conflict.severity])).toEqual([
      ['now-20--wire-40', 'incompatible'],
      ['plan-40--plan-50', 'incompatible'],
    ]);
  });

  it('takes the note of whichever side of a declared relation gives one', () => {
    const [conflict] = findConflicts([
      statement('a', [{ entry: 'b', relation: 'contradicts' }]),
      statement('b', [{ entry: 'a', relation: 'contradicts', note: 'They give different days.' }]),
    ]);
    expect(conflict?.reason).toBe('They give different days.');
  });

  it('tells claimants apart by description when they are not actors', () => {
    const conflicts = findConflicts([
      claim('a', 'description:Unnamed officials', { qualifier: 'exact', value: 500, stated: '500' }),
      claim('b', 'description:Other unnamed officials', { qualifier: 'about', value: 500, stated: 'about 500' }),
      claim('c', 'description:Unnamed officials', { qualifier: 'about', value: 500, stated: 'about 500' }),
    ]);
    expect(conflicts.map((conflict) => conflict.id)).toEqual(['a--b']);
  });
});

describe('conflictsByEntry', () => {
  it('lists each conflict under both of its entries', () => {
    const conflicts = findConflicts([
      claim('a', 'x', { qualifier: 'exact', value: 1, stated: '1' }),
      claim('b', 'y', { qualifier: 'exact', value: 2, stated: '2' }),
      claim('c', 'z', { qualifier: 'exact', value: 1, stated: '1' }),
    ]);
    const byEntry = conflictsByEntry(conflicts);
    expect(byEntry.get('a')?.map((conflict) => conflict.id)).toEqual(['a--b']);
    expect(byEntry.get('b')?.map((conflict) => conflict.id)).toEqual(['a--b', 'b--c']);
    expect(byEntry.get('c')?.map((conflict) => conflict.id)).toEqual(['b--c']);
    expect(byEntry.has('d')).toBe(false);
  });
});

describe('groupDisagreements', () => {
  const withSource = (input: Input, source: string, date = '2011-04-19') => ({ ...input, date, evidence: [{ source }] });

  it('lists a disagreement with one claimant’s restatements once', () => {
    const entries = [
      withSource(claim('pgr-500', 'example-ministry', { qualifier: 'exact', value: 500, stated: '500' }), 'report'),
      withSource(claim('pgr-about-500', 'example-ministry', { qualifier: 'about', value: 500, stated: 'about 500' }), 'report'),
      withSource(claim('ap-several-hundred', 'fixture-wire', { qualifier: 'several', lower: 200, upper: 999, stated: 'several hundred' }), 'wire', '2011'),
    ];
    const disagreements = groupDisagreements(findConflicts(entries), entries);
    expect(disagreements).toHaveLength(1);
    expect(disagreements[0]).toMatchObject({
      id: 'ap-several-hundred--pgr-500',
      severity: 'divergent',
      sides: [['ap-several-hundred'], ['pgr-500', 'pgr-about-500']],
    });
    expect(disagreements[0]?.conflicts.map((conflict) => conflict.id)).toEqual(['ap-several-hundred--pgr-500', 'ap-several-hundred--pgr-about-500']);
  });

  it('gathers claims linked same-as, keeps other claimants apart, and puts contradictions before compatible figures', () => {
    const entries = [
      withSource(
        statement('bosses', [
          { entry: 'agent-1', relation: 'contradicts' },
          { entry: 'other-paper', relation: 'contradicts' },
        ]),
        'tv',
      ),
      withSource(statement('agent-1', [{ entry: 'bosses', relation: 'contradicts' }]), 'tv-interview'),
      withSource(
        statement('agent-2', [
          { entry: 'bosses', relation: 'contradicts' },
          { entry: 'agent-1', relation: 'same-as' },
        ]),
        'tv-reprint',
        '2011-05',
      ),
      withSource(statement('other-paper', []), 'paper'),
      withSource(claim('x-500', 'example-ministry', { qualifier: 'exact', value: 500, stated: '500' }), 'a'),
      withSource(claim('y-several', 'fixture-wire', { qualifier: 'several', lower: 200, upper: 999, stated: 'several hundred' }), 'b'),
      withSource(claim('z-40', 'fixture-tv', { qualifier: 'exact', value: 40, stated: '40' }), 'c'),
    ];
    const disagreements = groupDisagreements(findConflicts(entries), entries);
    expect(disagreements.map((d) => [d.severity, d.sides])).toEqual([
      ['incompatible', [['x-500'], ['z-40']]],
      ['incompatible', [['y-several'], ['z-40']]],
      ['declared', [['agent-1', 'agent-2'], ['bosses']]],
      ['declared', [['bosses'], ['other-paper']]],
      ['divergent', [['x-500'], ['y-several']]],
    ]);
  });
});
