import { deepFreeze } from "../helpers/junk.js";

/**
 * Deep-freezes what can be frozen: junk may hold throwing getters (read while freezing) or typed
 * arrays (which cannot be frozen); those parts stay as they are.
 */
export function freezeSafely<T>(value: T): T {
  try {
    return deepFreeze(value);
  } catch {
    return value;
  }
}
