// English: the shared subject–verb–object rules (svo-rules.ts) with English words.
import type { EntityRecord } from '../core/types';
import type { ArticleState } from './article-state';
import type { Parsed } from './parsed-sentence';
import type { Sentence } from './sentences';
import { emitTitles, parseSvoSentence, type Title } from './svo';
import { applySvoRules, type SvoRules } from './svo-rules';

const ROLE_HEADS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    president: 'President', minister: 'Minister', secretary: 'Secretary', premier: 'Premier', chairman: 'Chairman',
    chairwoman: 'Chairwoman', ambassador: 'Ambassador', director: 'Director', king: 'King', chancellor: 'Chancellor',
    governor: 'Governor', mayor: 'Mayor', emir: 'Emir', ceo: 'Chief Executive Officer', spokesperson: 'Spokesperson',
  }),
);

export const ENGLISH: SvoRules = {
  lang: 'en',
  roleHeads: ROLE_HEADS,
  roleLinks: /^(?:of|for|the|foreign|affairs|state|trade|energy|finance|defence|defense|commerce|industry|and)$/,
  functionWords: /^(?:the|a|an|of|in|on|at|to|for|with|and|or|but|by|from|as|us|it|this|that)$/,
  orgHeads: /^(?:ministry|company|corporation|fund|bank|agency|council|committee|department|university|association|group|administration)$/,
  notNames: /^(?:the|a|an|this|that|these|those|following|during|after|before|in|on|at|for|with|and|but|it|we|our|there|currently|president|presidents|minister|kazakh|chinese|american|russian|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/,
  surname: /(?:ov|ev|yev|in|ova|eva)$/,
  and: /^(?:and|as well as)$/,
  withPrep: /^with$/,
  inPrep: /^(?:in|at|to)$/,
  between: /^between$/,
  eventHeads: /^(?:signing|ceremony|meeting|summit|forum|conference|session|talks|visit|briefing)$/,
  documentHeads: /^(?:memorandum|agreement|agreements|document|documents|treaty|statement|declaration|protocol|contract|deal)$/,
  phraseStop: /^(?:and|but|that|which|who|said|reported|it|he|she|they|we|this|,|\.|–|-|the|a|an)$/,
  source: /^(?:reports|reported|according)$/,
  bothSides: /^(?:sides|leaders|ministers|presidents|delegations)$/,
  facts: {
    supply: /^(?:supplies|supplied|exports|exported)$/,
    member: /^members?$/,
    memberOf: /^of$/,
    lead: /^(?:heads|headed|leads|led)$/,
    ledBy: /^(?:headed|led|chaired)$/,
    located: /^(?:located|based|situated)$/,
    founded: /^(?:established|founded|set)$/,
    negation: /^(?:not|never|no)$/,
    stop: /^(?:and|or|but|that|which|to|in|into|from|for|with|by|is|are|was|were|will|has|have|annually|,|\.)$/,
  },
  cues: [
    { word: /^(?:signed|sign|ink|inked)$/, kind: 'sign', predicate: 'signed' },
    { word: /^(?:met|talks|negotiations|spoke)$/, kind: 'partner', predicate: 'met_with' },
    { word: /^agreed$/, kind: 'partner', predicate: 'agreed_with' },
    { word: /^(?:said|stated|noted|stressed|emphasized|emphasised|told)$/, kind: 'speech', predicate: 'said' },
    { word: /^announced$/, kind: 'speech', predicate: 'announced' },
    { word: /^proposed$/, kind: 'speech', predicate: 'proposed' },
    { word: /^discussed$/, kind: 'speech', predicate: 'discussed' },
    { word: /^visited$/, kind: 'visit', predicate: 'visited' },
    { word: /^attended$/, kind: 'attend', predicate: 'attended' },
    { word: /^invited$/, kind: 'invite', predicate: 'invited' },
    { word: /^(?:cooperation|cooperate|partnership)$/, kind: 'cooperation', predicate: 'cooperates_with' },
  ],
};

export type EnParsed = Parsed & { svoTitles: Title[] };

export const parseEnglishSentence = (sent: Sentence, state: ArticleState): EnParsed => parseSvoSentence(sent, state, ENGLISH);

export function readEnglishSentence(p: Parsed, state: ArticleState, _holders: ReadonlyMap<string, EntityRecord>): void {
  const sp = p as EnParsed;
  emitTitles(sp, state);
  applySvoRules(ENGLISH, sp, state);
  for (const m of p.mentions) state.remember(m.entity);
}
