// Text → records: `extractArticle` reads one article against a catalogue and returns the triples it
// finds, the entities they name (catalogue ones and new ones) and the problems met.
import { problem } from '../core/problems';
import type { Dataset, EntityRecord, Lang } from '../core/types';
import type { Article } from '../ingest/article-text';
import { ArticleState } from './article-state';
import { ArticleCatalogue, buildCatalogue, type Catalogue } from './catalogue';
import { guessLanguage } from './language';
import { readArticle } from './read-article';

export { buildCatalogue, type Catalogue };
export type { Article };

/** Triples of one article; `catalogue` from `buildCatalogue([...BUNDLED_ENTITIES, ...graphData])`. */
export function extractArticle(article: Article, catalogue: Catalogue): Dataset {
  const file = `${article.id || 'article'}.txt`;
  const text = article.body ?? '';
  if (!/\p{L}/u.test(text)) {
    return { entities: [], triples: [], problems: [problem(file, 0, 0, 'empty article: expected text to extract triples from')] };
  }
  const problems = [];
  let lang: Lang | null = article.lang === '' ? null : article.lang;
  if (lang === null) {
    lang = guessLanguage(text);
    if (lang === null) {
      return { entities: [], triples: [], problems: [problem(file, 0, 0, 'unknown language: expected Kazakh, Russian or English text (set lang: kk|ru|en)')] };
    }
    problems.push(problem(file, 0, 0, `no language given; read as ${lang}`, 'lang', 'warning'));
  }
  const state = new ArticleState({ id: article.id, date: article.date }, new ArticleCatalogue(catalogue));
  readArticle(text, lang, state);
  state.summariseStatements();
  const entities: EntityRecord[] = state.usedEntities();
  return { entities, triples: state.triples, problems };
}
