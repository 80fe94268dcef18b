/**
 * The host of internships and PFMP as {@link checkPlacementHosts} sees it: its id, its
 * headcount and, optionally, its tutors.
 *
 * @module
 */
import * as z from "zod";

/**
 * zod schema of {@link PlacementHost}.
 *
 * @example
 * ```ts
 * PlacementHostSchema.parse({ id: "framatome", headcount: 120, tutors: ["t-durand"] });
 * ```
 */
export const PlacementHostSchema = /* @__PURE__ */ z
  .object({
    /** The host's id, as placement steps name it in `hostId`. */
    id: z.string().min(1),
    /** Persons employed (C. éduc. R. 124-12), a whole number, 0 or more. */
    headcount: z.number().int().nonnegative(),
    /** The host's tutors, as placement steps name them in `tutorId`; any id when absent. */
    tutors: z.array(z.string().min(1)).optional(),
  })
  .meta({ description: "A host of internships and PFMP, with its headcount and its tutors." });

/**
 * A host of internships and PFMP, for the host limits of the Code de l'éducation (L. 124-8 to
 * L. 124-11): the quota of interns follows its headcount; the tutors are those placement steps
 * may name.
 *
 * @fr organisme d'accueil
 * @example
 * ```ts
 * const host: PlacementHost = { id: "framatome", headcount: 120, tutors: ["t-durand", "t-martin"] };
 * ```
 */
export interface PlacementHost {
  /**
   * The host's id, as placement steps name it in `hostId`.
   *
   * @fr identifiant
   */
  id: string;
  /**
   * Persons employed, a whole number, 0 or more: by C. éduc. R. 124-12, the larger of the number
   * of natural persons employed on the last day of the previous calendar month and its average
   * over the previous 12 months.
   *
   * @fr effectif
   */
  headcount: number;
  /**
   * The host's tutors, as placement steps name them in `tutorId`. When given, a `tutorId` that is
   * not in it is a `placement.unknown_tutor` error; when absent, any id is accepted.
   *
   * @fr tuteurs
   */
  tutors?: string[] | undefined;
}
