/**
 * Which code points an IDNA2008 U-label may hold, and the rules on their neighbours: RFC 5892 §2
 * (the derivation of PVALID, CONTEXTJ, CONTEXTO and DISALLOWED), its Appendix A (contextual
 * rules) and RFC 5893 §2 (the Bidi rule). The derivation runs on the Unicode data of the running
 * engine through regex property escapes. Two properties have no escape, so they are approximated:
 * Joining_Type (RFC 5892 A.1: letters of the joining scripts count as dual-joining) and Bidi_Class
 * (RFC 5893: R/AL are the letters and marks of right-to-left scripts, AN and EN are listed).
 */
import { lazy } from "./lazy.js";

// Built on first use: these Unicode property classes cost milliseconds to create, and most
// deliveries never hold a non-ASCII host name. They are written as strings, not regex literals:
// an engine checks every literal's syntax when it parses the module, before any code runs, which
// for these classes cost about 2 ms of every cold import.
const unicodeClass = (pattern: string) => new RegExp(pattern, "u");
const rules = /* @__PURE__ */ lazy(() => ({
  /** RFC 5892 §2.6, the Exceptions table: the derivation's first step. */
  EXCEPTIONS: new Map<number, "PVALID" | "CONTEXTO" | "DISALLOWED">([
    ...[0xdf, 0x3c2, 0x6fd, 0x6fe, 0xf0b, 0x3007].map((point) => [point, "PVALID"] as const),
    ...[0xb7, 0x375, 0x5f3, 0x5f4, 0x30fb].map((point) => [point, "CONTEXTO"] as const),
    ...range(0x660, 0x669).map((point) => [point, "CONTEXTO"] as const),
    ...range(0x6f0, 0x6f9).map((point) => [point, "CONTEXTO"] as const),
    ...[0x640, 0x7fa, 0x302e, 0x302f, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303b].map(
      (point) => [point, "DISALLOWED"] as const,
    ),
  ]),

  // §2.2 Unstable, §2.3 IgnorableProperties, §2.4 IgnorableBlocks, §2.5 LDH, §2.9 OldHangulJamo,
  // §2.10 Unassigned: DISALLOWED (LDH is handled before, Unassigned with \p{Cn}).
  DISALLOWED: unicodeClass(
    String.raw`[\p{Cn}\p{Changes_When_NFKC_Casefolded}\p{Default_Ignorable_Code_Point}\p{White_Space}\p{Noncharacter_Code_Point}\u{20d0}-\u{20ff}\u{1d100}-\u{1d24f}\u{1100}-\u{11ff}\u{a960}-\u{a97f}\u{d7b0}-\u{d7ff}]`,
  ),
  // §2.1 LetterDigits: PVALID.
  LETTER_DIGIT: unicodeClass(String.raw`[\p{Ll}\p{Lu}\p{Lo}\p{Nd}\p{Lm}\p{Mn}\p{Mc}]`),
  MARK: unicodeClass(String.raw`\p{M}`),
  // Canonical_Combining_Class = Virama (9), from the Unicode Character Database.
  VIRAMA: unicodeClass(
    String.raw`[\u{94d}\u{9cd}\u{a4d}\u{acd}\u{b4d}\u{bcd}\u{c4d}\u{ccd}\u{d3b}-\u{d3c}\u{d4d}\u{dca}\u{e3a}\u{eba}\u{f84}\u{1039}-\u{103a}\u{1714}-\u{1715}\u{1734}\u{17d2}\u{1a60}\u{1b44}\u{1baa}-\u{1bab}\u{1bf2}-\u{1bf3}\u{2d7f}\u{a806}\u{a82c}\u{a8c4}\u{a953}\u{a9c0}\u{aaf6}\u{abed}\u{10a3f}\u{11046}\u{11070}\u{1107f}\u{110b9}\u{11133}-\u{11134}\u{111c0}\u{11235}\u{112ea}\u{1134d}\u{11442}\u{114c2}\u{115bf}\u{1163f}\u{116b6}\u{1172b}\u{11839}\u{1193d}-\u{1193e}\u{119e0}\u{11a34}\u{11a47}\u{11a99}\u{11c3f}\u{11d44}-\u{11d45}\u{11d97}]`,
  ),
  JOINING: unicodeClass(
    String.raw`[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Mandaic}\p{Script=Manichaean}\p{Script=Psalter_Pahlavi}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Sogdian}\p{Script=Phags_Pa}]`,
  ),
  TRANSPARENT: unicodeClass(String.raw`[\p{Mn}\p{Me}\p{Cf}]`),
  GREEK: unicodeClass(String.raw`\p{Script=Greek}`),
  HEBREW: unicodeClass(String.raw`\p{Script=Hebrew}`),
  KANA_OR_HAN: unicodeClass(String.raw`[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]`),
  RTL_SCRIPT: unicodeClass(
    String.raw`[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mende_Kikakui}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}\p{Script=Kharoshthi}\p{Script=Old_South_Arabian}\p{Script=Old_North_Arabian}\p{Script=Avestan}\p{Script=Inscriptional_Parthian}\p{Script=Inscriptional_Pahlavi}\p{Script=Psalter_Pahlavi}\p{Script=Old_Turkic}\p{Script=Manichaean}\p{Script=Nabataean}\p{Script=Palmyrene}\p{Script=Hatran}\p{Script=Old_Hungarian}\p{Script=Sogdian}\p{Script=Old_Sogdian}\p{Script=Elymaic}\p{Script=Chorasmian}\p{Script=Yezidi}\p{Script=Cypriot}\p{Script=Lydian}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}]`,
  ),
  // Bidi_Class AN and EN among code points a label can hold.
  ARABIC_NUMBER: unicodeClass(
    String.raw`[\u{600}-\u{605}\u{660}-\u{669}\u{66b}-\u{66c}\u{6dd}\u{890}-\u{891}\u{8e2}\u{10d30}-\u{10d39}\u{10e60}-\u{10e7e}]`,
  ),
  SPACING_MARK: unicodeClass(String.raw`\p{Mc}`),
  LEFT_TO_RIGHT: unicodeClass(String.raw`[\p{L}\p{Mc}\p{Nd}]`),
  EUROPEAN_NUMBER: unicodeClass(String.raw`[0-9\u{b2}-\u{b3}\u{b9}\u{6f0}-\u{6f9}]`),
}));

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}

