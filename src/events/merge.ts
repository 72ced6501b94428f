import { bareKeys } from "../text/proclitics.ts";
import type { Candidate } from "./detect.ts";
import { wordKey } from "./key.ts";
import type { Mention } from "./mentions.ts";

/** A key that says two actor mentions are the same actor: id, else a state's country, else the name's last words. */
export function actorKey(m: Mention): string {
  if (m.id) return `id:${m.id}`;
  if (m.state && m.country) return `id:${m.country}`;
  const words = bareKeys(m.name_ar).filter((w) => w.length > 1);
  return `name:${words.slice(0, 2).join(" ")}`;
}

const STATE_KINDS = new Set(["state", "government", "military", "police"]);

/**
 * The sides a list of actors stands for: each actor's key, and for a state's government, army or police also the
 * state itself (الحكومة الأمريكية and الجيش الأمريكي are one side of the same air strike).
 */
const keys = (ms: Mention[]) => {
  const out = new Set(ms.map(actorKey));
  for (const m of ms) if (m.country && m.kind && STATE_KINDS.has(m.kind)) out.add(`id:${m.country}`);
  return out;
};

/** A state's forces named by a common noun with no country (القوات الحكومية، الجيش، السلطات). */
const unnamedStateForce = (m: Mention) =>
  m.source === "agent" && !m.id && !m.country && !!m.kind && STATE_KINDS.has(m.kind);

/**
 * "القوات الحكومية هاجمت" and "جيش جنوب السودان هاجم": a state's forces told once by a common noun and once with
 * their country may be one side; they do not contradict each other.
 */
function sameStateSide(as: Mention[], bs: Mention[]): boolean {
  const stateSide = (m: Mention) => !!m.kind && STATE_KINDS.has(m.kind) && !!m.country;
  return (
    (as.some(unnamedStateForce) && bs.some(stateSide)) || (bs.some(unnamedStateForce) && as.some(stateSide))
  );
}

/**
 * "تظاهر آلاف الأشخاص" … "اعتداء بعض المحتجين": a crowd named twice by a common noun is one crowd, not two
 * sides (civilians with no name, id or country).
 */
const unnamedCrowd = (ms: Mention[]) =>
  ms.length > 0 && ms.every((m) => m.source === "agent" && !m.id && !m.country && m.kind === "civilians");

const ARMED_BAND_KINDS = new Set(["militia", "rebel_group"]);
/** Armed men named only by a common noun (مسلحون، ميليشيات، ثوار): two such namings do not contradict. */
const unnamedBands = (ms: Mention[]) =>
  ms.length > 0 &&
  ms.every((m) => m.source === "agent" && !m.id && !m.country && ARMED_BAND_KINDS.has(m.kind ?? ""));

/**
 * "قرار بإطلاق سراح جميع المعتقلين" … "إطلاق سراح المعتقلين يجيء تعزيزا": the same event word told again without
 * an actor of its own, on the same ones if it names them, is the same event (not for attacks, which recur: the
 * town rule below handles them).
 */
function retold(a: Candidate, b: Candidate): boolean {
  if (a.type === "ASSAULT" || a.match.entry.lemma !== b.match.entry.lemma) return false;
  const later = a.sentence > b.sentence ? a : b;
  if (later.actor1.length > 0) return false;
  const earlier = later === a ? b : a;
  if (!later.actor2.length || !earlier.actor2.length) return true;
  return overlaps(keys(later.actor2), keys(earlier.actor2)) || sameNamed(later.actor2, earlier.actor2);
}

/**
 * "اعتقلت الشرطة الهندية امرأة تنتحل صفة رجل" … "فقد ألقي القبض على كريشنا سين": an arrest told again in the next
 * sentence by another arrest word, one of the two tellings naming no one who arrested (a passive, a bare noun), is
 * the same arrest; the one arrested may be named there after a common noun (امرأة، رجلا، شخص) here. Two arrests
 * of people named apart, both told with who arrested, or told with an actor1 that is no state force or court (the
 * arrested misread as actor1), stay two.
 */
