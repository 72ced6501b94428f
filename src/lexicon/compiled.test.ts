// The compiled lexicons are shipped files: this fails when a hand-written data file was edited without
// `npm run build:lexicon`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dataDir } from "../paths.ts";
import { loadActorLexicon } from "./actors.ts";
import { loadGazetteer } from "./gazetteer.ts";

const ids = (file: string) =>
  readFileSync(join(dataDir, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t")[0]);

describe("compiled lexicons", () => {
  it("hold every hand-added place", () => {
    const g = loadGazetteer();
    const missing = ids("gazetteer/additions.tsv").filter((id) => !g.byId(id));
    expect(missing).toEqual([]);
  });
  it("name GeoNames towns by their Wikidata Arabic label, for NER-tagged names only", () => {
    const jerada = loadGazetteer()
      .candidates("جراده")
      .find((p) => p.country === "MA");
    expect(jerada?.id).toBe("gn:2545017");
    expect(jerada?.scannable).toBe(false);
  });
  it("know the press spellings that GeoNames lacks (كابول beside كابل, بيدوة beside بيدوا, بيونغ يانغ)", () => {
    const g = loadGazetteer();
    expect(g.candidates("كابول").map((p) => p.id)).toContain("gn:1138958");
    expect(g.candidates("بيدوه").map((p) => p.id)).toContain("gn:64536");
    expect(g.candidates("بيونغ يانغ").map((p) => p.id)).toContain("gn:1871859");
  });
  it("hold every hand-written actor", () => {
    const a = loadActorLexicon();
    const files = ["armed-groups.tsv", "persons.tsv", "media.tsv", "generic-agents.tsv"];
    const missing = files.flatMap((f) => ids(`actors/${f}`)).filter((id) => !a.byId(id));
    expect(missing).toEqual([]);
  });
});
