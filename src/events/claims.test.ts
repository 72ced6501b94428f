import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// A claim of responsibility names who carried out the attack told before it.
describe("claims of responsibility", () => {
  it("gives the attack told before the claimant as its actor1 (أعلن … مسؤوليته عن الهجوم)", () => {
    const events = eventsOf(
      "قتل خمسة أشخاص في انفجار سيارة مفخخة في العراق أمس. وأعلنت جماعة إرهابية مسؤوليتها عن الهجوم.",
    );
    const attacks = events.filter((e) => e.type === "ASSAULT");
    expect(attacks).toHaveLength(1);
    expect(names(attacks[0], "actor1")).toEqual(["جماعة إرهابية"]);
    expect(names(attacks[0], "actor2")).toContain("أشخاص");
  });

  it("reads the subject of تبنى as the claimant, and unnamed gunmen may be the same side", () => {
    const events = eventsOf("هاجم مسلحون فندقا في مالي أمس. وتبنت حركة الشباب الهجوم.");
    const attacks = events.filter((e) => e.type === "ASSAULT");
    expect(attacks).toHaveLength(1);
    expect(names(attacks[0], "actor1")).toContain("حركة الشباب");
  });

  it("does not give a claim to an attack whose attacker is a state's forces", () => {
    const events = eventsOf(
      "هاجم الجيش مواقع المتمردين في العراق أمس. وأعلنت حركة الشباب مسؤوليتها عن الهجوم.",
    );
    const army = events.find((e) => names(e, "actor1").includes("الجيش"));
    expect(names(army, "actor1")).not.toContain("حركة الشباب");
  });
});
