// A small graph with everything that breaks writers: Kazakh and Russian text, markup, quotes, commas,
// newlines, '&', cells a spreadsheet would run as formulas, symmetric and parallel edges, empty fields.
import { expect } from 'vitest';
import type { Dataset, EdgeAttributes, EntityRecord, TripleRecord } from '../../src/core/types';
import { buildGraph } from '../../src/graph/build-graph';
import type { KnowledgeGraph } from '../../src/graph/kg-graph';

const entity = (e: Partial<EntityRecord> & Pick<EntityRecord, 'id' | 'type'>): EntityRecord => ({
  label_en: '',
  label_kk: '',
  label_ru: '',
  aliases: [],
  country: '',
  wikidata: '',
  ...e,
});

const triple = (t: Partial<TripleRecord> & Pick<TripleRecord, 'subject' | 'predicate' | 'object'>): TripleRecord => ({
  date: '',
  place: '',
  counterpart: '',
  provenance: 'curated',
  source: '',
  evidence: '',
  confidence: 1,
  subjectMention: '',
  objectMention: '',
  ...t,
});

export const XSS_LABEL = 'Critical Minerals "Ministerial" <img src=x onerror=alert(1)>';

export function fixtureDataset(): Dataset {
  return {
    entities: [
      entity({
        id: 'yermek-kosherbayev',
        type: 'person',
        label_en: 'Yermek Kosherbayev',
        label_kk: 'Ермек Көшербаев',
        label_ru: 'Ермек Кошербаев',
        aliases: ['Көшербаев', 'Kosherbayev', 'Кошербаев'],
        country: 'kazakhstan',
        wikidata: 'Q4534213',
      }),
      entity({ id: 'kazakhstan', type: 'country', label_en: 'Kazakhstan', label_kk: 'Қазақстан', label_ru: 'Казахстан', aliases: ['Qazaqstan', 'РК'], wikidata: 'Q232' }),
      entity({ id: 'united-states', type: 'country', label_en: 'United States', label_kk: 'АҚШ', label_ru: 'США', wikidata: 'Q30' }),
      entity({ id: 'marco-rubio', type: 'person', label_en: 'Marco Rubio', label_kk: 'Марко Рубио', label_ru: 'Марко Рубио', country: 'united-states', wikidata: 'Q324546' }),
      entity({
        id: 'ministerial-conference',
        type: 'event',
        label_en: XSS_LABEL,
        label_kk: 'Сыни минералдар жөніндегі министрлік конференция',
        aliases: ['CMM & friends', 'конференция, первая'],
        country: 'united-states',
      }),
      entity({ id: 'washington', type: 'place', label_en: 'Washington, D.C.', label_kk: 'Вашингтон', label_ru: 'Вашингтон', country: 'united-states' }),
      entity({ id: 'rare-earths', type: 'commodity', label_en: 'rare earth metals', label_kk: 'сирек жер металдары', label_ru: 'редкоземельные металлы', aliases: ['REE'] }),
      // No English label: the display label falls back to Kazakh; an alias a spreadsheet would run.
      entity({ id: 'memorandum', type: 'document', label_kk: 'Өзара түсіністік туралы меморандум', label_ru: 'Меморандум о взаимопонимании', aliases: ['=HYPERLINK("http://evil.example")'] }),
    ],
    triples: [
      triple({
        subject: 'yermek-kosherbayev',
        predicate: 'attended',
        object: 'ministerial-conference',
        date: '2026-02-04',
        place: 'washington',
        source: 'kazinform-2026-02-04',
        evidence: 'Ермек Көшербаев Вашингтонда өткен "Сыни минералдар" конференциясына қатысты, — деп хабарлайды Kazinform.\nЕкінші жол & <b>bold</b>',
      }),
      // Symmetric, given in the order the key does not use.
      triple({ subject: 'yermek-kosherbayev', predicate: 'met_with', object: 'marco-rubio', date: '2026-02-04', source: 'kazinform-2026-02-04', evidence: '=SUM(A1)' }),
      // The same relation extracted from another article: merged into one curated|extracted edge.
      triple({
        subject: 'marco-rubio',
        predicate: 'met_with',
        object: 'yermek-kosherbayev',
        provenance: 'extracted',
        source: 'another-article',
        evidence: '-5 points, said "he"',
        confidence: 0.73,
        subjectMention: 'Рубио',
        objectMention: 'Көшербаевпен',
      }),
      // Parallel edges between the same two nodes, both directions.
      triple({ subject: 'yermek-kosherbayev', predicate: 'signed_with', object: 'marco-rubio', counterpart: 'united-states', source: 'kazinform-2026-02-04', evidence: '+1 @ the "deal", 100%' }),
      triple({ subject: 'marco-rubio', predicate: 'invited', object: 'yermek-kosherbayev', date: '2026-01', source: 'kazinform-2026-02-04', evidence: '@everyone: шақыру' }),
      triple({ subject: 'ministerial-conference', predicate: 'held_in', object: 'washington', date: '2026', source: 'kazinform-2026-02-04', evidence: "Конференция прошла в Вашингтоне; «кавычки» и 'апострофы'" }),
      triple({
        subject: 'kazakhstan',
        predicate: 'supplies',
        object: 'rare-earths',
        provenance: 'extracted',
        source: 'analysis-1',
        evidence: 'Казахстан поставляет редкоземельные металлы',
        confidence: 0.6,
        subjectMention: 'Казахстан',
        objectMention: 'редкоземельные металлы',
      }),
      triple({ subject: 'yermek-kosherbayev', predicate: 'represents', object: 'kazakhstan', evidence: 'Қазақстан Республикасының Сыртқы істер министрі' }),
      triple({
        subject: 'yermek-kosherbayev',
        predicate: 'discussed',
        object: 'rare-earths',
        provenance: 'extracted',
        source: 'kazinform-2026-02-04',
        evidence: '-5% экспорт, деді ол',
        confidence: 0.55,
        subjectMention: 'Көшербаев',
        objectMention: 'сирек жер металдары',
      }),
      // Already starts with an apostrophe and a formula character: the escaping must stay reversible.
      triple({ subject: 'kazakhstan', predicate: 'signed', object: 'memorandum', date: '2025-11-06', source: 'kazinform-2025-11-06', evidence: "'=already quoted" }),
    ],
    problems: [],
  };
}

export function fixtureGraph(): KnowledgeGraph {
  const { graph, problems } = buildGraph(fixtureDataset(), 'Kazakhstan – critical minerals');
  expect(problems).toEqual([]);
  return graph;
}

export interface SameGraphOptions {
  /** Turns an expected edge's attributes into what a lossy format keeps. */
  edge?: (a: EdgeAttributes) => EdgeAttributes;
}

/** Same node keys, same edge keys with the same ends, all attributes deep-equal. */
export function expectSameGraph(actual: KnowledgeGraph | null, expected: KnowledgeGraph, options: SameGraphOptions = {}): void {
  expect(actual).not.toBeNull();
  const a = actual!;
  expect(a.nodes().sort()).toEqual(expected.nodes().sort());
  expect(a.edges().sort()).toEqual(expected.edges().sort());
  expected.forEachNode((id, attrs) => expect(a.getNodeAttributes(id), `node ${id}`).toEqual(attrs));
  expected.forEachEdge((key, attrs, source, target) => {
    expect([a.source(key), a.target(key)], `ends of ${key}`).toEqual([source, target]);
    expect(a.getEdgeAttributes(key), `edge ${key}`).toEqual(options.edge ? options.edge(attrs) : attrs);
  });
}