function arrestRetold(a: Candidate, b: Candidate): boolean {
  const arrest = (c: Candidate) => c.type === "COERCE" && c.match.entry.mode === "arrest";
  if (!arrest(a) || !arrest(b) || Math.abs(a.sentence - b.sentence) !== 1) return false;
  if (a.actor1.length > 0 && b.actor1.length > 0) return false;
  // (who arrested, where one telling names them, is a state's force or a court: "حملات اعتقال" … "تعتقل المتطرفين"
  // with the arrested read as actor1 is no retelling)
  const authority = (m: Mention) => (!!m.kind && STATE_KINDS.has(m.kind)) || m.agentRole === "judicial";
  if (![...a.actor1, ...b.actor1].every(authority)) return false;
  if (!a.actor2.length || !b.actor2.length) return true;
  const unnamed = (ms: Mention[]) => ms.every(genericAgent);
  return (
    overlaps(keys(a.actor2), keys(b.actor2)) ||
    sameNamed(a.actor2, b.actor2) ||
    unnamed(a.actor2) ||
    unnamed(b.actor2)
  );
}

const nameWords = (m: Mention) => bareKeys(m.name_ar).filter((w) => w.length > 2);

/** "العسيري" and "إبراهيم العسيري": a named actor told again by part of its name (all its words in the other). */
function sameNamed(as: Mention[], bs: Mention[]): boolean {
  return as.some((a) =>
    bs.some((b) => {
      if (a.id || b.id || a.state || b.state || a.source === "agent" || b.source === "agent") return false;
      const x = nameWords(a);
      const y = nameWords(b);
      if (!x.length || !y.length) return false;
      const [short, long] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
      return short.every((w) => long.has(w));
    }),
  );
}
const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));

function placeKey(c: Candidate): string | null {
  const p = c.place;
  if (!p) return null;
  return p.place?.id ?? p.id ?? wordKey(p.name_ar);
}

/** Asserted and claimed both say it happened: one event told by two sides. */
const happened = (c: Candidate) => (c.modality === "claimed" ? "asserted" : c.modality);

function datesCompatible(a: Candidate, b: Candidate): boolean {
  const x = a.date?.value;
  const y = b.date?.value;
  if (!x || !y) return true;
  return x.startsWith(y) || y.startsWith(x);
}

/**
 * Whether two readings tell the same event: same type and modality, no conflicting date or place, and
 * either the same sentence (one of them a bare mention like "المعارك") or a shared actor.
 */
export function sameEvent(a: Candidate, b: Candidate): boolean {
  return apartBy(a, b).next().done === true;
}

/** Every condition that keeps two readings apart, in the order `sameEvent` tries them (for scripts/merge-apart.ts). */
export function whyApart(a: Candidate, b: Candidate): string[] {
  return [...apartBy(a, b)];
}