type BidiClass = "L" | "R" | "AN" | "EN" | "NSM" | "ON";

function bidiClass(character: string): BidiClass {
  if (rules().ARABIC_NUMBER.test(character)) return "AN";
  if (rules().EUROPEAN_NUMBER.test(character)) return "EN";
  if (rules().MARK.test(character) && !rules().SPACING_MARK.test(character)) return "NSM";
  if (rules().RTL_SCRIPT.test(character)) return "R";
  if (rules().LEFT_TO_RIGHT.test(character)) return "L";
  return "ON";
}

/** Whether a label holds a right-to-left character, which makes its name a Bidi domain name. */
export function isRightToLeft(label: string): boolean {
  for (const character of label) {
    const kind = bidiClass(character);
    if (kind === "R" || kind === "AN") return true;
  }
  return false;
}

/** RFC 5893 §2, the six conditions of the Bidi rule for one label of a Bidi domain name. */
export function passesBidiRule(label: string): boolean {
  const classes = Array.from(label, bidiClass);
  const rtl = classes[0] === "R";
  if (!rtl && classes[0] !== "L") return false;
  let last = classes.length - 1;
  while (last > 0 && classes[last] === "NSM") last--;
  if (rtl) {
    if (classes.some((kind) => kind === "L")) return false;
    if (classes.includes("EN") && classes.includes("AN")) return false;
    return classes[last] !== "ON" && classes[last] !== "NSM";
  }
  if (classes.some((kind) => kind === "R" || kind === "AN")) return false;
  return classes[last] === "L" || classes[last] === "EN";
}

/** RFC 5892 Appendix A: the rule for a CONTEXTJ or CONTEXTO code point at `index`. */
function passesContext(points: readonly number[], index: number): boolean {
  const point = points[index]!;
  const before = points[index - 1];
  const after = points[index + 1];
  const char = (value: number | undefined) =>
    value === undefined ? "" : String.fromCodePoint(value);
  switch (point) {
    case 0x200c: {
      if (rules().VIRAMA.test(char(before))) return true;
      let left = index - 1;
      while (left >= 0 && rules().TRANSPARENT.test(char(points[left]))) left--;
      let right = index + 1;
      while (right < points.length && rules().TRANSPARENT.test(char(points[right]))) right++;
      return rules().JOINING.test(char(points[left])) && rules().JOINING.test(char(points[right]));
    }
    case 0x200d:
      return rules().VIRAMA.test(char(before));
    case 0xb7:
      return before === 0x6c && after === 0x6c;
    case 0x375:
      return rules().GREEK.test(char(after));
    case 0x5f3:
    case 0x5f4:
      return rules().HEBREW.test(char(before));
    case 0x30fb:
      return points.some((other) => other !== 0x30fb && rules().KANA_OR_HAN.test(char(other)));
    default:
      if (point >= 0x660 && point <= 0x669) return !points.some((o) => o >= 0x6f0 && o <= 0x6f9);
      return !points.some((other) => other >= 0x660 && other <= 0x669);
  }
}

/**
 * A U-label's content (RFC 5891 §5.4, §4.2.3): NFC, every code point PVALID or a contextual one
 * whose rule holds, no leading combining mark, no hyphen at either end or in positions 3 and 4.
 */
export function isValidULabel(label: string): boolean {
  if (label.normalize("NFC") !== label) return false;
  if (label.startsWith("-") || label.endsWith("-") || label.slice(2, 4) === "--") return false;
  const points = Array.from(label, (character) => character.codePointAt(0)!);
  if (rules().MARK.test(String.fromCodePoint(points[0]!))) return false;
  for (let index = 0; index < points.length; index++) {
    const point = points[index]!;
    if ((point >= 0x61 && point <= 0x7a) || (point >= 0x30 && point <= 0x39) || point === 0x2d) {
      continue;
    }
    const exception = rules().EXCEPTIONS.get(point);
    if (exception === "DISALLOWED") return false;
    if (exception === "CONTEXTO" || point === 0x200c || point === 0x200d) {
      if (!passesContext(points, index)) return false;
      continue;
    }
    if (exception === "PVALID") continue;
    const character = String.fromCodePoint(point);
    if (rules().DISALLOWED.test(character) || !rules().LETTER_DIGIT.test(character)) return false;
  }
  return true;
}
