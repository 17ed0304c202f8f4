import { describe, expect, it } from "vitest";
import { minimalDoc, resource } from "./fixtures/minimal-doc.js";
import { changesetFor } from "../release/changeset-note.js";
import { diffSpecs } from "./diff-specs.js";
import type { ChangeLevel, OpenApiDocument } from "./types.js";

type Row = readonly [level: ChangeLevel, subject: string, text: string];
type Case = readonly [
  name: string,
  { given: { before: OpenApiDocument; after: OpenApiDocument }; want: Row[] },
];

const EMPLOYEE = ["employee.created", "employee.updated"];
const str = { type: "string" };
/** A doc with employee topics and one Employee component built from `properties`. */
const employee = (properties: Record<string, unknown>, required: string[] = []): OpenApiDocument =>
  minimalDoc({
    topics: EMPLOYEE,
    schemas: { Employee: resource("employee", properties, required) },
  });
const employee30 = (properties: Record<string, unknown>): OpenApiDocument =>
  minimalDoc({
    openapi: "3.0.3",
    topics: EMPLOYEE,
    schemas: { Employee: resource("employee", properties) },
  });
/** Employee and business-establishment sharing one address component named `addressName`. */
const withAddress = (addressName: string, address: Record<string, unknown>): OpenApiDocument =>
  minimalDoc({
    topics: [...EMPLOYEE, "business-establishment.created"],
    schemas: {
      Employee: resource("employee", { address: { $ref: `#/components/schemas/${addressName}` } }),
      BusinessEstablishment: resource("business-establishment", {
        address: { oneOf: [{ $ref: `#/components/schemas/${addressName}` }, { type: "null" }] },
      }),
      [addressName]: address,
    },
  });
const address = (postalCode: unknown): Record<string, unknown> => ({
  type: "object",
  properties: { locality: str, postalCode },
});
const webhookPaths = (ops: Record<string, unknown>): OpenApiDocument =>
  minimalDoc({ topics: EMPLOYEE, schemas: { Employee: resource("employee", {}) }, paths: ops });
const endpointBody = (required: string[]): Record<string, unknown> => ({
  requestBody: {
    required: true,
    content: {
      "application/json": {
        schema: {
          type: "object",
          required,
          properties: { url: str, topics: { type: "array", items: str } },
        },
      },
    },
  },
  responses: { "201": { description: "Created" } },
});

