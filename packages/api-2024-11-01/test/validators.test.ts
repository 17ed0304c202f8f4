// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const validatorsPath = fileURLToPath(new URL("../src/validators.js", import.meta.url));
const source = readFileSync(validatorsPath, "utf8");

describe("emitted validators", () => {
  it("contain no require, eval or new Function, and import only core's formats", () => {
    expect(source).not.toMatch(/\brequire\s*\(/);
    expect(source).not.toMatch(/\beval\s*\(/);
    expect(source).not.toMatch(/new\s+Function/);
    const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]);
    expect(imports).toEqual(["@lucca-events/core/formats"]);
  });

  it("are tree-shakable: one topic's validator bundles without the others", async () => {
    const result = await build({
      stdin: {
        contents: 'export { isBusinessEstablishmentCreatedEvent } from "./src/validators.js";',
        resolveDir: fileURLToPath(new URL("..", import.meta.url)),
      },
      bundle: true,
      write: false,
      format: "esm",
      external: ["@lucca-events/core/*"],
      logLevel: "silent",
    });
    const bundle = result.outputFiles[0]!.text;
    expect(bundle).toContain('"business-establishment.created"');
    for (const topic of [
      "business-establishment.deleted",
      "business-establishment.updated",
      "calendar-event.created",
      "calendar-event.deleted",
      "calendar-event.updated",
      "department.created",
      "department.deleted",
      "department.updated",
      "employee-personal-record.created",
      "employee-personal-record.updated",
      "employee.created",
      "employee.deleted",
      "employee.updated",
      "employment.created",
      "employment.deleted",
      "employment.updated",
      "job-position.created",
      "job-position.deleted",
      "job-position.updated",
      "job-qualification.created",
      "job-qualification.deleted",
      "job-qualification.updated",
      "leave-request-decision.created",
      "leave-request.created",
      "leave-request.deleted",
      "leave-request.updated",
      "leave.created",
      "leave.deleted",
      "leave.updated",
      "legal-entity.created",
      "legal-entity.deleted",
      "legal-entity.updated",
      "occupation-category.created",
      "occupation-category.deleted",
      "occupation-category.updated",
      "test.created",
    ]) {
      expect(bundle).not.toContain(JSON.stringify(topic));
    }
  });
});
