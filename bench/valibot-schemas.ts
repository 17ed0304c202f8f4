import * as v from "valibot";

// The same three topics as zod-schemas.ts, written as a valibot user would write them; the bench
// checks they accept the spec's examples before timing anything.

const id = v.pipe(v.string(), v.minLength(1));
const url = v.pipe(v.string(), v.url());
const reference = (type: string) => v.object({ id, type: v.literal(type), url });
const nullableReference = (type: string) => v.nullish(reference(type));
const dateTime = v.pipe(v.string(), v.isoTimestamp());
const date = v.pipe(v.string(), v.isoDate());
const links = v.nullish(v.record(v.string(), v.nullable(v.object({ href: v.string() }))));
const embedded = v.nullish(
  v.record(v.string(), v.record(v.string(), v.record(v.string(), v.unknown()))),
);
const t9n = v.optional(v.record(v.string(), v.record(v.string(), v.string())));
const status = v.optional(v.picklist(["active", "upcoming", "deactivated"]));
const nullableString = (min?: number, max?: number) =>
  v.nullish(v.pipe(v.string(), v.minLength(min ?? 0), v.maxLength(max ?? Number.MAX_SAFE_INTEGER)));

const envelope = {
  id,
  type: v.literal("event"),
  url,
  occurredAt: dateTime,
  source: url,
  apiVersion: v.optional(v.literal("2024-11-01")),
  businessEstablishment: nullableReference("business-establishment"),
  previousAttributes: v.optional(v.record(v.string(), v.unknown())),
};

const employee = v.object({
  id,
  type: v.literal("employee"),
  url,
  givenName: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  familyName: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  email: v.nullable(
    v.pipe(v.string(), v.email(), v.minLength(3), v.maxLength(255), v.regex(/^[^<>]*$/)),
  ),
  remoteId: nullableString(1, 100),
  portrait: nullableReference("portrait"),
  employeeNumber: nullableString(1),
  status,
  birthDay: v.nullish(
    v.object({
      day: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31))),
      month: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
    }),
  ),
  phoneNumber: v.nullish(
    v.pipe(v.string(), v.regex(/^[+]?[(]?[0-9]{3}[)]?[-\s.]?[0-9]{3}[-\s.]?[0-9]{4,6}$/)),
  ),
  applicableEmployment: v.optional(reference("employment")),
  applicableJobPosition: v.optional(reference("job-position")),
  createdAt: v.optional(dateTime),
  lastUpdatedAt: v.optional(dateTime),
  links,
  embedded,
});

const jobPosition = v.object({
  id,
  type: v.literal("job-position"),
  url,
  employment: reference("employment"),
  startsOn: date,
  endsOn: v.nullish(date),
  businessEstablishment: reference("business-establishment"),
  department: reference("department"),
  remoteId: nullableString(1, 1024),
  employee: v.optional(reference("employee")),
  status,
  jobTitle: nullableString(undefined, 1024),
  jobQualification: nullableReference("job-qualification"),
  manager: nullableReference("employee"),
  occupationCategory: nullableReference("occupation-category"),
  workingTimeArrangement: v.optional(reference("working-time-arrangement")),
  document: nullableReference("file"),
  notes: nullableString(undefined, 500),
  t9n,
  updatedAttributes: v.optional(v.array(v.string())),
  changedAttributes: v.optional(v.array(v.string())),
  createdAt: v.optional(dateTime),
  lastUpdatedAt: v.optional(dateTime),
  links,
  embedded,
});

const leaveRequest = v.object({
  id,
  type: v.literal("leave-request"),
  url,
  status: v.picklist(["pending", "approved", "rejected", "denied"]),
  leaves: v.pipe(v.array(reference("leave")), v.minLength(1)),
  employee: v.optional(reference("employee")),
  expectedApprover: nullableReference("employee"),
  createdAt: dateTime,
  lastUpdatedAt: dateTime,
  links,
  embedded,
});

/** valibot 1 schemas of three topics' events, keyed by topic. */
export const VALIBOT_SCHEMAS: Record<string, v.GenericSchema> = {
  "employee.created": v.object({
    ...envelope,
    topic: v.literal("employee.created"),
    data: employee,
  }),
  "job-position.created": v.object({
    ...envelope,
    topic: v.literal("job-position.created"),
    data: jobPosition,
  }),
  "leave-request.created": v.object({
    ...envelope,
    topic: v.literal("leave-request.created"),
    data: leaveRequest,
  }),
};
