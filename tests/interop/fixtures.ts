import { readFileSync } from "node:fs";
import type { Partner } from "../../src/campus/index.js";
import type { Programme } from "../../src/pathway/index.js";

/** Parsed JSON, loosely typed: tests mutate it freely. */
// biome-ignore lint/suspicious/noExplicitAny: test fixtures are arbitrary JSON
export type Loose = Record<string, any>;

/** A fresh, mutable copy of examples/vrai.json. */
export function vrai(): Loose {
  return JSON.parse(readFileSync(new URL("../../examples/vrai.json", import.meta.url), "utf8"));
}

export const DATA = vrai();
export const PROGRAMMES = DATA.programmes as Programme[];
export const PARTNERS = DATA.partners as Partner[];
export const partner = (id: string): Partner => PARTNERS.find((p) => p.id === id) as Partner;
export const programme = (id: string): Programme =>
  PROGRAMMES.find((p) => p.id === id) as Programme;
export const IUT = partner("iut-creusot");
export const CFA = partner("cfa-industrie-sud-bourgogne");
export const LAB = partner("labo-pmr-creusot");
export const BTS = programme("bts-crsa");
export const STI2D = programme("bac-sti2d");
