/** The files of each package in `pnpm -r publish --dry-run` output, keyed by `name@version`. */
export function parsePublishListing(output: string): Map<string, string[]> {
  const listing = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of output.split("\n")) {
    const notice = line.replace(/^npm notice\s?/, "");
    if (notice === line) continue;
    const header = /^📦\s+(\S+)$/u.exec(notice.trim());
    if (header) {
      listing.set(header[1]!, []);
      current = undefined;
      continue;
    }
    if (notice.startsWith("Tarball Contents")) current = [...listing.values()].at(-1);
    else if (notice.startsWith("Tarball Details")) current = undefined;
    else if (current) {
      // `927B package.json`, `1.2kB dist/index.js`: the size, then the path.
      const file = /^\s*[\d.]+\s*[kMG]?B\s+(.+)$/.exec(notice);
      if (file) current.push(file[1]!.trim());
    }
  }
  return listing;
}
