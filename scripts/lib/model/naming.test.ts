import { describe, expect, it } from "vitest";
import {
  eventInterfaceName,
  isApiVersion,
  packageFolder,
  packageName,
  pascalCase,
  schemaTypeName,
  validatorName,
} from "./naming.js";

describe("naming", () => {
  it.each([
    ["employee.created", { given: "employee.created", want: "EmployeeCreatedEvent" }],
    ["two-word resource", { given: "calendar-event.updated", want: "CalendarEventUpdatedEvent" }],
    [
      "three-word resource",
      { given: "leave-request-decision.created", want: "LeaveRequestDecisionCreatedEvent" },
    ],
    ["underscores", { given: "job_position.deleted", want: "JobPositionDeletedEvent" }],
  ])("event interface: %s", (_name, { given, want }) => {
    expect(eventInterfaceName(given)).toBe(want);
  });

  it.each([
    ["a topic", { given: "leave.created", want: "isLeaveCreatedEvent" }],
    ["a kebab topic", { given: "job-position.updated", want: "isJobPositionUpdatedEvent" }],
  ])("validator: %s", (_name, { given, want }) => {
    expect(validatorName(given)).toBe(want);
  });

  it.each([
    ["PascalCase stays", { given: "EmployeeReference", want: "EmployeeReference" }],
    ["kebab-case", { given: "employee-reference", want: "EmployeeReference" }],
    ["dotted", { given: "lucca.Employee", want: "LuccaEmployee" }],
    ["leading digit", { given: "3dModel", want: "Schema3dModel" }],
  ])("schema type: %s", (_name, { given, want }) => {
    expect(schemaTypeName(given)).toBe(want);
  });

  it("names packages and folders after the API version verbatim", () => {
    expect(packageName("2024-11-01")).toBe("@lucca-events/2024-11-01");
    expect(packageFolder("2024-11-01")).toBe("api-2024-11-01");
  });

  it.each([
    ["a real date", { given: "2024-11-01", want: true }],
    ["a leap day", { given: "2024-02-29", want: true }],
    ["no such day", { given: "2023-02-29", want: false }],
    ["month 13", { given: "2024-13-01", want: false }],
    ["not a date", { given: "latest", want: false }],
    ["no padding", { given: "2024-1-01", want: false }],
  ])("API version key: %s", (_name, { given, want }) => {
    expect(isApiVersion(given)).toBe(want);
  });

  it("collapses topics that differ only by separators into one identifier", () => {
    expect(pascalCase("job-position.created")).toBe(pascalCase("job_position.created"));
  });
});
