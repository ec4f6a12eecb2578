// Entities the catalogue does not know: an id from the transliterated nominative form, so the same name
// in another article gets the same id and the two merge; labels in the article's language and in Latin.
import { slugify, transliterate } from '../core/text-fold';
import type { EntityRecord, EntityType, Lang } from '../core/types';

const capitalise = (s: string): string => s.replace(/(^|[\s\-–])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** Quote marks around names («Бәйтерек» холдингі) stay in the label, not in the id. */
const stripQuotes = (s: string): string => s.replace(/[«»“”„"]/g, '').replace(/\s+/g, ' ').trim();

export interface NewEntityOptions {
  /** An English label when one is known (a role from the title lexicon); else a transliteration. */
  en?: string;
  country?: string;
}

const slugCache = new Map<string, string>();

/** slugify is the costly part of a new entity; news repeats its phrases. */
function cachedSlug(text: string): string {
  let slug = slugCache.get(text);
  if (slug === undefined) {
    if (slugCache.size > 20_000) slugCache.clear();
    slug = slugify(text);
    slugCache.set(text, slug);
  }
  return slug;
}

const latinCache = new Map<string, string>();

function cachedLatin(clean: string): string {
  let latin = latinCache.get(clean);
  if (latin === undefined) {
    if (latinCache.size > 20_000) latinCache.clear();
    latin = transliterate(stripQuotes(clean));
    latinCache.set(clean, latin);
  }
  return latin;
}

export function newEntity(type: EntityType, label: string, lang: Lang, options: NewEntityOptions = {}): EntityRecord {
  const clean = label.replace(/\s+/g, ' ').trim();
  const latin = cachedLatin(clean);
  const named = type === 'person' || type === 'organization' || type === 'country' || type === 'place';
  const en = options.en ?? (lang === 'en' ? clean : named ? capitalise(latin) : latin);
  const base = cachedSlug(options.en && type === 'role' ? options.en : stripQuotes(clean));
  // topics, events and documents are phrases: keep their ids apart from the names of actors
  const id = type === 'topic' || type === 'event' || type === 'document' ? `${type}-${base}` : base;
  return {
    id,
    type,
    label_en: en,
    label_kk: lang === 'kk' ? clean : '',
    label_ru: lang === 'ru' ? clean : '',
    aliases: [],
    country: options.country ?? '',
    wikidata: '',
  };
}

/** A person is found again by full name or by surname alone (not by a regnal number: Харальд V). */
export function personNames(label: string): string[] {
  const parts = label.split(/\s+/);
  const surname = parts[parts.length - 1]!;
  return parts.length > 1 && !/^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$/.test(surname) ? [label, surname] : [label];
}
