/**
 * Host names (JSON Schema 2020-12 §7.3.3): `hostname` is RFC 1123 §2.1 with A-labels checked as
 * RFC 5891 §4.4 says; `idn-hostname` is an internationalized host name (RFC 5890 §2.3.2.3) whose
 * labels are U-labels, A-labels or plain LDH labels.
 */
import { isRightToLeft, isValidULabel, passesBidiRule } from "./idna.js";
import { decodePunycode, encodePunycode } from "./punycode.js";
import { isLdhLabel, MAX_LABEL, MAX_NAME } from "./domain.js";

/**
 * The U-label an A-label (`xn--…`) stands for, if it is one: valid Punycode that decodes to a
 * non-ASCII label, re-encodes to the same text (RFC 5891 §5.4) and is itself a valid U-label.
 */
function aLabelToULabel(label: string): string | undefined {
  const points = decodePunycode(label.slice(4).toLowerCase());
  if (points === undefined || points.every((point) => point < 128)) return undefined;
  if (encodePunycode(points) !== label.slice(4).toLowerCase()) return undefined;
  const uLabel = String.fromCodePoint(...points);
  return isValidULabel(uLabel) ? uLabel : undefined;
}

/**
 * An LDH label that is not a malformed A-label: a label with `--` in positions 3 and 4 is
 * reserved (RFC 5891 §4.2.3.1) and only `xn--` labels that decode properly may use it.
 */
function checkAsciiLabel(label: string): { ok: boolean; uLabel?: string } {
  if (!isLdhLabel(label)) return { ok: false };
  if (label.charCodeAt(2) !== 45 || label.charCodeAt(3) !== 45) return { ok: true };
  if (label.slice(0, 2).toLowerCase() !== "xn") return { ok: false };
  const uLabel = aLabelToULabel(label);
  return uLabel === undefined ? { ok: false } : { ok: true, uLabel };
}

/** RFC 5893 §2 applies to every label once one label of the name is right-to-left. */
function passesBidi(uLabels: readonly string[]): boolean {
  if (!uLabels.some(isRightToLeft)) return true;
  return uLabels.every(passesBidiRule);
}

/** A host name such as `www.example.com` or `xn--9n2bp8q.xn--9t4b11yi5a`; no trailing dot. */
export function isHostname(value: string): boolean {
  if (value.length === 0 || value.length > MAX_NAME) return false;
  const uLabels: string[] = [];
  for (const label of value.split(".")) {
    const { ok, uLabel } = checkAsciiLabel(label);
    if (!ok) return false;
    uLabels.push(uLabel ?? label);
  }
  return passesBidi(uLabels);
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

// RFC 3490 §3.1: the full stops IDNA treats as label separators.
const IDN_SEPARATORS = /[.\u3002\uff0e\uff61]/;

/** An internationalized host name such as `실례.테스트`, checked as its A-label form would be. */
export function isIdnHostname(value: string): boolean {
  if (value.length === 0) return false;
  let asciiLength = -1;
  const uLabels: string[] = [];
  for (const label of value.split(IDN_SEPARATORS)) {
    let aLabel = label;
    let uLabel = label;
    if (isAscii(label)) {
      const checked = checkAsciiLabel(label);
      if (!checked.ok) return false;
      uLabel = checked.uLabel ?? label;
    } else {
      if (!isValidULabel(label)) return false;
      aLabel = `xn--${encodePunycode(Array.from(label, (character) => character.codePointAt(0)!))}`;
      if (aLabel.length > MAX_LABEL) return false;
    }
    asciiLength += aLabel.length + 1;
    uLabels.push(uLabel);
  }
  return asciiLength <= MAX_NAME && passesBidi(uLabels);
}
