import { describe, expect, it } from "vitest";
import { AMBIGUOUS_MIN_ACCURACY, scoreAmbiguousPlaces } from "./ambiguous.ts";

describe("ambiguous place mentions from the news", () => {
  it(`resolves at least ${AMBIGUOUS_MIN_ACCURACY * 100}% of them`, () => {
    const { correct, total, errors } = scoreAmbiguousPlaces();
    const accuracy = correct / total;
    if (process.env.SHOW_ERRORS) console.log(errors.join("\n"));
    console.log(`ambiguous places: ${correct}/${total} = ${accuracy.toFixed(3)}`);
    expect(total).toBeGreaterThanOrEqual(100);
    expect(accuracy).toBeGreaterThanOrEqual(AMBIGUOUS_MIN_ACCURACY);
  });
});
