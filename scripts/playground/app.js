// The playground's page script. It runs in the browser on the library bundled as the global
// `CmqKit` (see scripts/build-playground.ts). Everything it shows from the data goes through the
// library's own escaping (SVG, report) or through textContent: never innerHTML of raw data.
(() => {
  const K = window.CmqKit;
  const $ = (id) => document.getElementById(id);
  const UI = {
    en: {
      title: "cmq-kit playground",
      intro:
        "Drop a dataset (JSON) on this page, pick a file, or paste it. Nothing leaves your browser.",
      pick: "Pick a file",
      paste: "Paste JSON here",
      load: "Check the pasted JSON",
      example: "Load the VRAI example",
      date: "Date",
      language: "Language",
      issues: "Issues",
      noIssue: "No issue.",
      place: "Place in the data",
      clickIssue: "Click an issue to see its place in the data.",
      timelines: "Pathways",
      report: "Report",
      openReport: "Open the report in a new tab",
      summary: (e, w, i) => `${e} error(s), ${w} warning(s), ${i} information(s)`,
      missing: "(nothing at this place: the issue is about a missing value)",
    },
    fr: {
      title: "Bac à sable cmq-kit",
      intro:
        "Déposez un jeu de données (JSON) sur cette page, choisissez un fichier ou collez-le. Rien ne quitte votre navigateur.",
      pick: "Choisir un fichier",
      paste: "Collez le JSON ici",
      load: "Vérifier le JSON collé",
      example: "Charger l'exemple VRAI",
      date: "Date",
      language: "Langue",
      issues: "Problèmes",
      noIssue: "Aucun problème.",
      place: "Emplacement dans les données",
      clickIssue: "Cliquez sur un problème pour voir son emplacement dans les données.",
      timelines: "Parcours",
      report: "Rapport",
      openReport: "Ouvrir le rapport dans un nouvel onglet",
      summary: (e, w, i) => `${e} erreur(s), ${w} avertissement(s), ${i} information(s)`,
      missing: "(rien à cet emplacement : le problème porte sur une valeur manquante)",
    },
  };
  let data;
  let text = "";
  let reportUrl;

  function locale() {
    return $("locale").value === "fr" ? "fr" : "en";
  }

  function translate() {
    const t = UI[locale()];
    document.documentElement.lang = locale();
    for (const element of document.querySelectorAll("[data-t]")) {
      const key = element.getAttribute("data-t");
      if (element.tagName === "TEXTAREA") element.placeholder = t[key];
      else element.textContent = t[key];
    }
  }

  function valueAt(root, path) {
    let value = root;
    for (const segment of path) {
      if (value === null || typeof value !== "object" || !(segment in value)) return undefined;
      value = value[segment];
    }
    return value;
  }

  function select(issue, item) {
    for (const other of document.querySelectorAll("#issues li")) other.classList.remove("selected");
    item.classList.add("selected");
    const t = UI[locale()];
    $("place-path").textContent = K.formatPath(issue.path);
    let path = issue.path;
    let value = valueAt(data, path);
    while (value === undefined && path.length > 0) {
      path = path.slice(0, -1);
      value = valueAt(data, path);
    }
    const shown = JSON.stringify(value, null, 2) ?? "";
    $("place-value").textContent =
      (path.length < issue.path.length ? `${t.missing}\n${K.formatPath(path)} =\n` : "") +
      (shown.length > 4000 ? `${shown.slice(0, 4000)}\n…` : shown);
    for (const svg of document.querySelectorAll("#timelines .pathway"))
      svg.classList.remove("selected");
    if (issue.path[0] === "pathways" && typeof issue.path[1] === "number") {
      const target = document.getElementById(`pathway-${issue.path[1]}`);
      if (target) {
        target.classList.add("selected");
        const step = issue.path[2] === "steps" ? issue.path[3] : undefined;
        if (step !== undefined) {
          const bar = target.querySelector(`g[data-step="${step}"]`);
          if (bar) bar.classList.add("selected-step");
        }
      }
    }
    $("place").scrollIntoView({ block: "nearest" });
  }

  function run() {
    const t = UI[locale()];
    translate();
    if (text === "") return;
    const on = $("on").value || "2026-01-15";
    const parsed = K.parseJsonText(text, { locale: locale() });
    const issues = parsed.ok
      ? K.validateDataset(parsed.value, { on, locale: locale() }).issues
      : parsed.issues;
    data = parsed.ok ? parsed.value : undefined;
    const counts = { error: 0, warning: 0, info: 0 };
    for (const issue of issues) counts[issue.severity]++;
    $("summary").textContent = t.summary(counts.error, counts.warning, counts.info);
    const list = $("issues");
    list.replaceChildren();
    if (issues.length === 0) {
      const item = document.createElement("li");
      item.textContent = t.noIssue;
      list.append(item);
    }
    issues.slice(0, 2000).forEach((issue) => {
      const item = document.createElement("li");
      item.className = `sev-${issue.severity}`;
      item.tabIndex = 0;
      const where = document.createElement("code");
      where.textContent = K.formatPath(issue.path);
      const code = document.createElement("small");
      code.textContent = ` ${issue.code}`;
      item.append(
        `${{ error: "◆", warning: "▲", info: "●" }[issue.severity]} `,
        where,
        ` — ${issue.message}`,
        code,
      );
      item.addEventListener("click", () => select(issue, item));
      item.addEventListener("keydown", (event) => {
        if (event.key === "Enter") select(issue, item);
      });
      list.append(item);
    });
    $("place-path").textContent = "";
    $("place-value").textContent = t.clickIssue;
    const timelines = $("timelines");
    timelines.replaceChildren();
    const pathways = data && Array.isArray(data.pathways) ? data.pathways : [];
    pathways.slice(0, 100).forEach((pathway, index) => {
      const own = issues
        .filter((issue) => issue.path[0] === "pathways" && issue.path[1] === index)
        .map((issue) => ({ ...issue, path: issue.path.slice(2) }));
      const learner = Array.isArray(data.learners)
        ? data.learners.find((l) => l && pathway && l.id === pathway.learnerId)
        : undefined;
      const figure = document.createElement("figure");
      figure.className = "pathway";
      figure.id = `pathway-${index}`;
      // The SVG is the library's output: every text from the data in it is escaped.
      figure.innerHTML = K.pathwayTimelineSvg(pathway, {
        programmes: data.programmes,
        partners: data.partners,
        issues: own,
        locale: locale(),
        idPrefix: `pw${index}`,
        ...(learner ? { learner } : {}),
      });
      timelines.append(figure);
    });
    const html = K.campusReport(parsed.ok ? parsed.value : null, { on, locale: locale() });
    if (reportUrl) URL.revokeObjectURL(reportUrl);
    reportUrl = URL.createObjectURL(new Blob([html], { type: "text/html" }));
    $("report-link").href = reportUrl;
    $("report").srcdoc = html;
  }

  function load(newText) {
    text = newText;
    $("paste").value = newText.length > 200000 ? "" : newText;
    run();
  }

  $("on").value = new Date().toISOString().slice(0, 10);
  $("file").addEventListener("change", async (event) => {
    const file = event.target.files[0];
    if (file) load(await file.text());
  });
  $("load").addEventListener("click", () => load($("paste").value));
  $("example").addEventListener("click", () => load($("vrai").textContent));
  $("on").addEventListener("change", run);
  $("locale").addEventListener("change", run);
  document.addEventListener("dragover", (event) => {
    event.preventDefault();
    document.body.classList.add("dragging");
  });
  document.addEventListener("dragleave", () => document.body.classList.remove("dragging"));
  document.addEventListener("drop", async (event) => {
    event.preventDefault();
    document.body.classList.remove("dragging");
    const file = event.dataTransfer.files[0];
    if (file) load(await file.text());
  });
  translate();
})();
