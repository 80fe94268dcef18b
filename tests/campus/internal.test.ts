import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  fieldOf,
  itemsOf,
  parseSafely,
  pathOption,
  UNREADABLE,
} from "../../src/campus/internal.js";
import { revokedProxy, throwingGetters } from "../helpers/junk.js";

describe("internal helpers", () => {
  it("read the path option defensively", () => {
    expect(pathOption({ path: ["campus", 0] })).toEqual(["campus", 0]);
    expect(pathOption({ path: ["campus", {}] })).toEqual([]);
    expect(pathOption({ path: "campus" })).toEqual([]);
    expect(pathOption(revokedProxy())).toEqual([]);
    expect(pathOption(throwingGetters(["path"]))).toEqual([]);
  });

  it("read fields and arrays without throwing", () => {
    expect(fieldOf(throwingGetters(["id"]), "id")).toBeUndefined();
    expect(fieldOf([1], "0")).toBeUndefined();
    expect(itemsOf("x")).toBe("not-array");
    expect(itemsOf(new Array(1_000_001))).toBe("too-big");
    const array = [1, 2];
    Object.defineProperty(array, 1, {
      get() {
        throw new Error("no");
      },
    });
    expect(itemsOf(array)).toEqual([1, UNREADABLE]);
  });

  it("turn throwing input into one issue", () => {
    const result = parseSafely(
      z.object({ id: z.string() }),
      throwingGetters(["id"]),
      "network.invalid_input",
      ["x"],
      "en",
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          code: "network.invalid_input",
          path: ["x"],
          message: "x: invalid value.",
        }),
      ],
    });
    expect(parseSafely(z.string(), UNREADABLE, "label.invalid_input", [], "fr").ok).toBe(false);
  });
});
