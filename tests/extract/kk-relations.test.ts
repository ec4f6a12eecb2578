// Each Kazakh relation pattern on sentences written for these tests, with the traps the notes name.
import { describe, expect, it } from 'vitest';
import { triplesOf, withPredicate } from './extract-helpers';

describe('Kazakh titles', () => {
  it('«[country] [title] [Name]» gives holds_position and represents', () => {
    const t = triplesOf('Франция Сыртқы істер министрі Жан Барро Астанаға келді.');
    expect(t).toContain('zhan-barro holds_position minister-of-foreign-affairs');
    expect(t).toContain('zhan-barro represents france');
  });

  it('a title holder found by surname later: «Барроның» is the same person', () => {
    const t = triplesOf('Франция Президенті Эммануэль Макрон Астанаға сапармен келді. Тоқаев Макронмен кездесті.');
    expect(withPredicate(t, 'met_with').some((x) => x.includes('emmanuel-makron'))).toBe(true);
    expect(withPredicate(t, 'visited')).toContain('emmanuel-makron astana');
  });
});

describe('attended and the «қатысты» trap', () => {
  it('event in the dative + clause-final қатысты → attended; LOC + өткен → held_in', () => {
    const t = triplesOf('Ермек Көшербаев Астанада өткен халықаралық инвестициялық форумға қатысты.');
    const attended = withPredicate(t, 'attended');
    expect(attended).toHaveLength(1);
    expect(attended[0]).toMatch(/^yermek-kosherbayev event-/);
    expect(withPredicate(t, 'held_in')[0]).toMatch(/ astana$/);
  });

  it('«X-ға қатысты» followed by a noun means "concerning": no attended', () => {
    const t = triplesOf('Ермек Көшербаев энергетикалық форумға қатысты мәселелерді талқылады.');
    expect(withPredicate(t, 'attended')).toEqual([]);
    expect(withPredicate(t, 'discussed')).toHaveLength(1);
  });

  it('a planned participation is announced, not attended', () => {
    const t = triplesOf('Ермек Көшербаев келесі айда экономикалық форумға қатыспақ.');
    expect(withPredicate(t, 'attended')).toEqual([]);
    expect(withPredicate(t, 'announced')).toHaveLength(1);
  });
});

describe('invited', () => {
  it('GEN + шақыруымен: the genitive noun invited the clause subject', () => {
    const t = triplesOf('Ермек Көшербаев Дональд Трамптың шақыруымен Вашингтонға сапармен барды.');
    expect(t).toContain('donald-trump invited yermek-kosherbayev');
    expect(t).toContain('yermek-kosherbayev visited washington');
  });

  it('«оны … шақырды»: the pronoun is the person named before', () => {
    const t = triplesOf('Ермек Көшербаев Дональд Трамппен сөйлесіп, оны Астанаға келуге шақырды.');
    expect(t).toContain('yermek-kosherbayev invited donald-trump');
    expect(withPredicate(t, 'visited')).toEqual([]);
  });
});

describe('met_with: «мен» and vs. -мен with', () => {
  it('attached -мен (instrumental) is the partner', () => {
    expect(triplesOf('Ермек Көшербаев Дональд Трамппен кездесті.')).toContain('yermek-kosherbayev met_with donald-trump');
  });

  it('separate «мен» joins two subjects who met each other', () => {
    const t = withPredicate(triplesOf('Ермек Көшербаев пен Дональд Трамп Вашингтонда кездесті.'), 'met_with');
    expect(t).toHaveLength(1);
    expect(t[0]!.split(' ').sort()).toEqual(['donald-trump', 'yermek-kosherbayev']);
  });

  it('phone calls, «қабылдады» with an accusative person, «келіссөз жүргізді»', () => {
    expect(triplesOf('Ермек Көшербаев Дональд Трамппен бейнебайланыс арқылы сөйлесті.')).toContain('yermek-kosherbayev met_with donald-trump');
    expect(triplesOf('Дональд Трамп Ермек Көшербаевты қабылдады.')).toContain('donald-trump met_with yermek-kosherbayev');
    expect(triplesOf('Ермек Көшербаев Дональд Трамппен келіссөз жүргізді.')).toContain('yermek-kosherbayev met_with donald-trump');
  });

  it('«шешім қабылдады» (took a decision) is not a meeting', () => {
    expect(withPredicate(triplesOf('Дональд Трамп маңызды шешім қабылдады.'), 'met_with')).toEqual([]);
  });
});

