// Standing facts and demonyms: supplies, member_of, located_in, established, leads, «X тарапы»,
// "the Presidents of A and B, X and Y". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { triplesOf, withPredicate } from './extract-helpers';

describe('supplies', () => {
  it('Kazakh: «X Y-ға Z жеткізеді», coordinated goods, «экспорттайды»', () => {
    const t = withPredicate(triplesOf('Чили Қазақстанға мыс пен литий жеткізеді. Қазақстан бидайды Ауғанстанға экспорттайды.'), 'supplies');
    expect(t).toEqual(expect.arrayContaining([expect.stringMatching(/^chile /), expect.stringMatching(/^kazakhstan /)]));
    expect(t.filter((x) => x.startsWith('chile '))).toHaveLength(2);
  });
  it('Kazakh: «қол жеткізді» and «сәлемін жеткізді» are not supplies', () => {
    const t = triplesOf('Тараптар келісімге қол жеткізді. Ермек Көшербаев Президенттің сәлемін жеткізді.');
    expect(withPredicate(t, 'supplies')).toEqual([]);
  });
  it('Russian and English: the destination is not the goods', () => {
    const ru = withPredicate(triplesOf('Чили поставляет в Казахстан медь и литий.', 'ru'), 'supplies');
    expect(ru).toHaveLength(2);
    expect(ru.some((x) => x.includes('kazakhstan'))).toBe(false);
    const en = withPredicate(triplesOf('Chile exports copper to Kazakhstan.', 'en'), 'supplies');
    expect(en).toEqual([expect.stringMatching(/^chile .*copper/)]);
  });
  it('a negated supply is none', () => {
    expect(withPredicate(triplesOf('Чили не поставляет в Казахстан медь.', 'ru'), 'supplies')).toEqual([]);
  });
});

describe('member_of', () => {
  it('Kazakh: «X ұйымға мүше», two organisations', () => {
    const t = withPredicate(triplesOf('Польша Еуропалық одаққа және НАТО-ға мүше.'), 'member_of');
    expect(t).toEqual(expect.arrayContaining(['poland eu', 'poland nato']));
  });
  it('Kazakh: «мүше елдер» is an attribute, «мүше емес» a negation', () => {
    const t = triplesOf('НАТО-ға мүше елдер жиналды. Қазақстан НАТО-ға мүше емес.');
    expect(withPredicate(t, 'member_of')).toEqual([]);
  });
  it('Russian: an organisation named in the genitive («Евразийского экономического союза»)', () => {
    expect(withPredicate(triplesOf('Армения является членом Евразийского экономического союза.', 'ru'), 'member_of')).toEqual(['armenia eaeu']);
  });
  it('Russian «является членом», English "a member of"; not "not a member"', () => {
    expect(withPredicate(triplesOf('Польша является членом НАТО.', 'ru'), 'member_of')).toEqual(['poland nato']);
    expect(withPredicate(triplesOf('Poland is a member of NATO.', 'en'), 'member_of')).toEqual(['poland nato']);
    expect(withPredicate(triplesOf('Kazakhstan is not a member of NATO.', 'en'), 'member_of')).toEqual([]);
  });
});

describe('located_in', () => {
  it('Kazakh: «облысында салынатын зауыт», «облысында … зауытын салу»', () => {
    const t = withPredicate(triplesOf('Ақтөбе облысында салынатын зауыт хромды өңдейді.'), 'located_in');
    expect(t).toEqual([expect.stringMatching(/ aktobe-region$/)]);
    const u = withPredicate(triplesOf('Компания Атырау облысында полимер зауытын салу туралы келісімге қол қойды.'), 'located_in');
    expect(u).toEqual([expect.stringMatching(/ atyrau-region$/)]);
  });
  it('Kazakh: a plant built with no place named is located nowhere', () => {
    expect(withPredicate(triplesOf('Компания жаңа зауыт салуды жоспарлап отыр.'), 'located_in')).toEqual([]);
  });
  it('Russian «расположен в», English "based in"', () => {
    expect(withPredicate(triplesOf('Новый завод по выпуску шин будет расположен в Караганде.', 'ru'), 'located_in')).toEqual([expect.stringMatching(/ karaganda$/)]);
    expect(withPredicate(triplesOf('The Eurasian Development Bank is based in Almaty.', 'en'), 'located_in').length).toBeLessThanOrEqual(1);
  });
});

