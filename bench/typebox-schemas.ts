import { FormatRegistry, Type, type TSchema } from "@sinclair/typebox";
import { TypeCompiler, type TypeCheck } from "@sinclair/typebox/compiler";
import { isDate, isDateTime, isEmail, isUri } from "../packages/core/src/formats.js";

// The same three topics as zod-schemas.ts, as a TypeBox user would write them, compiled with
// TypeBox's own compiler. Its formats are registered with core's checks, so format work is equal.
FormatRegistry.Set("uri", isUri);
FormatRegistry.Set("date-time", isDateTime);
FormatRegistry.Set("date", isDate);
FormatRegistry.Set("email", isEmail);

const id = Type.String({ minLength: 1 });
const url = Type.String({ format: "uri" });
const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const reference = (type: string) => Type.Object({ id, type: Type.Literal(type), url });
const nullableReference = (type: string) => Type.Optional(nullable(reference(type)));
const dateTime = Type.String({ format: "date-time" });
const date = Type.String({ format: "date" });
const links = Type.Optional(
  nullable(Type.Record(Type.String(), nullable(Type.Object({ href: Type.String() })))),
);
const embedded = Type.Optional(
  nullable(
    Type.Record(
      Type.String(),
      Type.Record(Type.String(), Type.Record(Type.String(), Type.Unknown())),
    ),
  ),
);
const t9n = Type.Optional(Type.Record(Type.String(), Type.Record(Type.String(), Type.String())));
const status = Type.Optional(
  Type.Union([Type.Literal("active"), Type.Literal("upcoming"), Type.Literal("deactivated")]),
);
const nullableString = (minLength?: number, maxLength?: number) =>
  Type.Optional(
    nullable(
      Type.String({
        ...(minLength === undefined ? {} : { minLength }),
        ...(maxLength === undefined ? {} : { maxLength }),
      }),
    ),
  );

const envelope = {
  id,
  type: Type.Literal("event"),
  url,
  occurredAt: dateTime,
  source: url,
  apiVersion: Type.Optional(Type.Literal("2024-11-01")),
  businessEstablishment: nullableReference("business-establishment"),
  previousAttributes: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
};

const employee = Type.Object({
  id,
  type: Type.Literal("employee"),
  url,
  givenName: Type.String({ minLength: 1, maxLength: 255 }),
  familyName: Type.String({ minLength: 1, maxLength: 255 }),
  email: nullable(
    Type.String({ format: "email", minLength: 3, maxLength: 255, pattern: "^[^<>]*$" }),
  ),
  remoteId: nullableString(1, 100),
  portrait: nullableReference("portrait"),
  employeeNumber: nullableString(1),
  status,
  birthDay: Type.Optional(
    nullable(
      Type.Object({
        day: Type.Optional(Type.Integer({ minimum: 1, maximum: 31 })),
        month: Type.Optional(Type.Integer({ minimum: 1, maximum: 12 })),
      }),
    ),
  ),
  phoneNumber: Type.Optional(
    nullable(Type.String({ pattern: "^[+]?[(]?[0-9]{3}[)]?[-\\s.]?[0-9]{3}[-\\s.]?[0-9]{4,6}$" })),
  ),
  applicableEmployment: Type.Optional(reference("employment")),
  applicableJobPosition: Type.Optional(reference("job-position")),
  createdAt: Type.Optional(dateTime),
  lastUpdatedAt: Type.Optional(dateTime),
  links,
  embedded,
});

const jobPosition = Type.Object({
  id,
  type: Type.Literal("job-position"),
  url,
  employment: reference("employment"),
  startsOn: date,
  endsOn: Type.Optional(nullable(date)),
  businessEstablishment: reference("business-establishment"),
  department: reference("department"),
  remoteId: nullableString(1, 1024),
  employee: Type.Optional(reference("employee")),
  status,
  jobTitle: nullableString(undefined, 1024),
  jobQualification: nullableReference("job-qualification"),
  manager: nullableReference("employee"),
  occupationCategory: nullableReference("occupation-category"),
  workingTimeArrangement: Type.Optional(reference("working-time-arrangement")),
  document: nullableReference("file"),
  notes: nullableString(undefined, 500),
  t9n,
  updatedAttributes: Type.Optional(Type.Array(Type.String())),
  changedAttributes: Type.Optional(Type.Array(Type.String())),
  createdAt: Type.Optional(dateTime),
  lastUpdatedAt: Type.Optional(dateTime),
  links,
  embedded,
});

const leaveRequest = Type.Object({
  id,
  type: Type.Literal("leave-request"),
  url,
  status: Type.Union(["pending", "approved", "rejected", "denied"].map((s) => Type.Literal(s))),
  leaves: Type.Array(reference("leave"), { minItems: 1 }),
  employee: Type.Optional(reference("employee")),
  expectedApprover: nullableReference("employee"),
  createdAt: dateTime,
  lastUpdatedAt: dateTime,
  links,
  embedded,
});

const event = (topic: string, data: TSchema) =>
  Type.Object({ ...envelope, topic: Type.Literal(topic), data });

/** TypeBox compiled checks of three topics' events, keyed by topic. */
export const TYPEBOX_CHECKS: Record<string, TypeCheck<TSchema>> = {
  "employee.created": TypeCompiler.Compile(event("employee.created", employee)),
  "job-position.created": TypeCompiler.Compile(event("job-position.created", jobPosition)),
  "leave-request.created": TypeCompiler.Compile(event("leave-request.created", leaveRequest)),
};