const cases: Case[] = [
  [
    "topic added → minor",
    {
      given: {
        before: employee({}),
        after: minimalDoc({
          topics: [...EMPLOYEE, "employee.deleted"],
          schemas: { Employee: resource("employee", {}) },
        }),
      },
      want: [["minor", "employee", 'topic "employee.deleted" added']],
    },
  ],
  [
    "topic removed → major",
    {
      given: {
        before: employee({}),
        after: minimalDoc({
          topics: ["employee.created"],
          schemas: { Employee: resource("employee", {}) },
        }),
      },
      want: [["major", "employee", 'topic "employee.updated" removed']],
    },
  ],
  [
    "optional property added → minor",
    {
      given: { before: employee({}), after: employee({ nickname: str }) },
      want: [["minor", "employee", 'employee: property "nickname" added (optional)']],
    },
  ],
  [
    "required property added → major",
    {
      given: { before: employee({}), after: employee({ nickname: str }, ["nickname"]) },
      want: [["major", "employee", 'employee: property "nickname" added (required)']],
    },
  ],
  [
    "property removed → major",
    {
      given: { before: employee({ nickname: str }), after: employee({}) },
      want: [["major", "employee", 'employee: property "nickname" removed']],
    },
  ],
  [
    "property renamed → major (removal + addition)",
    {
      given: { before: employee({ nickname: str }), after: employee({ displayName: str }) },
      want: [
        ["minor", "employee", 'employee: property "displayName" added (optional)'],
        ["major", "employee", 'employee: property "nickname" removed'],
      ],
    },
  ],
  [
    "property newly required → major",
    {
      given: {
        before: employee({ nickname: str }),
        after: employee({ nickname: str }, ["nickname"]),
      },
      want: [["major", "employee", 'employee: property "nickname" is now required']],
    },
  ],
  [
    "required dropped → minor",
    {
      given: {
        before: employee({ nickname: str }, ["nickname"]),
        after: employee({ nickname: str }),
      },
      want: [["minor", "employee", 'employee: property "nickname" is no longer required']],
    },
  ],
  [
    "enum widened → minor",
    {
      given: {
        before: employee({ status: { type: "string", enum: ["active"] } }),
        after: employee({ status: { type: "string", enum: ["active", "archived"] } }),
      },
      want: [["minor", "employee", 'employee: property "status" enum value "archived" added']],
    },
  ],
  [
    "enum narrowed → major",
    {
      given: {
        before: employee({ status: { type: "string", enum: ["active", "archived"] } }),
        after: employee({ status: { type: "string", enum: ["active"] } }),
      },
      want: [["major", "employee", 'employee: property "status" enum value "archived" removed']],
    },
  ],
  [
    "3.1 null removed from a type array → major",
    {
      given: {
        before: employee({ remoteId: { type: ["string", "null"] } }),
        after: employee({ remoteId: str }),
      },
      want: [["major", "employee", 'employee: property "remoteId" no longer nullable']],
    },
  ],
  [
    "3.1 null added to a type array → minor",
    {
      given: {
        before: employee({ remoteId: str }),
        after: employee({ remoteId: { type: ["null", "string"] } }),
      },
      want: [["minor", "employee", 'employee: property "remoteId" now nullable']],
    },
  ],
  [
    "3.0 nullable: true removed → major",
    {
      given: {
        before: employee30({ remoteId: { type: "string", nullable: true } }),
        after: employee30({ remoteId: str }),
      },
      want: [["major", "employee", 'employee: property "remoteId" no longer nullable']],
    },
  ],
  [
    "3.0 document: property type changed → major, description → patch",
    {
      given: {
        before: employee30({ rank: { type: "integer", description: "Rank" } }),
        after: employee30({ rank: { type: "string", description: "Rank, as text" } }),
      },
      want: [
        ["patch", "employee", "employee: descriptions or examples changed"],
        ["major", "employee", 'employee: property "rank" type changed from integer to string'],
      ],
    },
  ],
  [
    "3.0 nullable and 3.1 type array with the same meaning → []",
    {
      given: {
        before: employee30({ remoteId: { type: "string", nullable: true, enum: ["a"] } }),
        after: employee({ remoteId: { type: ["string", "null"], enum: ["a", null] } }),
      },
      want: [],
    },
  ],
  [
    "format added and tightened → major",
    {
      given: {
        before: employee({ email: str, birthDate: { type: "string", format: "date-time" } }),
        after: employee({
          email: { type: "string", format: "email" },
          birthDate: { type: "string", format: "date" },
        }),
      },
      want: [
        [
          "major",
          "employee",
          'employee: property "birthDate" format changed from "date-time" to "date"',
        ],
        ["major", "employee", 'employee: property "email" format "email" added'],
      ],
    },
  ],
  [
    "format removed → minor",
    {
      given: {
        before: employee({ email: { type: "string", format: "email" } }),
        after: employee({ email: str }),
      },
      want: [["minor", "employee", 'employee: property "email" format "email" removed']],
    },
  ],
  [
    "maxLength lowered → major, minLength lowered → minor",
    {
      given: {
        before: employee({ name: { type: "string", minLength: 2, maxLength: 255 } }),
        after: employee({ name: { type: "string", minLength: 1, maxLength: 100 } }),
      },
      want: [
        ["major", "employee", 'employee: property "name" maxLength lowered from 255 to 100'],
        ["minor", "employee", 'employee: property "name" minLength lowered from 2 to 1'],
      ],
    },
  ],
  [
    "pattern and additionalProperties: false added → major",
    {
      given: {
        before: employee({ t9n: { type: "object" }, code: str }),
        after: employee({
          t9n: { type: "object", additionalProperties: false },
          code: { type: "string", pattern: "^[A-Z]+$" },
        }),
      },
      want: [
        ["major", "employee", 'employee: property "code" pattern added'],
        ["major", "employee", 'employee: property "t9n" additionalProperties: false added'],
      ],
    },
  ],
  [
    "description, title, example and x- annotations only → one patch line",
    {
      given: {
        before: employee({ name: { type: "string", description: "Name", example: "Ann" } }),
        after: employee({
          name: {
            type: "string",
            description: "Full name",
            title: "Name",
            examples: ["Bob"],
            "x-internal": true,
          },
        }),
      },
      want: [["patch", "employee", "employee: descriptions or examples changed"]],
    },
  ],
  [
    "$ref moved to a renamed identical component → []",
    {
      given: {
        before: withAddress("Address", address(str)),
        after: withAddress("PostalAddress", address(str)),
      },
      want: [],
    },
  ],
  [
    "key order only → []",
    {
      given: {
        before: employee({ a: { type: "string", maxLength: 3 }, b: str }),
        after: employee({ b: str, a: { maxLength: 3, type: "string" } }),
      },
      want: [],
    },
  ],
  [
    "nested change in a shared component → reported under each resource",
    {
      given: {
        before: withAddress("Address", address(str)),
        after: withAddress("Address", address({ type: "string", maxLength: 10 })),
      },
      want: [
        [
          "major",
          "business-establishment",
          'business-establishment: property "address.postalCode" maxLength 10 added',
        ],
        ["major", "employee", 'employee: property "address.postalCode" maxLength 10 added'],
      ],
    },
  ],
  [
    "allOf refactor with the same meaning → []",
    {
      given: {
        before: employee({ name: str }, ["name"]),
        after: minimalDoc({
          topics: EMPLOYEE,
          schemas: {
            Named: { type: "object", required: ["name"], properties: { name: str } },
            Employee: { allOf: [{ $ref: "#/components/schemas/Named" }, resource("employee", {})] },
          },
        }),
      },
      want: [],
    },
  ],
  [
    "recursive component (department.parent) terminates and reports once",
    {
      given: {
        before: minimalDoc({
          topics: ["department.created"],
          schemas: {
            Department: resource("department", {
              parent: { $ref: "#/components/schemas/Department" },
            }),
          },
        }),
        after: minimalDoc({
          topics: ["department.created"],
          schemas: {
            Department: resource("department", {
              parent: { $ref: "#/components/schemas/Department" },
              level: { type: "integer" },
            }),
          },
        }),
      },
      want: [["minor", "department", 'department: property "level" added (optional)']],
    },
  ],
  [
    "paths: operation removed → major, added → minor",
    {
      given: {
        before: webhookPaths({
          "/webhook-endpoints/{id}": {
            delete: { responses: { "204": { description: "Deleted" } } },
          },
        }),
        after: webhookPaths({
          "/webhook-endpoints": { get: { responses: { "200": { description: "List" } } } },
        }),
      },
      want: [
        [
          "major",
          "DELETE /webhook-endpoints/{id}",
          "DELETE /webhook-endpoints/{id}: operation removed",
        ],
        ["minor", "GET /webhook-endpoints", "GET /webhook-endpoints: operation added"],
      ],
    },
  ],
  [
    "paths: request body property newly required → major",
    {
      given: {
        before: webhookPaths({ "/webhook-endpoints": { post: endpointBody(["url"]) } }),
        after: webhookPaths({ "/webhook-endpoints": { post: endpointBody(["url", "topics"]) } }),
      },
      want: [
        [
          "major",
          "POST /webhook-endpoints",
          'POST /webhook-endpoints: request body property "topics" is now required',
        ],
      ],
    },
  ],
  [
    "union: oneOf [$ref, null] equals the ref made nullable; new reference variant → minor",
    {
      given: {
        before: minimalDoc({
          topics: EMPLOYEE,
          schemas: {
            Employee: resource("employee", {
              manager: {
                oneOf: [{ $ref: "#/components/schemas/EmployeeReference" }, { type: "null" }],
              },
              owner: {
                oneOf: [
                  { $ref: "#/components/schemas/EmployeeReference" },
                  { $ref: "#/components/schemas/DepartmentReference" },
                ],
              },
            }),
            EmployeeReference: resource("employee", { url: str }),
            DepartmentReference: resource("department", { url: str }),
          },
        }),
        after: minimalDoc({
          topics: EMPLOYEE,
          schemas: {
            Employee: resource("employee", {
              manager: { allOf: [{ $ref: "#/components/schemas/EmployeeRef" }], nullable: true },
              owner: {
                anyOf: [
                  { $ref: "#/components/schemas/DepartmentRef" },
                  { $ref: "#/components/schemas/EmployeeRef" },
                  resource("legal-entity", { url: str }),
                ],
              },
            }),
            EmployeeRef: resource("employee", { url: str }),
            DepartmentRef: resource("department", { url: str }),
          },
        }),
      },
      want: [["minor", "employee", 'employee: property "owner" variant "legal-entity" added']],
    },
  ],
  [
    "const changed → major; x-lucca-resource beats a reference named like the type",
    {
      given: {
        before: minimalDoc({
          topics: ["leave.created"],
          schemas: {
            LeaveDetails: {
              ...resource("leave", { unit: { const: "days" } }),
              "x-lucca-resource": "leave",
            },
            Leave: resource("leave", {}),
          },
        }),
        after: minimalDoc({
          topics: ["leave.created"],
          schemas: {
            LeaveDetails: {
              ...resource("leave", { unit: { const: "hours" } }),
              "x-lucca-resource": "leave",
            },
            Leave: resource("leave", {}),
          },
        }),
      },
      want: [["major", "leave", 'leave: property "unit" const changed from "days" to "hours"']],
    },
  ],
];

