import { describe, expect, it } from "vitest";
import { eventsOf, names } from "./fixtures.ts";

// Session 19 (evobj19): a trigger whose verb needs an object of a class (`obj=` in triggers.tsv) is dropped when no
// word of that class is in reach (detect.ts). The sentences are written for these tests.

describe("a listing names the list it puts someone on, anywhere after the verb in its sentence", () => {
  it("reads أدرج … على قائمة past a relative clause on the one listed", () => {
    const [a] = eventsOf(
      'أدرجت وزارة الخارجية الأمريكية حركة "الصابرين"، التي قالت واشنطن إنها مدعومة من إيران، على قائمة المنظمات الإرهابية الأجنبية.',
    );
    expect(a?.type).toBe("SANCTION");
    expect(names(a, "actor1")).toEqual(["وزارة الخارجية الأمريكية"]);
  });

  it("reads a wanted list after an apposition", () => {
    const [a] = eventsOf(
      "أدرجت الشرطة الدولية الانتربول رجل الأعمال سمير خالد، رئيس مجلس إدارة الشركة، على قائمة المطلوبين.",
    );
    expect(a?.type).toBe("SANCTION");
  });

  it("still reads no listing without a list (أدرج بندا في جدول الأعمال)", () => {
    expect(
      eventsOf("أدرجت الحكومة التونسية بندا جديدا في جدول أعمال المجلس.").filter(
        (e) => e.type === "SANCTION",
      ),
    ).toEqual([]);
  });
});

describe("a travel ban names its travel anywhere in the clause of منع", () => {
  it("reads منع X من مغادرة البلاد past a long phrase naming the one barred", () => {
    const [a] = eventsOf(
      "منعت محكمة مصرية رجل الأعمال سمير خالد، الرئيس السابق لمجلس إدارة شركة النيل للمقاولات، من مغادرة البلاد.",
    );
    expect(a?.type).toBe("SANCTION");
    expect(names(a, "actor1")).toEqual(["محكمة مصرية"]);
  });

  it("still reads no ban without its travel (منع التجول، يمنع التدخين)", () => {
    expect(
      eventsOf("منعت السلطات المصرية بيع الألعاب النارية في الأسواق.").filter((e) => e.type === "SANCTION"),
    ).toEqual([]);
  });
});

describe("a court that rules gives a ruling, whatever its wording", () => {
  it("reads قضت محكمة بأن … as the court's SANCTION", () => {
    const [a] = eventsOf("قضت محكمة فرنسية بأن الأدلة ضد الرجلين المتهمين بقتل الشرطي كافية لمحاكمتهما.");
    expect(a?.type).toBe("SANCTION");
    expect(names(a, "actor1")).toEqual(["محكمة فرنسية"]);
  });

  it("still reads no ruling when no court rules (قضى الرئيس عطلته)", () => {
    expect(
      eventsOf("قضى الرئيس الفرنسي عطلته الصيفية في جنوب البلاد.").filter((e) => e.type === "SANCTION"),
    ).toEqual([]);
  });
});