/** The conditions that keep two readings apart, lazily: `sameEvent` stops at the first, `whyApart` lists them all. */
function* apartBy(a: Candidate, b: Candidate): Generator<string> {
  if (a.type !== b.type) yield "type";
  if (happened(a) !== happened(b)) yield "modality";
  if (!datesCompatible(a, b)) yield "date";
  const a1 = keys(a.actor1);
  const b1 = keys(b.actor1);
  const all = (c: Candidate) => keys([...c.actor1, ...c.actor2]);
  const shared = overlaps(all(a), all(b)) || sameStateSide(a.actor1, b.actor1);
  const pa = placeKey(a);
  const pb = placeKey(b);
  // readings that share a side, one placed in a region or town and the other at a name the gazetteer could not
  // resolve (الغوطة الشرقية … منطقة الشيفونية): a spot within it, not another place (against a whole country
  // the unknown name may be anywhere: a second front)
  const unresolved = (c: Candidate) => !!c.place && !(c.place.place?.country || c.place.country);
  const subnational = (c: Candidate) => !!c.place?.place?.country && !c.place.state;
  const within = shared && ((unresolved(a) && subnational(b)) || (unresolved(b) && subnational(a)));
  // two triggers that each need their own object (تسليم طائرات، تدريب الأطقم) are two events; two words of one
  // act that take one kind of object (قضت المحكمة بالسجن … وحكمت عليه، أصدرت حكما بسجنه: a sentence each) may be
  // one event told twice
  if (
    a.match.entry.obj &&
    b.match.entry.obj &&
    a.match.entry.lemma !== b.match.entry.lemma &&
    !(a.match.entry.obj === b.match.entry.obj && a.mode === b.mode)
  )
    yield "object";
  // an abduction and a bombardment told in two sentences are two events, whoever did them
  const abduct = (c: Candidate) => c.match.entry.mode === "abduct";
  if (a.type === "ASSAULT" && a.sentence !== b.sentence && abduct(a) !== abduct(b)) yield "abduct";
  const conflictingActors =
    a1.size > 0 &&
    b1.size > 0 &&
    !overlaps(a1, b1) &&
    !overlaps(all(a), all(b)) &&
    !sameStateSide(a.actor1, b.actor1) &&
    !(unnamedBands(a.actor1) && unnamedBands(b.actor1) && sameNamed(a.actor2, b.actor2)) &&
    !(unnamedCrowd(a.actor1) && unnamedCrowd(b.actor1)) &&
    // (حذرت سارة ساندرز … وقالت ساندرز، أسقط المجلس عضوية توفيق عكاشة … إسقاط عضوية عكاشة: a person named again
    // by part of the name, in either role, is a party both readings share, not a second side)
    !sameNamed([...a.actor1, ...a.actor2], [...b.actor1, ...b.actor2]);
  if (conflictingActors) yield "actors";
  if (a.sentence === b.sentence) {
    if (pa && pb && pa !== pb && a.ownActors && b.ownActors && !within) yield "place";
    return;
  }
  if (pa && pb && pa !== pb && !within) {
    // a country and a town in it are compatible
    const ca = a.place?.country;
    const cb = b.place?.country;
    if (!(ca && cb && ca === cb && (a.place?.state || b.place?.state))) yield "place";
  }
  if (shared) return;
  if (retold(a, b)) return;
  if (arrestRetold(a, b)) return;
  if (sameNamed([...a.actor1, ...a.actor2], [...b.actor1, ...b.actor2])) return;
  if (sameToll(a, b)) return;
  // ACLED's unit: one type of event by the same sides at one town on one day. Two mentions of an attack in
  // the same town, not dated apart, are one event when neither names a side the other contradicts.
  const town = (c: Candidate) =>
    c.place?.place && (c.place.place.precision ?? 3) === 1 ? placeKey(c) : null;
  const ta = town(a);
  // (a crowd named twice by common nouns is no second side: نزل مئات المتظاهرين … واحتشد مئات الأشخاص في طهران)
  const crowds = a.type === "PROTEST" && unnamedCrowd(a.actor1) && unnamedCrowd(b.actor1);
  const sameTown =
    !!ta &&
    ta === town(b) &&
    (a.type === "ASSAULT" || a.type === "PROTEST") &&
    (a1.size === 0 || b1.size === 0 || crowds);
  if (!sameTown) yield a1.size === 0 || b1.size === 0 ? "no link (an actor1 missing)" : "no link";
}

/**
 * "قتل 3 أشخاص بانفجار عبوة ناسفة" … "استشهد 3 مواطنين إثر انفجار": two attack readings (places and dates already
 * compatible, no side contradicting) giving the same toll of several dead tell one attack, not two.
 */
function sameToll(a: Candidate, b: Candidate): boolean {
  const x = a.fatalities?.value ?? 0;
  return a.type === "ASSAULT" && x >= 2 && x === b.fatalities?.value;
}

const MODE_RANK = [
  "suicide-attack",
  "explosives",
  "aerial",
  "drone",
  "heavy-weapons",
  "assassinate",
  "abduct",
  "execute",
];

/** The most specific reading of a group (a suicide bombing over an "attack"). */
export function mostSpecific(group: Candidate[]): Candidate | undefined {
  let best = group[0];
  let rank = best ? rankOf(best) : 99;
  for (const c of group) {
    const r = rankOf(c);
    if (r < rank) {
      best = c;
      rank = r;
    }
  }
  return best;
}

function rankOf(c: Candidate): number {
  const i = MODE_RANK.indexOf(c.mode ?? "");
  return i < 0 ? 99 : i;
}

/** A way a candidate joins a group told before it: that group, or undefined. */
type MergeLink = (groups: Candidate[][], c: Candidate) => Candidate[] | undefined;

/**
 * The links that join a candidate to a group told before it, tried in this order (the first that finds a group
 * wins). Named, so that the cause and ablation scripts (scripts/drop-causes.ts, scripts/rule-ablation.ts) record or
 * switch off each link by its name instead of quoting the chain.
 */
export const MERGE_LINKS: readonly (readonly [name: string, link: MergeLink])[] = [
  ["describedGroup", describedGroup],
  ["sameEvent", (groups, c) => groups.find((group) => group.some((x) => sameEvent(x, c)))],
  ["raidTarget", raidTarget],
  ["pronounRetold", pronounRetold],
  ["anaphoricTarget", anaphoricTarget],
  ["elaborationTarget", elaborationTarget],
  ["attackerTarget", attackerTarget],
  ["laterTollTarget", laterTollTarget],
];

