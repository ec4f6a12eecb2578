import { describe, expect, it } from 'vitest';
import { buildCatalogue, extractArticle } from '../../src/extract/index';
import { guessLanguage } from '../../src/extract/language';
import { testCatalogue, triplesOf, withPredicate } from './extract-helpers';

const article = (body: string, lang: '' | 'kk' | 'ru' | 'en' = 'kk') => ({ id: 'a1', title: '', date: '', lang, url: '', body, bodyOffset: 0 });

describe('extractArticle', () => {
  it('an empty article is a problem, not a crash', () => {
    const d = extractArticle(article('   \n  '), testCatalogue());
    expect(d.triples).toEqual([]);
    expect(d.problems[0]).toMatchObject({ file: 'a1.txt', severity: 'error' });
    expect(d.problems[0]!.message).toMatch(/empty article/);
  });

  it('text in no language it reads is a problem', () => {
    const d = extractArticle(article('日本語のテキストです。', ''), testCatalogue());
    expect(d.problems[0]!.message).toMatch(/unknown language/);
  });

  it('guesses the language when none is given, with a warning', () => {
    expect(guessLanguage('Қазақстан мен Франция келісті.')).toBe('kk');
    expect(guessLanguage('Казахстан и Франция договорились.')).toBe('ru');
    expect(guessLanguage('Kazakhstan and France agreed.')).toBe('en');
    const d = extractArticle(article('Ермек Көшербаев Францияға ресми сапармен барды.', ''), testCatalogue());
    expect(d.problems.some((p) => p.severity === 'warning')).toBe(true);
  });

  it('works with an empty catalogue: new names get ids, labels and merge by id', () => {
    const d = extractArticle(article('Франция Сыртқы істер министрі Жан Барро Германия Сыртқы істер министрі Анна Шульцпен кездесті.'), buildCatalogue([]));
    const barro = d.entities.find((e) => e.id === 'zhan-barro');
    expect(barro).toMatchObject({ type: 'person', label_kk: 'Жан Барро', label_en: 'Zhan Barro' });
    expect(d.triples.some((t) => t.predicate === 'met_with')).toBe(true);
  });

  it('a malformed text (no sentence ends, stray symbols) still gives a dataset', () => {
    const d = extractArticle(article('««« »»» –– ??? Ермек ,,, Көшербаев ;;; '), testCatalogue());
    expect(Array.isArray(d.triples)).toBe(true);
  });
});

describe('Russian and English', () => {
  it('Russian: titles, signing with inversion, cooperation between two countries', () => {
    const t = triplesOf('Соглашение подписали министр сельского хозяйства Франции Жан Дюпон и министр энергетики Казахстана Ерлан Аккенженов. Стороны договорились о сотрудничестве между Казахстаном и Францией.', 'ru');
    expect(withPredicate(t, 'represents')).toEqual(expect.arrayContaining([expect.stringMatching(/ france$/), expect.stringMatching(/ kazakhstan$/)]));
    expect(withPredicate(t, 'signed_with')).toHaveLength(1);
    expect(t).toContain('kazakhstan cooperates_with france');
  });

  it('English: "X and Y signed", "said President X"', () => {
    const t = triplesOf('Kazakhstan and France signed a roadmap on energy. «We will build two plants,» said President Emmanuel Macron.', 'en');
    expect(t).toContain('kazakhstan signed_with france');
    expect(withPredicate(t, 'said').some((x) => x.startsWith('emmanuel-macron '))).toBe(true);
    expect(withPredicate(t, 'holds_position')).toContain('emmanuel-macron president');
  });
});
