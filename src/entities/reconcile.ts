// Reconciles the tagger's entities with what the lexicons know (the standard combination of a statistical
// tagger with dictionaries). Runs after the places/actors stage, which has already linked the tagger's entities,
// let a known multi-word name replace the tagger's pieces inside it, and added the names the tagger missed.
// What is left to decide here is whether a linked phrase is a name at all (offices: الرئيس الأمريكي), the TYPE of
// a linked name, its exact extent, places the linking split out of one tagger span, and the guarantee that no two
// entities overlap.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Canonical, Doc, Entity, EntityType, Place } from "../doc/types.ts";
import { actorCanonical } from "../lexicon/actors.ts";
import { lexiconKey, wordKey } from "../lexicon/key.ts";
import { foldWord } from "../ner/fold.ts";
import { parseCues } from "../ner/resources.ts";
import { dataDir } from "../paths.ts";
import type { Lexicons } from "../places/lexicons.ts";
import { placeCanonical, scannablePlaces } from "../places/link.ts";
import { choosePlace, type PlaceContext } from "../places/resolve.ts";

export interface ReconcileResources {
  lex: Lexicons;
  /** Folded head words that make a name an event's name (عملية، معركة، حرب …): the MISC class of cues.tsv. */
  eventHeads: ReadonlySet<string>;
}

/** The MISC heads of the tagger's cue list (data/ner/cues.tsv), the words ANERcorp-style MISC names start with. */
export function loadEventHeads(): Set<string> {
  const cues = parseCues(readFileSync(join(dataDir, "ner", "cues.tsv"), "utf8"));
  return new Set([...cues].filter(([, cls]) => cls === "MISC").map(([word]) => word));
}

const ACTOR_KINDS_AS_LOC = new Set(["state", "place"]);

