import { describe, expect, it } from "vitest";
import { interopExample } from "../../examples/interop.js";

describe("examples/interop.ts (docs/interop.md)", () => {
  it("runs: four badges for Léa's BTS blocks, the licence pro, the IUT", () => {
    const { badges, qualification, iut } = interopExample();
    expect(badges).toHaveLength(4);
    expect(qualification.type).toBe("Qualification");
    expect(iut["@type"]).toBe("CollegeOrUniversity");
  });
});