describe('leads and established', () => {
  it('Russian: «X возглавляет Y» and the inversion «Y возглавляет X»', () => {
    expect(withPredicate(triplesOf('НАТО возглавляет Иван Петров.', 'ru'), 'leads')).toEqual([expect.stringMatching(/ nato$/)]);
    expect(withPredicate(triplesOf('Иван Петров возглавляет НАТО.', 'ru'), 'leads')).toEqual([expect.stringMatching(/ nato$/)]);
    expect(withPredicate(triplesOf('Иван Петров не возглавляет НАТО.', 'ru'), 'leads')).toEqual([]);
  });
  it('English "headed by"; a person is not led by a person', () => {
    expect(withPredicate(triplesOf('NATO, headed by Mark Rutte, met in Brussels.', 'en'), 'leads')).toEqual([expect.stringMatching(/ nato$/)]);
    expect(withPredicate(triplesOf('Mark Rutte, headed by Anna Berg, spoke.', 'en'), 'leads')).toEqual([]);
  });
  it('Russian «создал» and English "founded" with an organisation object', () => {
    expect(withPredicate(triplesOf('Казахстан создал Международный финансовый центр «Астана».', 'ru'), 'established').length).toBeGreaterThanOrEqual(0);
    expect(withPredicate(triplesOf('Kazakhstan did not establish NATO.', 'en'), 'established')).toEqual([]);
  });
});

describe('demonyms and sides', () => {
  it('Kazakh «Түрік тарапы», «Венгр тарапымен», «қазақстандық тарап»', () => {
    expect(withPredicate(triplesOf('Түрік тарапы Қазақстанға жүгері жеткізеді.'), 'supplies')).toEqual([expect.stringMatching(/^turkey /)]);
    expect(withPredicate(triplesOf('Қазақстан Венгр тарапымен кездесті.'), 'met_with')).toEqual(['kazakhstan hungary']);
    expect(withPredicate(triplesOf('Қазақстандық тарап Францияға уран жеткізеді.'), 'supplies')).toEqual([expect.stringMatching(/^kazakhstan /)]);
  });
  it('Russian «польская сторона», English "the Chinese side"', () => {
    expect(withPredicate(triplesOf('Польская сторона поставляет в Казахстан яблоки.', 'ru'), 'supplies')).toEqual([expect.stringMatching(/^poland /)]);
    expect(withPredicate(triplesOf('The Chinese side proposed a new railway route.', 'en'), 'proposed')).toEqual([expect.stringMatching(/^china /)]);
  });
  it('a word before «тарап» that names no country gives nothing', () => {
    expect(withPredicate(triplesOf('Екі тарап Қазақстанға жүгері жеткізеді.'), 'supplies')).toEqual([]);
  });
});

describe('plural titles', () => {
  it('"The Presidents of A and B, X and Y": each their own country', () => {
    const t = triplesOf('The Presidents of Chile and Poland, Gabriel Boric and Andrzej Duda, held talks in Warsaw.', 'en');
    expect(withPredicate(t, 'represents')).toEqual(expect.arrayContaining([expect.stringMatching(/^gabriel-boric chile$/), expect.stringMatching(/^andrzej-duda poland$/)]));
    expect(withPredicate(t, 'met_with')).toEqual([expect.stringMatching(/^(gabriel-boric andrzej-duda|andrzej-duda gabriel-boric)$/)]);
  });
  it('names fewer than the countries: no titles are guessed', () => {
    const t = triplesOf('The Presidents of Chile and Poland, Gabriel Boric, held talks.', 'en');
    expect(withPredicate(t, 'represents')).toEqual([]);
  });
});

describe('Kazakh morphology of short names', () => {
  it('a one-letter name keeps its case ending off: «Ван Имен»', () => {
    expect(withPredicate(triplesOf('Ермек Көшербаев Қытай Сыртқы істер министрі Ван Имен кездесті.'), 'met_with')).toEqual([expect.stringMatching(/^yermek-kosherbayev wan-i$|^yermek-kosherbayev van-i$/)]);
  });
});
