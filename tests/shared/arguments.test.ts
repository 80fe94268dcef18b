import { describe, expect, it } from "vitest";
import { readLocaleArgument, readMovedArgument } from "../../src/shared/index.js";
import { revokedProxy, throwingGetters } from "../helpers/junk.js";

describe("readMovedArgument", () => {
  it("reads the options form and the positional form alike", () => {
    expect(readMovedArgument({ on: "2026-01-15", locale: "fr" }, undefined, "on")).toEqual({
      value: "2026-01-15",
      options: { on: "2026-01-15", locale: "fr" },
    });
    expect(readMovedArgument("2026-01-15", { locale: "fr" }, "on")).toEqual({
      value: "2026-01-15",
      options: { locale: "fr" },
    });
    expect(readMovedArgument(undefined, undefined, "on")).toEqual({
      value: undefined,
      options: undefined,
    });
  });

  it("never throws on hostile options", () => {
    const getters = throwingGetters(["on"]);
    expect(readMovedArgument(getters, undefined, "on")).toEqual({
      value: undefined,
      options: getters,
    });
    const proxy = revokedProxy();
    expect(readMovedArgument(proxy, 1, "on").value).toBe(proxy);
  });
});

describe("readLocaleArgument", () => {
  it("reads a locale from options or from the value itself", () => {
    expect(readLocaleArgument({ locale: "fr" })).toBe("fr");
    expect(readLocaleArgument("fr")).toBe("fr");
    expect(readLocaleArgument("de")).toBe("en");
    expect(readLocaleArgument(throwingGetters(["locale"]))).toBe("en");
    expect(readLocaleArgument(undefined)).toBe("en");
  });
});
