import { describe, expect, it } from "vitest";
import { changesetFor } from "./changeset-note.js";
import type { SpecChange } from "../spec-diff/types.js";

const PKG = "@lucca-events/2024-11-01";
const nickname: SpecChange = {
  level: "minor",
  subject: "employee",
  text: 'employee: property "nickname" added (optional)',
};
const removed: SpecChange = {
  level: "major",
  subject: "employee",
  text: 'topic "employee.deleted" removed',
};
const docs: SpecChange = {
  level: "patch",
  subject: "department",
  text: "department: descriptions or examples changed",
};
const longPath: SpecChange = {
  level: "major",
  subject: "business-establishment",
  text: 'business-establishment: property "taxIdentificationNumber.value.someVeryLongNestedName" maxLength 14 added',
};

type Case = readonly [
  name: string,
  { given: readonly SpecChange[]; want: { fileName: string; content: string } | null },
];

const cases: Case[] = [
  ["no changes → null", { given: [], want: null }],
  [
    "one minor change",
    {
      given: [nickname],
      want: {
        fileName: "2024-11-01-employee-nickname-added.md",
        content: `---\n"${PKG}": minor\n---\n\nSpec changes in 2024-11-01:\n\n- employee: property "nickname" added (optional)\n`,
      },
    },
  ],
  [
    "highest level wins, lines sorted and deduplicated, name from the most severe change",
    {
      given: [nickname, docs, removed, nickname],
      want: {
        fileName: "2024-11-01-topic-employee-deleted-removed-and-2-more.md",
        content:
          `---\n"${PKG}": major\n---\n\nSpec changes in 2024-11-01:\n\n` +
          "- department: descriptions or examples changed\n" +
          '- employee: property "nickname" added (optional)\n' +
          '- topic "employee.deleted" removed\n',
      },
    },
  ],
  [
    "patch only",
    {
      given: [docs],
      want: {
        fileName: "2024-11-01-department-descriptions-examples-changed.md",
        content: `---\n"${PKG}": patch\n---\n\nSpec changes in 2024-11-01:\n\n- department: descriptions or examples changed\n`,
      },
    },
  ],
  [
    "long change texts are cut at a word to fit 60 characters",
    {
      given: [longPath],
      want: {
        fileName: "2024-11-01-business-establishment-tax-identification.md",
        content: `---\n"${PKG}": major\n---\n\nSpec changes in 2024-11-01:\n\n- ${longPath.text}\n`,
      },
    },
  ],
];

describe("changesetFor", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(changesetFor(PKG, given)).toEqual(want);
  });

  it("does not depend on the order of the changes", () => {
    expect(changesetFor(PKG, [docs, removed, nickname])).toEqual(
      changesetFor(PKG, [nickname, removed, docs]),
    );
  });

  it("keeps file names short and safe", () => {
    const many = [longPath, nickname, removed, docs];
    for (let n = 1; n <= many.length; n += 1) {
      const note = changesetFor(PKG, many.slice(0, n));
      expect(note?.fileName).toMatch(/^[a-z0-9][a-z0-9-]*\.md$/);
      expect(note?.fileName.length).toBeLessThanOrEqual(60);
    }
  });
});
