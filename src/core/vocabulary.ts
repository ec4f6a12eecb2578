import type { EntityType, Lang, Predicate } from './types';
import { ENTITY_TYPES, PREDICATES } from './types';

export interface PredicateInfo {
  labels: Record<Lang, string>;
  /** A met_with B is the same relation as B met_with A. */
  symmetric: boolean;
  /** Entity types allowed as subject and object; a loaded triple outside them is a problem. */
  subject: readonly EntityType[];
  object: readonly EntityType[];
}

const ACTOR: readonly EntityType[] = ['person', 'organization', 'country'];
const ANY: readonly EntityType[] = ENTITY_TYPES;
const WHERE: readonly EntityType[] = ['place', 'country', 'organization'];

export const VOCABULARY: Readonly<Record<Predicate, PredicateInfo>> = {
  attended: { labels: { en: 'attended', kk: 'қатысты', ru: 'участвовал в' }, symmetric: false, subject: ACTOR, object: ['event'] },
  invited: { labels: { en: 'invited', kk: 'шақырды', ru: 'пригласил' }, symmetric: false, subject: ACTOR, object: ACTOR },
  met_with: { labels: { en: 'met with', kk: 'кездесті', ru: 'встретился с' }, symmetric: true, subject: ACTOR, object: ACTOR },
  signed: { labels: { en: 'signed', kk: 'қол қойды', ru: 'подписал' }, symmetric: false, subject: ACTOR, object: ['document'] },
  signed_with: { labels: { en: 'signed with', kk: 'бірге қол қойды', ru: 'подписал с' }, symmetric: true, subject: ACTOR, object: ACTOR },
  held_in: { labels: { en: 'held in', kk: 'өтті', ru: 'прошёл в' }, symmetric: false, subject: ['event', 'document'], object: WHERE },
  holds_position: { labels: { en: 'holds position', kk: 'лауазымы', ru: 'занимает должность' }, symmetric: false, subject: ['person'], object: ['role'] },
  member_of: { labels: { en: 'member of', kk: 'мүшесі', ru: 'член' }, symmetric: false, subject: ACTOR, object: ['organization'] },
  represents: { labels: { en: 'represents', kk: 'өкілі', ru: 'представляет' }, symmetric: false, subject: ['person', 'organization'], object: ['country', 'organization'] },
  visited: { labels: { en: 'visited', kk: 'сапармен барды', ru: 'посетил' }, symmetric: false, subject: ACTOR, object: [...WHERE, 'event'] },
  said: { labels: { en: 'said', kk: 'мәлімдеді', ru: 'заявил' }, symmetric: false, subject: ACTOR, object: ANY },
  proposed: { labels: { en: 'proposed', kk: 'ұсынды', ru: 'предложил' }, symmetric: false, subject: ACTOR, object: ANY },
  announced: { labels: { en: 'announced', kk: 'жариялады', ru: 'объявил' }, symmetric: false, subject: ACTOR, object: ANY },
  cooperates_with: { labels: { en: 'cooperates with', kk: 'ынтымақтасады', ru: 'сотрудничает с' }, symmetric: true, subject: ACTOR, object: ACTOR },
  supplies: { labels: { en: 'supplies', kk: 'жеткізеді', ru: 'поставляет' }, symmetric: false, subject: [...ACTOR, 'place'], object: ['commodity', 'money'] },
  located_in: { labels: { en: 'located in', kk: 'орналасқан', ru: 'находится в' }, symmetric: false, subject: ['place', 'organization', 'event'], object: ['place', 'country'] },
  part_of: { labels: { en: 'part of', kk: 'құрамында', ru: 'входит в' }, symmetric: false, subject: ANY, object: ANY },
  established: { labels: { en: 'established', kk: 'құрды', ru: 'учредил' }, symmetric: false, subject: ACTOR, object: ANY },
  discussed: { labels: { en: 'discussed', kk: 'талқылады', ru: 'обсудил' }, symmetric: false, subject: ACTOR, object: ANY },
  leads: { labels: { en: 'leads', kk: 'басқарады', ru: 'возглавляет' }, symmetric: false, subject: ACTOR, object: ['organization', 'event', 'country', 'document'] },
  agreed_with: { labels: { en: 'agreed with', kk: 'келісті', ru: 'договорился с' }, symmetric: true, subject: ACTOR, object: ACTOR },
};

const PREDICATE_SET: ReadonlySet<string> = new Set(PREDICATES);
const TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);

export const isPredicate = (s: string): s is Predicate => PREDICATE_SET.has(s);
export const isEntityType = (s: string): s is EntityType => TYPE_SET.has(s);
export const isSymmetric = (p: Predicate): boolean => VOCABULARY[p].symmetric;
export const predicateLabel = (p: Predicate, lang: Lang = 'en'): string => VOCABULARY[p].labels[lang];

/** Why a subject/object pair does not fit the predicate, or null when it does. */
export function typeMismatch(p: Predicate, subjectType: EntityType, objectType: EntityType): string | null {
  const info = VOCABULARY[p];
  if (!info.subject.includes(subjectType)) return `"${p}" takes a subject of type ${info.subject.join('/')}, not ${subjectType}`;
  if (!info.object.includes(objectType)) return `"${p}" takes an object of type ${info.object.join('/')}, not ${objectType}`;
  return null;
}

export const TYPE_LABELS: Readonly<Record<EntityType, Record<Lang, string>>> = {
  person: { en: 'Person', kk: 'Адам', ru: 'Персона' },
  country: { en: 'Country', kk: 'Ел', ru: 'Страна' },
  organization: { en: 'Organization', kk: 'Ұйым', ru: 'Организация' },
  event: { en: 'Event', kk: 'Оқиға', ru: 'Событие' },
  document: { en: 'Document', kk: 'Құжат', ru: 'Документ' },
  place: { en: 'Place', kk: 'Орын', ru: 'Место' },
  commodity: { en: 'Commodity', kk: 'Тауар', ru: 'Сырьё' },
  money: { en: 'Money', kk: 'Қаражат', ru: 'Деньги' },
  role: { en: 'Role', kk: 'Лауазым', ru: 'Должность' },
  topic: { en: 'Topic', kk: 'Тақырып', ru: 'Тема' },
};
