/**
 * Downloads 1EdTech's Open Badges 3.0 JSON Schema and JSON-LD context into
 * tests/interop/vendor/imsglobal/ (not committed: their licence does not let us redistribute
 * them). The interop tests validate every credential against them once they are there.
 *
 *     npx tsx scripts/fetch-interop-vendor.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";

const FILES = {
  "ob_v3p0_achievementcredential_schema.json":
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
  "ob-context-3.0.3.json": "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
};

const dir = new URL("../tests/interop/vendor/imsglobal/", import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, url] of Object.entries(FILES)) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const text = await response.text();
  JSON.parse(text);
  writeFileSync(new URL(name, dir), text);
  console.log(`${name}: ${text.length} characters from ${url}`);
}
