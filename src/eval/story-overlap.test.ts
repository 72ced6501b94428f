import { describe, expect, it } from "vitest";
import { storyOverlap, storyWords } from "./story-overlap.ts";

describe("storyOverlap", () => {
  it("finds one incident told by two outlets and keeps different incidents apart", () => {
    const a = storyWords(
      "ألغى رئيس الحكومة الفرنسية إدوار فيليب زيارة كانت مقررة إلى إسرائيل والأراضي الفلسطينية",
    );
    const b = storyWords("أعلن مكتب رئيس الوزراء الفرنسي إدوار فيليب إلغاء الزيارة المقررة إلى إسرائيل");
    const c = storyWords("قتلى بانفجار سيارة مفخخة أمام فندق في مقديشو عاصمة الصومال");
    expect(storyOverlap(a, b)).toBeGreaterThanOrEqual(0.5);
    expect(storyOverlap(a, c)).toBe(0);
  });

  it("compares match keys without the article and ignores short and common words", () => {
    expect([...storyWords("وقال الجيشُ اليمنيُّ إنّ الغارة")]).toEqual(["يمني", "غاره"]);
    expect(storyOverlap(new Set(), storyWords("غارة"))).toBe(0);
  });
});
