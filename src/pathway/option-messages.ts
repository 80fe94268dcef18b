/**
 * The messages of `pathway.invalid_option`, in English and French, by the `problem` param.
 *
 * @module
 */
import { type IssueParams, shownValue } from "../shared/index.js";
import { isParameterName, valueProblem } from "./parameter-set.js";
import { PARAMETER_VALUES } from "./parameter-values.js";

/** Where the problem is: `parameters`, `parameters.<name>` or `parameters.<name>[i].<field>`. */
function where(p: IssueParams): string {
  let text = String(p.option);
  if (typeof p.parameter === "string") text += `.${p.parameter}`;
  if (typeof p.index === "number") text += `[${p.index}]`;
  if (typeof p.field === "string") text += `.${p.field}`;
  return text;
}

/**
 * The English message of a `pathway.invalid_option` issue.
 *
 * @internal
 */
export function optionProblemEn(p: IssueParams): string {
  const at = `Option ${where(p)}`;
  switch (p.problem) {
    case "not_object":
      return `${at} must be an object of lists of dated values, not ${shownValue(p.received, "en")}.`;
    case "unknown_parameter":
      return `${at}: cmq-kit has no legal parameter of that name (see LEGAL_PARAMETERS).`;
    case "not_list":
      return `${at} must be a list of dated values { from, value, source, grade }, not ${shownValue(p.received, "en")}.`;
    case "too_many":
      return `${at} holds ${p.count} entries; at most ${p.limit} are read.`;
    case "not_value":
      return `${at} must be a dated value { from, value, source, grade }, not ${shownValue(p.received, "en")}.`;
    case "bad_from":
      return `${at} must be a real date written "YYYY-MM-DD", not ${shownValue(p.received, "en")}.`;
    case "duplicate_from":
      return `${at}: two values take effect on ${shownValue(p.received, "en")}; give one value a day.`;
    case "bad_value":
      return `${at} must be ${expectedEn(p)}, not ${shownValue(p.received, "en")}.`;
    case "bad_source":
      return `${at} must name the text and article the value comes from, not ${shownValue(p.received, "en")}.`;
    case "bad_grade":
      return `${at} must be "primary" or "secondary", not ${shownValue(p.received, "en")}.`;
    case "bad_unit":
      return `${at} must be "${unitOf(p)}", the parameter's unit, not ${shownValue(p.received, "en")}.`;
    case "bad_limit":
      return `${at} must be a whole number 1 or more, not ${shownValue(p.received, "en")}; ${p.fallback} is used.`;
    case "fixed_parameter":
      return `${at}: this parameter shapes the calendar (1 September – 31 August) and cannot be overridden.`;
    case "bad_registry":
      return `${at} must be a registry (createRegistry of cmq-kit/registry), not ${shownValue(p.received, "en")}; no registry check was made.`;
    case "bad_holidays":
      return `${at} must name a calendar of public holidays (${p.expected}), not ${shownValue(p.received, "en")}; metropolitan France's is used.`;
    default:
      return `${at} must be a string, not ${shownValue(p.received, "en")}.`;
  }
}

/**
 * The French message of a `pathway.invalid_option` issue.
 *
 * @internal
 */
export function optionProblemFr(p: IssueParams): string {
  const at = `Option ${where(p)}`;
  switch (p.problem) {
    case "not_object":
      return `${at} : un objet de listes de valeurs datées est attendu, et non ${shownValue(p.received, "fr")}.`;
    case "unknown_parameter":
      return `${at} : cmq-kit n'a pas de paramètre légal de ce nom (voir LEGAL_PARAMETERS).`;
    case "not_list":
      return `${at} : une liste de valeurs datées { from, value, source, grade } est attendue, et non ${shownValue(p.received, "fr")}.`;
    case "too_many":
      return `${at} compte ${p.count} entrées ; au plus ${p.limit} sont lues.`;
    case "not_value":
      return `${at} : une valeur datée { from, value, source, grade } est attendue, et non ${shownValue(p.received, "fr")}.`;
    case "bad_from":
      return `${at} : une date réelle au format « AAAA-MM-JJ » est attendue, et non ${shownValue(p.received, "fr")}.`;
    case "duplicate_from":
      return `${at} : deux valeurs prennent effet le ${shownValue(p.received, "fr")} ; une seule valeur par jour.`;
    case "bad_value":
      return `${at} : ${expectedFr(p)} est attendu, et non ${shownValue(p.received, "fr")}.`;
    case "bad_source":
      return `${at} : le texte et l'article d'où vient la valeur sont attendus, et non ${shownValue(p.received, "fr")}.`;
    case "bad_grade":
      return `${at} : « primary » ou « secondary » est attendu, et non ${shownValue(p.received, "fr")}.`;
    case "bad_unit":
      return `${at} : l'unité du paramètre, « ${unitOf(p)} », est attendue, et non ${shownValue(p.received, "fr")}.`;
    case "bad_limit":
      return `${at} : un nombre entier supérieur ou égal à 1 est attendu, et non ${shownValue(p.received, "fr")} ; ${p.fallback} est retenu.`;
    case "fixed_parameter":
      return `${at} : ce paramètre fixe le calendrier (1er septembre – 31 août) et ne peut pas être substitué.`;
    case "bad_registry":
      return `${at} : un répertoire (createRegistry de cmq-kit/registry) est attendu, et non ${shownValue(p.received, "fr")} ; aucune vérification au répertoire n'a été faite.`;
    case "bad_holidays":
      return `${at} : un calendrier de jours fériés (${p.expected}) est attendu, et non ${shownValue(p.received, "fr")} ; celui de la métropole est retenu.`;
    default:
      return `${at} : une chaîne de caractères est attendue, et non ${shownValue(p.received, "fr")}.`;
  }
}

function expectedEn(p: IssueParams): string {
  return isParameterName(p.parameter)
    ? (valueProblem(p.parameter, undefined)?.en ?? "a value")
    : "a value";
}

function expectedFr(p: IssueParams): string {
  return isParameterName(p.parameter)
    ? (valueProblem(p.parameter, undefined)?.fr ?? "une valeur")
    : "une valeur";
}

function unitOf(p: IssueParams): string {
  return isParameterName(p.parameter) ? PARAMETER_VALUES[p.parameter].unit : "";
}