/** Groups candidates that tell one event, keeping their order of first mention. */
export function mergeCandidates(cands: Candidate[]): Candidate[][] {
  const groups: Candidate[][] = [];
  for (const c of cands) {
    const g = joinedGroup(groups, c);
    if (g) g.push(c);
    else if (!c.background) groups.push([c]);
  }
  return groups;
}

/** The group told before that a candidate joins: the first of MERGE_LINKS that finds one. */
function joinedGroup(groups: Candidate[][], c: Candidate): Candidate[] | undefined {
  for (const [, link] of MERGE_LINKS) {
    const g = link(groups, c);
    if (g) return g;
  }
  return undefined;
}

const raid = (c: Candidate) => c.match.entry.flags.has("raid");

/**
 * "داهمت الوحدات الأمنية منزله وألقت عليه القبض"، "تم إيقافه بعد مداهمة منزله"، "داهمت الميليشيات القرية واختطفت 13":
 * a raid is how the arrest, seizure or abduction told with it was made, one event with it: a raid joins the last
 * group told before that holds one (the raid told again later, وقد تمت المداهمة بإذن النيابة, too), and an arrest,
 * seizure or abduction joins a raid told in its sentence or the one before. An attack of the raiders' own side in
 * the raid's sentence is the raid's outcome (تم القضاء على إرهابي خلال مداهمة نفذتها وحدات الحرس); an attack on
 * them (رشق أعوان الأمن بالحجارة خلال مداهمة) is another event.
 */
function raidTarget(groups: Candidate[][], c: Candidate): Candidate[] | undefined {
  const sides = (x: Candidate, y: Candidate) =>
    overlaps(keys(x.actor1), keys(y.actor1)) || sameStateSide(x.actor1, y.actor1);
  const partner = (x: Candidate, r: Candidate) => {
    if (happened(x) !== happened(r) || !datesCompatible(x, r)) return false;
    if (x.type === "COERCE" || x.match.entry.mode === "abduct")
      return !x.actor1.length || !r.actor1.length || sides(x, r);
    return x.type === "ASSAULT" && x.sentence === r.sentence && sides(x, r);
  };
  if (raid(c)) {
    for (let k = groups.length - 1; k >= 0; k--) {
      const g = groups[k];
      if (g?.some((x) => !raid(x) && (x.type === "COERCE" || x.type === "ASSAULT")))
        return g.some((x) => !raid(x) && partner(x, c)) ? g : undefined;
    }
    return undefined;
  }
  return groups.find((g) => g.some((r) => raid(r) && r.sentence >= c.sentence - 1 && partner(c, r)));
}

/**
 * "اعتقل الأمن الناشط … وجاء اعتقاله بعد …"، "أطلقت الشرطة سراح الصحفي … وكان إطلاق سراحه بكفالة": an arrest, a release
 * or a conviction told again by its word with a pronoun for the one it befalls (session 26, object-pronoun.ts) is the
 * last one of its type and mode told before on that party, whatever tense or date its retelling has.
 */
function pronounRetold(groups: Candidate[][], c: Candidate): Candidate[] | undefined {
  const held = c.heldByPronoun;
  if (!held) return undefined;
  const key = actorKey(held);
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k];
    if (
      g?.some(
        (x) =>
          x.type === c.type &&
          x.mode === c.mode &&
          [...x.actor1, ...x.actor2].some((m) => m === held || actorKey(m) === key),
      )
    )
      return g;
  }
  return undefined;
}

/**
 * "الغارة التي استهدفت …": the group of the event noun the verb's relative clause describes; "إيقاف 10 سيارات وحجز
 * البضاعة": the group of the event this reading is part of.
 */
function describedGroup(groups: Candidate[][], c: Candidate): Candidate[] | undefined {
  const head = c.describedNoun ?? c.partOf;
  if (head === undefined) return undefined;
  return groups.find((g) => g.some((x) => x.sentence === c.sentence && x.match.first === head));
}

/**
 * "الهجوم" in a later sentence with no actor of its own (or "الهجوم الذي استهدف …") points back at the last event
 * of its type told before: one event, not a new one.
 */
