/**
 * Mailbox addresses (JSON Schema 2020-12 §7.3.2): `email` is RFC 5321 §4.1.2 Mailbox, `idn-email`
 * its RFC 6531 §3.3 extension, where atext, qtext and domains may hold non-ASCII characters.
 */
import { lazy } from "./lazy.js";
import { isLdhName } from "./domain.js";
import { isIdnHostname } from "./hostname.js";
import { isIpv4, isIpv6 } from "./ip.js";

// Spelled out as literals, which a bundle that never checks an email drops (a RegExp composed at
// module level would stay). The local part is RFC 5322 §3.2.3 atext in a Dot-string, or an RFC
// 5321 §4.1.2 Quoted-string: qtextSMTP (%d32-33 / %d35-91 / %d93-126) or a quoted pair.
const LOCAL_PART =
  /^(?:[A-Za-z0-9!#$%&'*+\-/=?^_\x60{|}~]+(?:\.[A-Za-z0-9!#$%&'*+\-/=?^_\x60{|}~]+)*|"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*")$/;
// RFC 6531 §3.3: atext and qtextSMTP also admit UTF8-non-ascii. Built on first use, so a bundle
// that never checks this format drops it.
const IDN_LOCAL_PART = /* @__PURE__ */ lazy(() => {
  const atext = String.raw`[A-Za-z0-9!#$%&'*+\-/=?^_\x60{|}~\u{80}-\u{10ffff}]`;
  const quoted = String.raw`"(?:[\x20\x21\x23-\x5b\x5d-\x7e\u{80}-\u{10ffff}]|\\[\x20-\x7e])*"`;
  return new RegExp(`^(?:${atext}+(?:\\.${atext}+)*|${quoted})$`, "u");
});
// RFC 5321 §4.1.3 General-address-literal: Standardized-tag ":" 1*dcontent.
const GENERAL_LITERAL = /^[A-Za-z0-9-]*[A-Za-z0-9]:[\x21-\x5a\x5e-\x7e]+$/;

/** RFC 5321 §4.5.3.1.1: a local part holds at most 64 octets. */
const MAX_LOCAL_OCTETS = 64;

/** UTF-8 length of `text`, as `TextEncoder` would encode it, without encoding it. */
function utf8Length(text: string): number {
  let octets = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) octets += 1;
    else if (code < 0x800) octets += 2;
    else if ((code & 0xfc00) === 0xd800 && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      octets += 4;
      index++;
    } else octets += 3;
  }
  return octets;
}

/** address-literal = "[" ( IPv4 / "IPv6:" IPv6 / General-address-literal ) "]" (§4.1.3). */
function isAddressLiteral(domain: string): boolean {
  const inner = domain.slice(1, -1);
  if (isIpv4(inner)) return true;
  if (inner.slice(0, 5).toLowerCase() === "ipv6:") return isIpv6(inner.slice(5));
  return GENERAL_LITERAL.test(inner) && !/^ipv6:/i.test(inner);
}

// The common shape, a subset of Mailbox: a Dot-string and an LDH domain. Within 65 characters the
// local part cannot pass 64 octets nor the domain 253, so a match there is a valid address.
const COMMON_EMAIL =
  /^[A-Za-z0-9!#$%&'*+\-/=?^_\x60{|}~]+(?:\.[A-Za-z0-9!#$%&'*+\-/=?^_\x60{|}~]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const COMMON_EMAIL_MAX = 65;

function isMailbox(
  value: string,
  localPart: RegExp,
  isDomain: (domain: string) => boolean,
): boolean {
  // The local part may quote "@" and a general address literal may hold one, but neither holds
  // "[": the domain starts at the last "@[" for a literal, after the last "@" otherwise.
  const at = value.endsWith("]") ? value.lastIndexOf("[") - 1 : value.lastIndexOf("@");
  if (at <= 0 || value.charCodeAt(at) !== 64) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > MAX_LOCAL_OCTETS || utf8Length(local) > MAX_LOCAL_OCTETS) return false;
  if (!localPart.test(local)) return false;
  if (domain.startsWith("[") && domain.endsWith("]")) return isAddressLiteral(domain);
  return isDomain(domain);
}

/** An RFC 5321 mailbox such as `ada@example.com`, `"ada lovelace"@example.com` or `a@[192.0.2.1]`. */
export function isEmail(value: string): boolean {
  // RFC 5321's Domain is LDH syntax; A-labels are not decoded there.
  if (value.length <= COMMON_EMAIL_MAX && COMMON_EMAIL.test(value)) return true;
  return isMailbox(value, LOCAL_PART, isLdhName);
}

/** An RFC 6531 mailbox such as `실례@실례.테스트`. */
export function isIdnEmail(value: string): boolean {
  // RFC 6532 §3.1 compares addresses in NFC, so an unnormalized domain names the same host.
  return isMailbox(value, IDN_LOCAL_PART(), (domain) => isIdnHostname(domain.normalize("NFC")));
}