describe('signed, visited, held_in, said', () => {
  it('«X мен Y арасында … меморандумға қол қойылды» → signed_with and cooperates_with', () => {
    const t = triplesOf('Қазақстан мен Франция арасында ынтымақтастық туралы меморандумға қол қойылды.');
    expect(t).toContain('kazakhstan signed_with france');
    expect(t).toContain('kazakhstan cooperates_with france');
  });

  it('an active signing with an instrumental partner: signed and signed_with', () => {
    const t = triplesOf('Ермек Көшербаев Дональд Трамппен сауда туралы келісімге қол қойды.');
    expect(t).toContain('yermek-kosherbayev signed_with donald-trump');
    expect(withPredicate(t, 'signed').some((x) => x.startsWith('yermek-kosherbayev document-'))).toBe(true);
  });

  it('a past visit is visited; a future one is announced', () => {
    expect(triplesOf('Ермек Көшербаев Францияға ресми сапармен барды.')).toContain('yermek-kosherbayev visited france');
    const future = triplesOf('Ермек Көшербаев келесі аптада Францияға ресми сапармен барады.');
    expect(withPredicate(future, 'visited')).toEqual([]);
    // what is announced is the visit itself
    expect(withPredicate(future, 'announced')).toEqual([expect.stringMatching(/^yermek-kosherbayev event-frantsiyaga-resmi-sapar$/)]);
  });

  it('an event named again as «Іс-шара» is held where the next sentence says', () => {
    const t = triplesOf('Ермек Көшербаев Парижде өткен халықаралық ядролық энергетика саммитіне қатысты. Іс-шара Париж қаласында өтті.');
    expect(withPredicate(t, 'held_in').every((x) => x.endsWith(' paris'))).toBe(true);
  });

  it('деді / айтты / атап өтті → said with a topic; «Ол» is the last person named', () => {
    const t = triplesOf('Ермек Көшербаев Дональд Трамппен кездесті. Ол екі елдің сауда байланыстарын дамыту маңызды екенін атап өтті.');
    expect(withPredicate(t, 'said').some((x) => x.startsWith('yermek-kosherbayev topic-'))).toBe(true);
  });

  it('«деп хабарлайды X» and «X-тың мәліметінше» are the report’s source, not a triple', () => {
    const t = triplesOf('Ермек Көшербаев Дональд Трамппен кездесті, деп хабарлайды Kazinform. Kazinform агенттігінің мәліметінше, келіссөздер екі сағатқа созылды.');
    expect(t.filter((x) => x.startsWith('kazinform'))).toEqual([]);
  });

  it('ұсынды → proposed, талқылады → discussed, келісті → agreed_with', () => {
    expect(withPredicate(triplesOf('Ермек Көшербаев жаңа көлік дәлізін ұсынды.'), 'proposed')).toHaveLength(1);
    expect(withPredicate(triplesOf('Ермек Көшербаев өңірлік қауіпсіздік мәселелерін талқылады.'), 'discussed')).toHaveLength(1);
    expect(triplesOf('Ермек Көшербаев Дональд Трамппен баға туралы келісті.')).toContain('yermek-kosherbayev agreed_with donald-trump');
  });

  it('«министрлер» after a conversation are its two sides', () => {
    const t = triplesOf('Ермек Көшербаев Дональд Трамппен бейнебайланыс арқылы сөйлесті. Министрлер өңірлік ахуалды талқылады.');
    const who = withPredicate(t, 'discussed').map((x) => x.split(' ')[0]).sort();
    expect(who).toEqual(['donald-trump', 'yermek-kosherbayev']);
  });

  it('тағайындалды → holds_position; types outside the vocabulary are dropped', () => {
    const t = triplesOf('Ермек Көшербаев Сыртқы істер министрі болып тағайындалды.');
    expect(t).toContain('yermek-kosherbayev holds_position minister-of-foreign-affairs');
    // a country cannot attend, hold a position of, or be held in anything
    expect(triplesOf('Франция Астанаға қатысты.')).toEqual([]);
  });
});

describe('more constructions', () => {
  it('«әріптесін» is the other side of the last talk; «жұмыс сапарымен барды» is a visit', () => {
    const t = triplesOf('Ермек Көшербаев Дональд Трамппен бейнебайланыс арқылы сөйлесті. Ермек Көшербаев әріптесін Астанаға келуге шақырды. Ермек Көшербаев Францияға жұмыс сапарымен барды.');
    expect(t).toContain('yermek-kosherbayev invited donald-trump');
    expect(t).toContain('yermek-kosherbayev visited france');
  });

  it('«тараптар … уағдаласты» after a talk: the two sides agreed', () => {
    const t = triplesOf('Ермек Көшербаев Дональд Трамппен кездесті. Тараптар сауданы дамыту жөнінде уағдаласты.');
    expect(withPredicate(t, 'agreed_with')).toHaveLength(1);
  });

  it('a lower-case word is not a one-word country name: «Сонымен қатар» is not Qatar', () => {
    expect(triplesOf('Сонымен қатар Ермек Көшербаев Францияға ресми сапармен барды.').some((x) => x.includes('qatar'))).toBe(false);
  });

  it('«X пен Y … қол қойды»: the signers signed with each other', () => {
    const t = triplesOf('Құжатқа Ермек Көшербаев пен Дональд Трамп қол қойды.');
    expect(withPredicate(t, 'signed_with')).toHaveLength(1);
  });
});

describe('topics of speech', () => {
  it('«басты басымдық»: -ты before a noun is an adjective, so the topic is the whole phrase', () => {
    const t = triplesOf('Бұл біздің үкіметіміз үшін басты басымдық, - деді Дональд Трамп.');
    expect(withPredicate(t, 'said')).toEqual(['donald-trump topic-basty-basymdyq']);
  });

  it('a plural accusative before the verb stays the object («бағаларды белгілейміз»)', () => {
    const t = triplesOf('- Біз жаңа анықтамалық бағаларды белгілейміз, - деді Ермек Көшербаев.');
    // «белгілейміз» (we will set) is a stated intention: announced
    expect(withPredicate(t, 'announced')).toEqual(['yermek-kosherbayev topic-zhana-anyqtamalyq-bagalar']);
  });
});