function anaphoricTarget(groups: Candidate[][], c: Candidate): Candidate[] | undefined {
  const m = c.match;
  const pointsBack = (m.entry.pos === "noun" && (m.det || c.definite === true)) || c.describes === true;
  // (أعلن التنظيم مسؤوليته عن الهجوم: a claim for the attack points back at it as well)
  if (!pointsBack || happened(c) !== "asserted") return undefined;
  // أعلن التنظيم مسؤوليته عن الهجوم: a claim names who carried out the attack told before, when that telling
  // names no attacker (only victims or unnamed gunmen)
  if (c.claimsResponsibility === true && c.actor1.length > 0) return claimedGroup(groups, c);
  // (واستهدف الهجوم رجال الأمن: an actor read beside it is no new side unless it names one the event lacks;
  // ويجري الوزير الفرنسي بمناسبة الزيارة: a definite common noun of a country names one already told, when the
  // event has no actor1 of another country)
  const byTitle = c.actor1.length > 0 && c.actor1.every((m) => definiteAgent(m) || titledAgent(m));
  if (c.actor1.length > 0 && !c.actor1.every(genericAgent) && !byTitle) return undefined;
  const titles = new Set(c.actor1.filter((m) => !genericAgent(m)).map((m) => m.country));
  const fits = (x: Candidate) =>
    titles.size === 0 || x.actor1.every((m) => !m.country || titles.has(m.country));
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k];
    if (!g) continue;
    const same = (x: Candidate) =>
      x.type === c.type && x.sentence < c.sentence && datesCompatible(x, c) && happened(x) === happened(c);
    // (زيارة مرتقبة … ويجري الوزير بمناسبة الزيارة لقاءات: the undated definite noun names the planned event,
    // and tells it as planned too)
    const planned = (x: Candidate) =>
      x.type === c.type && x.sentence < c.sentence && x.modality === "planned" && !c.date;
    if (g.some(same)) return g.every(fits) ? g : undefined;
    if (g.some(planned) && g.every(fits)) {
      c.modality = "planned";
      return g;
    }
  }
  return undefined;
}

/** The last attack group told before a claim of it, when no telling of it names an attacker. */
function claimedGroup(groups: Candidate[][], c: Candidate): Candidate[] | undefined {
  // (its victims misread as actor1, or unnamed gunmen, may stand there; not a named side nor a state's forces)
  const unclaimed = (x: Candidate) =>
    x.actor1.every(
      (m) =>
        m.kind === "civilians" || (genericAgent(m) && (m.kind === "militia" || m.kind === "rebel_group")),
    );
  const attack = (x: Candidate) =>
    x.type === "ASSAULT" && x.sentence < c.sentence && datesCompatible(x, c) && x.modality !== "planned";
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k];
    if (!g) continue;
    if (g.some(attack)) return g.every(unclaimed) ? g : undefined;
  }
  return undefined;
}

/**
 * "قبل أن يدوي انفجار أسفر عن مقتل سائق الحافلة": an attack reading with no attacker of its own, told within two
 * sentences after the last attack, in no other place and on no other day, tells more of that attack (its toll,
 * its victims), not a new one. Only the last attack is a candidate: an earlier one is a different scene.
 */
function elaborationTarget(groups: Candidate[][], c: Candidate): Candidate[] | undefined {
  // (إن المسلحين استهدفوا العربتين: the attackers named again by a definite common noun are no new side;
  // "مسلحون" without the article would bring in new ones)
  if (c.type !== "ASSAULT" || !c.actor1.every(definiteAgent) || c.modality !== "asserted") return undefined;
  const told = lastAttackTold(groups, c);
  if (!told) return undefined;
  const { group: g, attacks: last, near } = told;
  const compatible = last.every(
    (x) =>
      (c.actor1.length === 0 || x.actor1.every(genericAgent) || x.actor1.length === 0) &&
      (x.modality === "asserted" || x.modality === "claimed") &&
      sameAttackScene(x, c),
  );
  return near && compatible ? g : undefined;
}

/**
 * "وأشارت تقارير غير مؤكدة إلى أن سبعة أشخاص على الأقل قتلوا"، "وقال المسؤول إن 43 شخصا قتلوا خلال يومين": a toll
 * (a killing or wounding word read as what victims underwent) that names no attacker — no actor1, or only victims
 * misread as one (a common noun of civilians: شخصا، مدنيين) — told anywhere after the article's last attack, in no
 * other place and on no other day, is a later count of that attack's dead or wounded, not an attack of its own.
 * Only the last attack told is a candidate (an earlier one is a different scene), and no other event told in between.
 */
