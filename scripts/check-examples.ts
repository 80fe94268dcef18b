/**
 * Fails when an exported function, constant, class, interface or type has no `@example` in its
 * TSDoc. Reads the JSON that `typedoc` writes next to the HTML (docs/api/api.json).
 */
import { readFileSync } from "node:fs";

interface Comment {
  blockTags?: { tag: string }[];
}
interface Reflection {
  name: string;
  kind: number;
  comment?: Comment;
  signatures?: { comment?: Comment }[];
  children?: Reflection[];
}

/** TypeDoc ReflectionKind values of the declarations that must carry an example. */
const NEEDS_EXAMPLE = new Map([
  [8, "enum"],
  [32, "variable"],
  [64, "function"],
  [128, "class"],
  [256, "interface"],
  [2097152, "type"],
]);
const MODULE_KINDS = new Set([1, 2, 4]);

function hasExample(reflection: Reflection): boolean {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)];
  return comments.some((comment) => comment?.blockTags?.some((tag) => tag.tag === "@example"));
}

function missingExamples(reflection: Reflection, where: string): string[] {
  const missing: string[] = [];
  for (const child of reflection.children ?? []) {
    if (MODULE_KINDS.has(child.kind)) {
      missing.push(...missingExamples(child, child.name));
    } else if (NEEDS_EXAMPLE.has(child.kind) && !hasExample(child)) {
      missing.push(`${where}: ${NEEDS_EXAMPLE.get(child.kind)} ${child.name}`);
    }
  }
  return missing;
}

const project = JSON.parse(readFileSync("docs/api/api.json", "utf8")) as Reflection;
const missing = [...new Set(missingExamples(project, project.name))];
if (missing.length > 0) {
  console.error(`${missing.length} exports have no @example:\n${missing.join("\n")}`);
  process.exit(1);
}
console.log("Every export has an @example.");
