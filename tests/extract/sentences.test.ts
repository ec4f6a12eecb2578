import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at sentence ends and keeps offsets into the text', () => {
    const text = 'Бірінші сөйлем осында. Екінші сөйлем де бар.';
    const s = splitSentences(text, 10);
    expect(s.map((x) => x.text)).toEqual(['Бірінші сөйлем осында.', 'Екінші сөйлем де бар.']);
    expect(s[1]!.start).toBe(10 + text.indexOf('Екінші'));
  });

  it('survives abbreviations and initials', () => {
    expect(texts('Делегацияда ҚР, АҚШ, БҰҰ т.б. елдердің өкілдері болды. Келесі сөйлем.')).toHaveLength(2);
    expect(texts('АҚШ вице-президенті Дж. Д. Вэнс сөз сөйледі. Ол қысқа айтты.')).toHaveLength(2);
    expect(texts('The U.S. delegation was led by Mr. Smith and J. D. Vance spoke. Then they left.')).toHaveLength(2);
    expect(texts('В 2025 г. в г. Астане т.е. в столице прошла встреча. Потом ещё одна.')).toHaveLength(2);
  });

  it('keeps a quotation with its attribution', () => {
    const t = texts('«Біз дайынбыз. Жұмысты бастаймыз», – деді министр. Басқа сөйлем.');
    expect(t[0]).toBe('«Біз дайынбыз. Жұмысты бастаймыз», – деді министр.');
    expect(t).toHaveLength(2);
  });

  it('drops datelines, photo captions and short navigation lines', () => {
    const t = texts('Саясат\nФото: Ақорда\nАСТАНА. KAZINFORM – Министр Парижге барды.\nАСТАНА.KAZINFORM - Екінші жаңалық келді.');
    expect(t).toEqual(['Министр Парижге барды.', 'Екінші жаңалық келді.']);
  });

  it('keeps headlines (no final period) of four words or more and marks them', () => {
    const s = splitSentences('Тоқаев Макронмен телефон арқылы сөйлесті\nМәтін мұнда.');
    expect(s[0]).toMatchObject({ text: 'Тоқаев Макронмен телефон арқылы сөйлесті', headline: true });
    expect(s[1]!.headline).toBe(false);
  });

  it('cuts a very long line without full stops at spaces, keeping offsets', () => {
    const text = 'сөз '.repeat(2000);
    const s = splitSentences(text);
    expect(s.length).toBeGreaterThan(1);
    for (const x of s) {
      expect(x.text.length).toBeLessThanOrEqual(1500);
      expect(text.slice(x.start, x.start + x.text.length)).toBe(x.text);
    }
  });
});
