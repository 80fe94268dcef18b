/**
 * Browser tests: the playground and the report in a real Chromium (Debian's `chromium`, driven by
 * puppeteer-core; no browser is ever downloaded). Screenshots go to `.vitest/screenshots/`.
 *
 * Without a browser the suite is skipped with a message saying how to enable it, and it fails
 * when `CI` is set (CI must install chromium: `apt-get install -y chromium`). Set
 * `CHROMIUM_PATH` to use another Chromium or Chrome binary.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { campusReport } from "../../src/index.js";

const ROOT = new URL("../../", import.meta.url);
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
].filter((path): path is string => path !== undefined && path !== "");
const CHROMIUM = CANDIDATES.find((path) => existsSync(path));
const SCREENSHOTS = new URL(".vitest/screenshots/", ROOT).pathname;
const VRAI = readFileSync(new URL("examples/vrai.json", ROOT), "utf8");

if (CHROMIUM === undefined) {
  const message =
    "Browser tests skipped: no Chromium found. Install it (`apt-get install -y chromium`) or set CHROMIUM_PATH.";
  if (process.env.CI) throw new Error(`${message} CI must run them.`);
  console.warn(message);
}

/** Boxes of the SVGs on a page (width × height as laid out). */
async function svgBoxes(
  page: Page,
  selector: string,
): Promise<{ width: number; height: number }[]> {
  return page.$$eval(selector, (svgs) =>
    svgs.map((svg) => {
      const box = (
        svg as unknown as { getBoundingClientRect(): { width: number; height: number } }
      ).getBoundingClientRect();
      return { width: box.width, height: box.height };
    }),
  );
}

describe.skipIf(CHROMIUM === undefined)("in a real browser", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    execFileSync(process.execPath, ["--import", "tsx", "scripts/build-playground.ts"], {
      cwd: ROOT.pathname,
      stdio: "ignore",
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await puppeteer.launch({
      executablePath: CHROMIUM as string,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"],
    });
    page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("the report renders every picture, with no request outside the page", async () => {
    const file = join(tmpdir(), "cmq-kit-report.html");
    writeFileSync(file, campusReport(JSON.parse(VRAI), { on: "2026-01-15", locale: "fr" }));
    const requests: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith("file:") && !request.url().startsWith("data:"))
        requests.push(request.url());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const boxes = await svgBoxes(page, "svg");
    expect(boxes.length).toBeGreaterThan(10);
    for (const box of boxes) expect(box.width * box.height).toBeGreaterThan(0);
    expect(await page.$eval("h2", (h) => h.textContent)).toBe("Sommaire");
    expect(requests).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "report.fr.png"), fullPage: true });
  }, 60_000);

  it("the playground checks the VRAI example, selects the place of an issue, speaks French", async () => {
    const playground = new URL("docs/api/playground/index.html", ROOT).href;
    await page.goto(playground, { waitUntil: "load" });
    await page.click("#example");
    await page.waitForSelector("#issues li");
    const summary = await page.$eval("#summary", (p) => p.textContent ?? "");
    expect(summary).toMatch(/^0 error\(s\), 1 warning\(s\)/);
    const boxes = await svgBoxes(page, "#timelines svg");
    expect(boxes.length).toBe(10);
    for (const box of boxes) expect(box.width * box.height).toBeGreaterThan(0);
    const report = page.frames().find((frame) => frame.url() === "about:srcdoc");
    expect(await report?.$$eval("svg", (svgs) => svgs.length)).toBe(12);
    await page.click("#issues li");
    expect(await page.$eval("#issues li", (li) => li.classList.contains("selected"))).toBe(true);
    expect(await page.$eval("#place-path", (code) => code.textContent)).not.toBe("");
    await page.select("#locale", "fr");
    expect(await page.$eval("h1", (h) => h.textContent)).toBe("Bac à sable cmq-kit");
    expect(await page.$eval("#summary", (p) => p.textContent ?? "")).toContain("avertissement(s)");
    await page.screenshot({ path: join(SCREENSHOTS, "playground.fr.png"), fullPage: true });
  }, 60_000);

  it("the playground lists the issues of a broken copy and locates them", async () => {
    const broken = JSON.parse(VRAI);
    broken.pathways[0].steps[1].end = "2025-01-01";
    const playground = new URL("docs/api/playground/index.html", ROOT).href;
    await page.goto(playground, { waitUntil: "load" });
    await page.$eval(
      "#paste",
      (area, text) => {
        (area as unknown as { value: string }).value = text as string;
      },
      JSON.stringify(broken),
    );
    await page.click("#load");
    await page.waitForSelector("#issues li.sev-error");
    const texts = await page.$$eval("#issues li", (items) =>
      items.map((li) => li.textContent ?? ""),
    );
    const index = texts.findIndex((text) => text.includes("pathway.placement_outside_programme"));
    expect(index).toBeGreaterThanOrEqual(0);
    const items = await page.$$("#issues li");
    await items[index]?.click();
    expect(await page.$eval("#place-path", (code) => code.textContent)).toBe(
      "pathways[0].steps[1]",
    );
    expect(await page.$eval("#pathway-0", (figure) => figure.classList.contains("selected"))).toBe(
      true,
    );
    await page.screenshot({ path: join(SCREENSHOTS, "playground-broken.png"), fullPage: true });
  }, 60_000);
});
