import { describe, it, expect } from 'vitest';
import { formatProblem } from '../../src/core/problems';
import { loadGraphData } from '../../src/ingest/load-graph-data';

const ENTITIES = [
  'id,type,label_en,label_kk,label_ru,aliases,country,wikidata',
  'kazakhstan,country,Kazakhstan,Қазақстан,Казахстан,,,Q232',
  'yermek-kosherbayev,person,Yermek Kosherbayev,Ермек Көшербаев,,Көшербаев,kazakhstan,',
  'foreign-minister,role,Minister of Foreign Affairs,Сыртқы істер министрі,,,,',
  'bad id,person,X,,,,,',
].join('\n');

const TRIPLES = [
  'subject,predicate,object,date,source,evidence',
  'yermek-kosherbayev,holds_position,foreign-minister,2026-02-05,minister-visit,"Сыртқы істер министрі Ермек Көшербаев, сапар барысында, мәлімдеме жасады."',
  'yermek-kosherbayev,represents,kazakhstan,2026-02-05,minister-visit,Көшербаев Қазақстан атынан сөйледі.',
  'bad-id,represents,kazakhstan,,minister-visit,e',
].join('\r\n');

describe('loadGraphData', () => {
  it('parses entities, triples against them and the articles, keeping every problem', () => {
    const data = loadGraphData({
      entitiesCsv: ENTITIES,
      triplesCsv: TRIPLES,
      entitiesFile: 'graph-data/entities.csv',
      triplesFile: 'graph-data/triples.csv',
      articles: [
        { name: 'graph-data/articles/minister-visit.txt', text: ' date 2026-02-05 Министр сапары\nСыртқы істер министрі Ермек Көшербаев сапар барысында мәлімдеме жасады.' },
        { name: 'graph-data/articles/empty.txt', text: '' },
      ],
    });
    expect(data.entities.map((e) => e.id)).toEqual(['kazakhstan', 'yermek-kosherbayev', 'foreign-minister']);
    expect(data.triples.map((t) => t.predicate)).toEqual(['holds_position', 'represents']);
    expect(data.articles.map((a) => [a.id, a.lang, a.date])).toEqual([['minister-visit', 'kk', '2026-02-05']]);
    expect(data.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^graph-data\/entities\.csv:5:1 \(column "id"\): id "bad id" is not a readable slug/),
      expect.stringMatching(/^graph-data\/triples\.csv:4:1 \(column "subject"\): unknown entity "bad-id"/),
      expect.stringMatching(/^graph-data\/articles\/empty\.txt: empty article/),
    ]);
  });

  it('uses the default file names and reports two articles with one id', () => {
    const text = ' date 2026-02-05 Тақырып\nМәтін.';
    const data = loadGraphData({
      entitiesCsv: 'id,type,label_en,label_kk,label_ru,aliases,country,wikidata\n',
      triplesCsv: 'subject,predicate,object,date,source,evidence\nx,met_with,y,,,e\n',
      articles: [{ name: 'a/one.txt', text }, { name: 'b/one.txt', text }],
    });
    expect(data.articles).toHaveLength(1);
    expect(data.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^triples\.csv:2:1 \(column "subject"\): unknown entity "x"/),
      expect.stringMatching(/^triples\.csv:2:3 \(column "object"\): unknown entity "y"/),
      'b/one.txt: duplicate article id "one": a/one.txt has it too; expected one file per id; this file is skipped',
    ]);
  });
});
