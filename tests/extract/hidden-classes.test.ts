// Extraction keeps V8's hidden classes of its per-article objects alive between articles (see SHAPE_KEEPER
// in src/extract/catalogue.ts): otherwise a full collection between articles throws the optimised code
// away, and extraction of the next megabyte runs up to twice as slow. Checked with V8's own test hook.
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/core/types';
import { STATE_SHAPE_KEEPER, ArticleState } from '../../src/extract/article-state';
import { ArticleCatalogue, SHAPE_KEEPER } from '../../src/extract/catalogue';
import { MENTION_SHAPE_KEEPERS } from '../../src/extract/kk-anaphora';
import type { Mention } from '../../src/extract/mentions';
import { testCatalogue } from './extract-helpers';

setFlagsFromString('--allow-natives-syntax');
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

const entity: EntityRecord = { id: 'x', type: 'person', label_en: 'X', label_kk: 'X', label_ru: 'X', aliases: [], country: '', wikidata: '' };
const mention = (): Mention => ({ entity, alternatives: [], first: 1, last: 2, case: 'gen', poss: true, source: 'catalogue' });

describe('hidden classes kept between articles', () => {
  it('an article catalogue and state have the class their idle instances keep', () => {
    const catalogue = new ArticleCatalogue(testCatalogue());
    const state = new ArticleState({ id: 'a', date: '2026-01-01' }, catalogue);
    state.sentenceNo++;
    expect(sameMap(catalogue, SHAPE_KEEPER)).toBe(true);
    expect(sameMap(state, STATE_SHAPE_KEEPER)).toBe(true);
  });

  it('a mention given a role, a plural or a group has a class an idle mention keeps', () => {
    const titled = mention();
    titled.role = entity;
    const plural = mention();
    plural.role = entity;
    plural.plural = true;
    const group = mention();
    group.group = [entity];
    group.role = entity;
    expect([titled, plural, group].map((m, i) => sameMap(m, MENTION_SHAPE_KEEPERS[i]!))).toEqual([true, true, true]);
  });
});