/** The words of an entity as [start, end) offsets into doc.text. */
function wordSpans(text: string, start: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/\S+/g))
    out.push({ start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/**
 * Rule 1, the type of a linked name. The lexicon names the whole span and knows what it is; the tagger typed it
 * from context and word shape alone. So where they disagree the lexicon decides, as follows:
 * - a non-state actor: PERS for a person, otherwise ORG (armed groups, militaries, police, media, parties,
 *   governments, organisations), but MISC when the name starts with an event noun (عملية الكرامة, معركة …:
 *   the MISC heads of cues.tsv), since it then names an operation rather than the force behind it;
 * - a record taken from the PETRARCH dictionary (machine-collected, the project's weakest actor source: it files
 *   قطاع غزة، رام الله، تل أبيب and فوكس نيوز under persons) decides nothing: its name is LOC, linked to the
 *   place, when it is also a town, region or country of the gazetteer, and keeps the tagger's type otherwise;
 *   the hand-written persons are trusted (برناردينو ليون is not Lyon);
 * - a generic actor (الميليشيا، مسلحون) is no name: the tagger's type stands;
 * - a state or a place: the tagger's type stands (it says LOC for a country or town; a different type is its
 *   reading of the context, e.g. a club named after its town), and a name only the lexicon found is LOC.
 * Unlinked entities keep the tagger's type.
 */
export function typedByLexicon(e: Entity, res: ReconcileResources, ctx: PlaceContext): Entity {
  const c = e.canonical;
  if (!c || ACTOR_KINDS_AS_LOC.has(c.kind)) return e;
  if (res.lex.actors.byId(c.id)?.generic) return e;
  if (c.id.startsWith("petrarch:")) {
    const place = choosePlace(scannablePlaces(res.lex.gazetteer.candidates(lexiconKey(e.text))), ctx);
    return place ? { ...e, type: "LOC", canonical: placeCanonical(place.place, res.lex) } : e;
  }
  if (c.kind === "person") return e.type === "PERS" ? e : { ...e, type: "PERS" };
  const space = e.text.search(/\s/);
  const first = space < 0 ? e.text : e.text.slice(0, space);
  const type: EntityType = res.eventHeads.has(foldWord(first)) ? "MISC" : "ORG";
  return e.type === type ? e : { ...e, type };
}

/** The countries of the article's places, as the places stage weighs toponyms by them. */
function placeContext(places: readonly Place[]): PlaceContext {
  const countries = new Map<string, number>();
  for (const p of places) if (p.country) countries.set(p.country, (countries.get(p.country) ?? 0) + 1);
  return { countries, anchors: [] };
}

/**
 * Rule 0, offices: a title at the head of a linked name (the lexicon's patterns make الرئيس الأمريكي، رئيس
 * الوزراء الفرنسي، رئيس المكسيك names of each state's government) is a role, not a name. ANERcorp leaves such
 * phrases untagged (الرئيس + nisba: 96 of 96 in its train split) and Wojood tags them as occupations. What the
 * words after the title name is kept: a name of the same actor, and any person's name (الملك سلمان → سلمان,
 * role الملك), a place (رئيس المكسيك → المكسيك, LOC), else nothing when only a nisba follows (الرئيس الأمريكي).
 * A nisba between the title and a name goes to the role too (الرئيس السوري بشار الأسد).
 */
export function withoutOffice(
  e: Entity,
  res: ReconcileResources,
  doc: Doc,
  ctx: PlaceContext,
): Entity | null {
  const c = e.canonical;
  if (!c || ACTOR_KINDS_AS_LOC.has(c.kind)) return e;
  const space = e.text.search(/\s/);
  if (space < 0 || !res.lex.actors.isTitlePrefix(wordKey(e.text.slice(0, space)))) return e;
  if (res.lex.actors.byId(c.id)?.generic) return e;
  const words = wordSpans(e.text, e.start);
  const keys = words.map((w) => lexiconKey(doc.text.slice(w.start, w.end)));
  let title = 0;
  for (let n = Math.min(3, words.length - 1); n >= 1 && title === 0; n--) {
    if (res.lex.actors.isTitle(keys.slice(0, n).join(" "))) title = n;
  }
  if (title === 0) return e;
  let from = title;
  if (words.length - from === 1 && res.lex.actors.demonym(keys[from])) return null;
  if (words.length - from > 1 && res.lex.actors.demonym(keys[from])) from++;
  const restKey = keys.slice(from).join(" ");
  const start = words[from].start;
  const text = doc.text.slice(start, e.end);
  const role = doc.text.slice(e.start, words[from - 1].end);
  // A person's alias with a title (الملك سلمان) names that person: the words after the title are the name.
  if (c.kind === "person" || res.lex.actors.byKey(restKey).some((a) => a.id === c.id))
    return { ...e, start, text, role };
  const place = choosePlace(scannablePlaces(res.lex.gazetteer.candidates(restKey)), ctx);
  if (place) return { start, end: e.end, text, type: "LOC", canonical: placeCanonical(place.place, res.lex) };
  const state = res.lex.actors.byKey(restKey).find((a) => a.kind === "state");
  if (state) return { start, end: e.end, text, type: "LOC", canonical: actorCanonical(state) };
  return e;
}

/**
 * Rule 2, the extent of a linked name: a nisba adjective after a name that is complete without it is a
 * description, not part of the name — ANERcorp tags "حزب الله اللبناني" and "سكاي نيوز البريطانية" without the
 * adjective. It is dropped when the name without it is itself a name of the same actor (صحيفة الوطن الجزائرية →
 * الوطن, linked to El Watan of Algeria), or, for an unlinked name, of an actor of the country the adjective
 * names. It stays where the shorter words name no such actor (الجيش التونسي, سلاح الجو الجزائري: الجيش alone is
 * no particular army).
 */
export function withoutTrailingDemonym(e: Entity, res: ReconcileResources, doc: Doc): Entity {
  if (e.type !== "ORG" && e.type !== "PERS") return e;
  const lastSpace = e.text.search(/\s\S*$/);
  if (lastSpace < 0) return e;
  const iso = res.lex.actors.demonym(wordKey(e.text.slice(lastSpace + 1)));
  if (!iso) return e;
  const words = wordSpans(e.text, e.start);
  const last = words[words.length - 1];
  // "رئيس الولايات المتحدة الأمريكية": the adjective ends a place's name, and belongs to it.
  for (let k = 1; k < words.length - 1; k++) {
    const tail = lexiconKey(doc.text.slice(words[k].start, last.end));
    if (res.lex.gazetteer.candidates(tail).length > 0 || res.lex.actors.byKey(tail).length > 0) return e;
  }
  const end = words[words.length - 2].end;
  const shortText = doc.text.slice(e.start, end);
  const actors = res.lex.actors.byKey(lexiconKey(shortText)).filter((a) => !a.generic);
  const same = e.canonical
    ? actors.find((a) => a.id === e.canonical?.id)
    : actors.find((a) => a.country === iso && !res.lex.actors.isAmbiguous(lexiconKey(shortText)));
  if (!same) return e;
  return {
    ...e,
    end,
    text: shortText,
    canonical: e.canonical ?? actorCanonical(same),
  };
}

function placeEntityCanonical(p: Place, res: ReconcileResources): Canonical | null {
  if (!p.id) return null;
  if (p.feature === "country") {
    const state = res.lex.actors.byId(p.id);
    if (state) return actorCanonical(state);
  }
  return {
    id: p.id,
    name_ar: p.name_ar ?? p.text,
    name_en: p.name_en ?? p.text,
    kind: p.feature === "country" ? "state" : "place",
    country: p.country,
  };
}

const NONE: Entity[] = [];

/**
 * Rule 3, places the linking found that no entity stands for: a place no entity overlaps becomes a LOC entity,
 * and an unlinked tagger span that holds two or more places and nothing else of note (فلسطين ولبنان tagged as one
 * LOC) is replaced by one entity per place.
 */
export function placeEntities(
  entities: Entity[],
  places: readonly Place[],
  res: ReconcileResources,
): Entity[] {
  const out: Entity[] = [];
  const replaced = new Set<Entity>();
  const added: Entity[] = [];
  for (const p of places) {
    let over: Entity[] = NONE;
    for (const e of entities) {
      if (e.start < p.end && p.start < e.end) over = over === NONE ? [e] : [...over, e];
    }
    if (over.length === 0) {
      added.push({
        start: p.start,
        end: p.end,
        text: p.text,
        type: "LOC",
        canonical: placeEntityCanonical(p, res),
      });
      continue;
    }
    if (over.length !== 1) continue;
    const e = over[0];
    if (e.canonical || e.type !== "LOC" || (e.start === p.start && e.end === p.end)) continue;
    const inside = places.filter((q) => q.start >= e.start && q.end <= e.end);
    if (inside.length >= 2 && inside[0] === p) {
      replaced.add(e);
      for (const q of inside)
        added.push({
          start: q.start,
          end: q.end,
          text: q.text,
          type: "LOC",
          canonical: placeEntityCanonical(q, res),
        });
    }
  }
  for (const e of entities) if (!replaced.has(e)) out.push(e);
  out.push(...added);
  return out;
}

/**
 * Rule 4, no overlaps: of two overlapping entities the longer stays (a known multi-word name over the pieces
 * inside it), at equal length the linked one, then the earlier.
 */
export function withoutOverlaps(entities: Entity[]): Entity[] {
  const byStart = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  let overlapping = false;
  for (let i = 1; i < byStart.length && !overlapping; i++)
    overlapping = byStart[i].start < byStart[i - 1].end;
  if (!overlapping) return byStart;
  const ranked = [...entities].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      Number(Boolean(b.canonical)) - Number(Boolean(a.canonical)) ||
      a.start - b.start,
  );
  const kept: Entity[] = [];
  for (const e of ranked) if (!kept.some((k) => k.start < e.end && e.start < k.end)) kept.push(e);
  return kept.sort((a, b) => a.start - b.start);
}

/** The reconciled entities of a Doc that has been through the places stage. Pure. */
export function reconcileEntities(doc: Doc, res: ReconcileResources): Entity[] {
  const ctx = placeContext(doc.places ?? []);
  let entities: Entity[] = [];
  for (const e of doc.entities ?? []) {
    const named = withoutOffice(e, res, doc, ctx);
    if (named) entities.push(withoutTrailingDemonym(typedByLexicon(named, res, ctx), res, doc));
  }
  entities = placeEntities(entities, doc.places ?? [], res);
  return withoutOverlaps(entities);
}