function laterTollTarget(groups: Candidate[][], c: Candidate): Candidate[] | undefined {
  if (c.type !== "ASSAULT" || happened(c) !== "asserted") return undefined;
  const flags = c.match.entry.flags;
  if (!flags.has("victim") && !flags.has("passive")) return undefined;
  if (!c.actor1.every((m) => genericAgent(m) && (m.kind === "civilians" || definiteAgent(m))))
    return undefined;
  const last = groups[groups.length - 1];
  if (!last) return undefined;
  const attacks = last.filter((x) => x.type === "ASSAULT");
  if (!attacks.length || attacks.length !== last.length) return undefined;
  const compatible = attacks.every(
    (x) => x.sentence < c.sentence && happened(x) === "asserted" && sameAttackScene(x, c),
  );
  return compatible ? last : undefined;
}

/**
 * The last group of tellings that holds an attack, its attack tellings, and whether one of them is told within the
 * two sentences before `c`: the only group `elaborationTarget` and `attackerTarget` may join `c` to.
 */
function lastAttackTold(
  groups: Candidate[][],
  c: Candidate,
): { group: Candidate[]; attacks: Candidate[]; near: boolean } | undefined {
  for (let k = groups.length - 1; k >= 0; k--) {
    const group = groups[k];
    if (!group) continue;
    const attacks = group.filter((x) => x.type === "ASSAULT");
    if (!attacks.length) continue;
    const near = attacks.some((x) => x.sentence < c.sentence && c.sentence - x.sentence <= 2);
    return { group, attacks, near };
  }
  return undefined;
}

/**
 * "قال المحافظ إن 24 شخصا قتلوا في هجوم بالرصاص" … "وقال شهود إن مسلحين ملثمين هاجموا أقباطا": a lead that tells an
 * attack by its toll or its victims alone, and a telling within the next two sentences that names who attacked, in
 * no other place, on no other day, are one attack: the later sentence names the side the lead left out (the
 * mirror of `elaborationTarget`). Only the last attack told is a candidate, and only while none of its tellings
 * names an attacker (two named sides are two events unless another rule joins them).
 */
function attackerTarget(groups: Candidate[][], c: Candidate): Candidate[] | undefined {
  if (c.type !== "ASSAULT" || c.actor1.length === 0 || happened(c) !== "asserted") return undefined;
  const told = lastAttackTold(groups, c);
  if (!told) return undefined;
  const { group: g, attacks: last, near } = told;
  // (told by its dead or wounded: a killing or wounding verb, or a toll; "انتحاريا فجر سيارة" names its attacker
  // though no actor phrase does, and "مسلحين هاجموا مركزا للشرطة بعد الانفجار" is a second attack)
  const byToll = last.some(
    (x) =>
      x.match.entry.flags.has("victim") ||
      x.match.entry.flags.has("passive") ||
      (x.fatalities?.value ?? 0) > 0,
  );
  const compatible = last.every(
    (x) => x.actor1.length === 0 && happened(x) === "asserted" && sameAttackScene(x, c),
  );
  return near && byToll && compatible ? g : undefined;
}

/** Two attack tellings that may be one scene: no other day, no other place, and both abductions or neither. */
function sameAttackScene(x: Candidate, c: Candidate): boolean {
  return (
    datesCompatible(x, c) &&
    placesCompatible(x, c) &&
    (x.match.entry.mode === "abduct") === (c.match.entry.mode === "abduct")
  );
}

function placesCompatible(a: Candidate, b: Candidate): boolean {
  const pa = placeKey(a);
  const pb = placeKey(b);
  if (!pa || !pb || pa === pb) return true;
  const ca = a.place?.country;
  const cb = b.place?.country;
  return !!(ca && cb && ca === cb && (a.place?.state || b.place?.state));
}

/** An actor named only by a common noun (المسلحون، رجال الأمن), with no name, id or country of its own. */
function genericAgent(m: Mention): boolean {
  return m.source === "agent" && !m.id && !m.country;
}

/** A definite title with a country (الوزير الفرنسي، الجيش التركي): it names someone already told. */
function titledAgent(m: Mention): boolean {
  return (
    m.source === "agent" &&
    !m.id &&
    !!m.country &&
    /^(و|ف)?(ال|لل)/.test(wordKey(m.name_ar.split(/\s+/)[0] ?? ""))
  );
}

/** A common-noun actor made definite (المسلحين، رجال الأمن): it names someone already told. */
function definiteAgent(m: Mention): boolean {
  return genericAgent(m) && /^(و|ف)?(ال|لل)/.test(wordKey(m.name_ar.split(/\s+/)[0] ?? ""));
}
