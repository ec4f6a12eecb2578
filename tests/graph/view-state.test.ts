import { describe, expect, it } from 'vitest';
import { makeFilter } from '../../src/graph/graph-filter';
import { makeViewState, sameViewState, viewStateFromParams, viewStateToParams } from '../../src/graph/view-state';

describe('view state in the URL', () => {
  it('round-trips a full view', () => {
    const state = makeViewState({
      filter: makeFilter({
        actors: ['yermek-kosherbayev', 'marco-rubio'],
        depth: 2,
        countries: ['united-states'],
        types: ['person', 'event'],
        predicates: ['attended', 'invited'],
        provenance: ['extracted'],
        dateFrom: '2026-02',
        dateTo: '2026-02-05',
      }),
      selected: 'marco-rubio',
      path: ['yermek-kosherbayev', 'jd-vance'],
      lang: 'kk',
    });
    const back = viewStateFromParams(new URLSearchParams(viewStateToParams(state).toString()));
    expect(back).toEqual(state);
  });

  it('leaves defaults out of the link', () => {
    expect(viewStateToParams(makeViewState()).toString()).toBe('');
    expect(viewStateToParams(makeViewState({ filter: makeFilter({ depth: 3 }) })).toString()).toBe('');
  });

  it('ignores garbage instead of failing', () => {
    const s = viewStateFromParams(
      new URLSearchParams('type=person&type=alien&rel=attended&rel=hacked&prov=guessed&depth=9&from=2026-13&to=yesterday&lang=fr&path=a&node=%20x%20'),
    );
    expect(s.filter.types).toEqual(['person']);
    expect(s.filter.predicates).toEqual(['attended']);
    expect(s.filter.provenance).toEqual([]);
    expect(s.filter.depth).toBe(1);
    expect([s.filter.dateFrom, s.filter.dateTo]).toEqual(['', '']);
    expect(s.lang).toBe('en');
    expect(s.path).toBeNull();
    expect(s.selected).toBe('x');
  });

  it('keeps ids with any characters and drops repeats', () => {
    const s = viewStateFromParams(new URLSearchParams('actor=a%26b&actor=a%26b&actor=c%2Cd'));
    expect(s.filter.actors).toEqual(['a&b', 'c,d']);
  });

  it('compares views regardless of the order values were added', () => {
    const a = makeViewState({ filter: makeFilter({ types: ['person', 'event'] }) });
    const b = makeViewState({ filter: makeFilter({ types: ['event', 'person'] }) });
    expect(sameViewState(a, b)).toBe(true);
    expect(sameViewState(a, makeViewState())).toBe(false);
  });
});
