import type { DocEvent, EventActor } from "../doc/types.ts";
import { searchKey } from "./searchKey.ts";

/** What cross-article deduplication compares: one extracted event reduced to the fields that identify it. */
export interface EventSignature {
  type: string;
  /** YYYY-MM-DD when the text gives the day; anything coarser does not identify an event. */
  day: string | null;
  placeId: string | null;
  lat: number | null;
  lon: number | null;
  actorKeys: string[];
}

/** Places this close are the same place for deduplication (a town and its outskirts). */
export const SAME_PLACE_KM = 10;
export const SAME_DATE_DAYS = 1;

/** Stable key of an actor: its canonical id, else its folded Arabic name. */
export function actorKey(actor: Pick<EventActor, "id" | "name_ar">): string {
  return actor.id ? actor.id : `name:${searchKey(actor.name_ar).replace(/^ال/, "").trim()}`;
}

export function signature(event: DocEvent): EventSignature {
  const value = event.date?.value ?? null;
  const day = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  const loc = event.location;
  return {
    type: event.type,
    day,
    placeId: loc?.id ?? null,
    lat: typeof loc?.lat === "number" ? loc.lat : null,
    lon: typeof loc?.lon === "number" ? loc.lon : null,
    actorKeys: [...new Set(event.actors.map(actorKey))],
  };
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** The day range [from, to] that candidate events must fall in, for an index lookup before `sameEvent`. */
export function dayWindow(day: string): [string, string] {
  const t = Date.parse(`${day}T00:00:00Z`);
  const shift = (d: number) => new Date(t + d * 86_400_000).toISOString().slice(0, 10);
  return [shift(-SAME_DATE_DAYS), shift(SAME_DATE_DAYS)];
}

function samePlace(a: EventSignature, b: EventSignature): boolean {
  if (a.placeId && b.placeId && a.placeId === b.placeId) return true;
  if (a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null) {
    return haversineKm(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM;
  }
  return false;
}

/**
 * Two reports describe the same real event when they have the same type, a known day at most a day apart,
 * places within a few km, and share an actor (when both name actors). Unknown date or place never merges:
 * a wrong merge hides an event from the analyst, a missed one only shows it twice.
 */
export function sameEvent(a: EventSignature, b: EventSignature): boolean {
  if (a.type !== b.type) return false;
  if (!a.day || !b.day || daysBetween(a.day, b.day) > SAME_DATE_DAYS) return false;
  if (!samePlace(a, b)) return false;
  if (a.actorKeys.length > 0 && b.actorKeys.length > 0) {
    return a.actorKeys.some((k) => b.actorKeys.includes(k));
  }
  return true;
}

/**
 * A near-duplicate article (the same wire under another headline) reports the events of its original:
 * the same type with no contradicting day or place is enough.
 */
export function sameEventInCopy(a: EventSignature, b: EventSignature): boolean {
  if (a.type !== b.type) return false;
  if (a.day && b.day && a.day !== b.day) return false;
  if ((a.placeId || a.lat !== null) && (b.placeId || b.lat !== null) && !samePlace(a, b)) return false;
  return true;
}
