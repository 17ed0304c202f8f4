/**
 * Splits one README command line as a POSIX shell would, for the few forms the README uses:
 * words, '…' and "…" quoting, $NAME expansion (not inside '…'), and a trailing `# comment`.
 */
export function shellWords(
  line: string,
  env: Record<string, string>,
): { words: string[]; comment: string } {
  const words: string[] = [];
  let word: string | undefined;
  let i = 0;
  const expand = (from: number): [string, number] => {
    const name = /^[A-Za-z_]\w*/.exec(line.slice(from))?.[0] ?? "";
    return [env[name] ?? "", from + name.length];
  };
  while (i < line.length) {
    const c = line[i]!;
    if (c === " " || c === "\t") {
      if (word !== undefined) words.push(word);
      word = undefined;
      i++;
    } else if (c === "#" && word === undefined) {
      return { words, comment: line.slice(i + 1).trim() };
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      word = (word ?? "") + line.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      word ??= "";
      i++;
      while (line[i] !== '"') {
        if (line[i] === "$") {
          const [value, next] = expand(i + 1);
          word += value;
          i = next;
        } else word += line[i++];
      }
      i++;
    } else if (c === "$") {
      const [value, next] = expand(i + 1);
      word = (word ?? "") + value;
      i = next;
    } else {
      word = (word ?? "") + c;
      i++;
    }
  }
  if (word !== undefined) words.push(word);
  return { words, comment: "" };
}
