import { describe, it, expect } from 'vitest';
import { formatProblem } from '../../src/core/problems';
import { articleIdOf, guessLang, parseArticle } from '../../src/ingest/article-text';

// Short texts written for these tests.
const KK_TITLE = 'Қазақстан мен Жапония ынтымақтастықты талқылады';
const KK_BODY = 'АСТАНА. Сыртқы істер министрі жапон әріптесімен кездесті.\nТараптар сирек металдар саласын талқылады.';

describe('parseArticle', () => {
  it('reads the seed form: " date YYYY-MM-DD <title>" then the body', () => {
    const text = ` date 2026-02-05 ${KK_TITLE}\n${KK_BODY}\n`;
    const { article, problems } = parseArticle(text, 'graph-data/articles/kk-jp-talks.txt');
    expect(problems).toEqual([]);
    expect(article).toEqual({
      id: 'kk-jp-talks',
      title: KK_TITLE,
      date: '2026-02-05',
      lang: 'kk',
      url: '',
      body: KK_BODY,
      bodyOffset: text.indexOf('АСТАНА'),
    });
  });

  it('is lenient about the leading space and a colon in the seed line', () => {
    expect(parseArticle(`date 2026-02-05 ${KK_TITLE}\n${KK_BODY}`, 'a.txt').article?.title).toBe(KK_TITLE);
    expect(parseArticle(`date: 2026-02-05 ${KK_TITLE}\n${KK_BODY}`, 'a.txt').article).toMatchObject({ title: KK_TITLE, date: '2026-02-05' });
  });

  it('reads the header form, in any order, with the first body line as the title', () => {
    const text = `lang: kk\nsource: test\ndate: 2026-02-05\nurl: https://example.kz/news/1\n\n${KK_TITLE}\n${KK_BODY}\n`;
    const { article, problems } = parseArticle(text, 'news-1.txt');
    expect(problems).toEqual([]);
    expect(article).toMatchObject({ id: 'news-1', title: KK_TITLE, date: '2026-02-05', lang: 'kk', url: 'https://example.kz/news/1' });
    expect(article?.body.startsWith(KK_TITLE)).toBe(true);
    expect(text.slice(article!.bodyOffset, article!.bodyOffset + KK_TITLE.length)).toBe(KK_TITLE);
  });

  it('strips a BOM and CRLF line ends; bodyOffset points into the normalised text', () => {
    const text = `\uFEFFurl: https://example.kz/2\r\ndate: 2026-02-05\r\n\r\n${KK_TITLE}\r\n${KK_BODY.replace('\n', '\r\n')}\r\n`;
    const { article, problems } = parseArticle(text, 'crlf.txt');
    expect(problems).toEqual([]);
    expect(article?.body).toBe(`${KK_TITLE}\n${KK_BODY}`);
    const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    expect(normalised.slice(article!.bodyOffset)).toMatch(new RegExp(`^${KK_TITLE}`));
  });

  it('guesses the language when the header does not give it', () => {
    expect(parseArticle(` date 2026-02-05 ${KK_TITLE}\n${KK_BODY}`, 'a.txt').article?.lang).toBe('kk');
    expect(parseArticle('date: 2026-02-05\n\nМинистр встретился с коллегой из Японии в Астане.', 'b.txt').article?.lang).toBe('ru');
    expect(parseArticle('date: 2026-02-05\n\nThe minister met his Japanese counterpart in Astana.', 'c.txt').article?.lang).toBe('en');
    // A Russian text that quotes a Kazakh name is still Russian.
    expect(guessLang('Президент Казахстана Касым-Жомарт Тоқаев провёл переговоры с премьер-министром Японии в столице страны.')).toBe('ru');
  });

  it('reports an empty file as an error, not a crash', () => {
    for (const text of ['', '\uFEFF', ' \r\n\n']) {
      const { article, problems } = parseArticle(text, 'articles/empty.txt');
      expect(article).toBeNull();
      expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^articles\/empty\.txt: empty article: expected a first line ' date YYYY-MM-DD <title>'/)]);
    }
  });

  it('reports a body without letters, and a header without a body', () => {
    const noLetters = parseArticle('url: https://example.kz/3\ndate: 2026-02-05\n\n12345 ... 67\n', 'digits.txt');
    expect(noLetters.article).toBeNull();
    expect(noLetters.problems.map(formatProblem)).toEqual(['digits.txt:4:1: the body has no letters: expected the article text after the header']);
    const noBody = parseArticle('url: https://example.kz/4\nlang: kk\n', 'nobody.txt');
    expect(noBody.article).toBeNull();
    expect(formatProblem(noBody.problems[0]!)).toMatch(/^nobody\.txt:\d+:1: no body: expected the article text/);
  });

  it('warns about a bad date and keeps the article', () => {
    const { article, problems } = parseArticle(`url: https://example.kz/5\ndate: 2026-02-30\n\n${KK_BODY}`, 'bad-date.txt');
    expect(article?.date).toBe('');
    expect(article?.body).toBe(KK_BODY);
    expect(problems.map(formatProblem)).toEqual([
      'bad-date.txt:2:7 (column "date"): warning: bad date "2026-02-30": expected YYYY-MM-DD (a real calendar date); the date is left empty',
    ]);
    const seed = parseArticle(` date 05/02/2026 ${KK_TITLE}\n${KK_BODY}`, 'seed-bad.txt');
    expect(seed.article?.title).toBe(KK_TITLE);
    expect(seed.problems[0]).toMatchObject({ line: 1, column: 7, field: 'date', severity: 'warning' });
  });

  it('takes "unknown" as an absent date, and a date-time as its date', () => {
    expect(parseArticle(`date: unknown\n\n${KK_BODY}`, 'a.txt')).toMatchObject({ article: { date: '' }, problems: [] });
    expect(parseArticle(`date: 2026-02-05T09:30:00+05:00\n\n${KK_BODY}`, 'a.txt').article?.date).toBe('2026-02-05');
  });

  it('warns about a header not followed by a blank line, and about a file without a header', () => {
    const glued = parseArticle(`url: https://example.kz/6\ndate: 2026-02-05\n${KK_TITLE}\n${KK_BODY}`, 'glued.txt');
    expect(glued.article?.title).toBe(KK_TITLE);
    expect(glued.problems).toMatchObject([{ line: 3, severity: 'warning' }]);
    const bare = parseArticle(`${KK_TITLE}\n${KK_BODY}`, 'bare.txt');
    expect(bare.article).toMatchObject({ title: KK_TITLE, bodyOffset: 0, lang: 'kk' });
    expect(formatProblem(bare.problems[0]!)).toMatch(/^bare\.txt:1:1: warning: no header: expected a first line ' date YYYY-MM-DD <title>'/);
  });

  it('derives the id from the file name alone', () => {
    expect(articleIdOf('graph-data/articles/seed.txt')).toBe('seed');
    expect(articleIdOf('C:\\data\\articles\\kz-us.2026.txt')).toBe('kz-us.2026');
    expect(articleIdOf('README')).toBe('README');
  });
});
