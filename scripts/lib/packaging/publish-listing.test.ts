import { describe, expect, it } from "vitest";
import { parsePublishListing } from "./publish-listing.js";

const OUTPUT = `npm warn Unknown user config "nodedir".
npm notice
npm notice 📦  @lucca-events/core@0.0.0
npm notice Tarball Contents
npm notice 927B package.json
npm notice 1.2kB dist/index.js
npm notice Tarball Details
npm notice name: @lucca-events/core
npm notice total files: 2
+ @lucca-events/core@0.0.0
npm notice 📦  @lucca-events/2024-11-01@1.2.0
npm notice Tarball Contents
npm notice 6.9kB README.md
npm notice 10.1MB dist/validators.test.js
npm notice Tarball Details
`;

describe("parsePublishListing", () => {
  it("lists each package's tarball contents, and nothing from the details", () => {
    expect(Object.fromEntries(parsePublishListing(OUTPUT))).toEqual({
      "@lucca-events/core@0.0.0": ["package.json", "dist/index.js"],
      "@lucca-events/2024-11-01@1.2.0": ["README.md", "dist/validators.test.js"],
    });
  });
});