describe("diffSpecs", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    const got = diffSpecs(given.before, given.after).map((c) => [c.level, c.subject, c.text]);
    expect(got).toEqual(want);
  });

  it("binds a resource as the generator does: EmployeeRecord beside EmployeeReference", () => {
    const doc = (name: unknown) =>
      minimalDoc({
        topics: EMPLOYEE,
        schemas: {
          EmployeeRecord: resource("employee", { name }),
          EmployeeReference: resource("employee", { url: str }),
        },
      });
    const changes = diffSpecs(doc(str), doc({ type: "integer" }));
    expect(changes.map((c) => [c.level, c.text])).toEqual([
      ["major", 'employee: property "name" type changed from string to integer'],
    ]);
    expect(changesetFor("@lucca-events/2099-01-01", changes)?.content).toContain(
      '"@lucca-events/2099-01-01": major',
    );
  });

  it("never reports a value that is not a topic (confirmation) as a topic", () => {
    const employeeDoc = (topics: string[]) =>
      minimalDoc({ topics, schemas: { Employee: resource("employee", {}) } });
    expect(diffSpecs(employeeDoc(EMPLOYEE), employeeDoc([...EMPLOYEE, "confirmation"]))).toEqual(
      [],
    );
    expect(diffSpecs(employeeDoc([...EMPLOYEE, "confirmation"]), employeeDoc(EMPLOYEE))).toEqual(
      [],
    );
  });

  it("reports nothing between a document and itself", () => {
    const doc = withAddress("Address", address(str));
    expect(diffSpecs(doc, structuredClone(doc))).toEqual([]);
  });
});
