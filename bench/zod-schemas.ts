import { z } from "zod";

// Hand-written as a zod user would write them from the spec; the bench checks they accept the same
// examples as the generated validators before timing anything.

const reference = (type: string) =>
  z.object({ id: z.string().min(1), type: z.literal(type), url: z.url() });
const nullableReference = (type: string) => reference(type).nullable().optional();
const dateTime = z.iso.datetime({ offset: true });
const links = z
  .record(z.string(), z.object({ href: z.string() }).nullable())
  .nullable()
  .optional();
const embedded = z
  .record(z.string(), z.record(z.string(), z.record(z.string(), z.unknown())))
  .nullable()
  .optional();
const t9n = z.record(z.string(), z.record(z.string(), z.string())).optional();
const status = z.enum(["active", "upcoming", "deactivated"]).optional();
const nullableString = (min?: number, max?: number) => {
  let schema = z.string();
  if (min !== undefined) schema = schema.min(min);
  if (max !== undefined) schema = schema.max(max);
  return schema.nullable().optional();
};

const envelope = {
  id: z.string().min(1),
  type: z.literal("event"),
  url: z.url(),
  occurredAt: dateTime,
  source: z.url(),
  apiVersion: z.literal("2024-11-01").optional(),
  businessEstablishment: nullableReference("business-establishment"),
  previousAttributes: z.record(z.string(), z.unknown()).optional(),
};

const employee = z.object({
  id: z.string().min(1),
  type: z.literal("employee"),
  url: z.url(),
  givenName: z.string().min(1).max(255),
  familyName: z.string().min(1).max(255),
  email: z
    .email()
    .min(3)
    .max(255)
    .regex(/^[^<>]*$/)
    .nullable(),
  remoteId: nullableString(1, 100),
  portrait: nullableReference("portrait"),
  employeeNumber: nullableString(1),
  status,
  birthDay: z
    .object({ day: z.int().min(1).max(31).optional(), month: z.int().min(1).max(12).optional() })
    .nullable()
    .optional(),
  phoneNumber: z
    .string()
    .regex(/^[+]?[(]?[0-9]{3}[)]?[-\s.]?[0-9]{3}[-\s.]?[0-9]{4,6}$/)
    .nullable()
    .optional(),
  applicableEmployment: reference("employment").optional(),
  applicableJobPosition: reference("job-position").optional(),
  createdAt: dateTime.optional(),
  lastUpdatedAt: dateTime.optional(),
  links,
  embedded,
});

const jobPosition = z.object({
  id: z.string().min(1),
  type: z.literal("job-position"),
  url: z.url(),
  employment: reference("employment"),
  startsOn: z.iso.date(),
  endsOn: z.iso.date().nullable().optional(),
  businessEstablishment: reference("business-establishment"),
  department: reference("department"),
  remoteId: nullableString(1, 1024),
  employee: reference("employee").optional(),
  status,
  jobTitle: nullableString(undefined, 1024),
  jobQualification: nullableReference("job-qualification"),
  manager: nullableReference("employee"),
  occupationCategory: nullableReference("occupation-category"),
  workingTimeArrangement: reference("working-time-arrangement").optional(),
  document: nullableReference("file"),
  notes: nullableString(undefined, 500),
  t9n,
  updatedAttributes: z.array(z.string()).optional(),
  changedAttributes: z.array(z.string()).optional(),
  createdAt: dateTime.optional(),
  lastUpdatedAt: dateTime.optional(),
  links,
  embedded,
});

const leaveRequest = z.object({
  id: z.string().min(1),
  type: z.literal("leave-request"),
  url: z.url(),
  status: z.enum(["pending", "approved", "rejected", "denied"]),
  leaves: z.array(reference("leave")).min(1),
  employee: reference("employee").optional(),
  expectedApprover: nullableReference("employee"),
  createdAt: dateTime,
  lastUpdatedAt: dateTime,
  links,
  embedded,
});

/** zod 4 schemas of three topics' events, keyed by topic. */
export const ZOD_SCHEMAS: Record<string, z.ZodType> = {
  "employee.created": z.object({
    ...envelope,
    topic: z.literal("employee.created"),
    data: employee,
  }),
  "job-position.created": z.object({
    ...envelope,
    topic: z.literal("job-position.created"),
    data: jobPosition,
  }),
  "leave-request.created": z.object({
    ...envelope,
    topic: z.literal("leave-request.created"),
    data: leaveRequest,
  }),
};
