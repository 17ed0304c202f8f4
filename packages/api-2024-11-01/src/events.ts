// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
import type {
  BusinessEstablishment,
  CalendarEvent,
  Department,
  Employee,
  EmployeePersonalRecord,
  Employment,
  JobPosition,
  JobQualification,
  Leave,
  LeaveRequest,
  LeaveRequestDecision,
  LegalEntity,
  LuccaEventEnvelope,
  OccupationCategory,
  Test,
} from "./resources.js";
/** The Lucca API version whose event payloads this package describes and validates. */
export const API_VERSION = "2024-11-01";
/** Every topic of API version 2024-11-01, sorted. */
export const TOPICS = [
  "business-establishment.created",
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
] as const;
/** A topic this API version knows. */
export type LuccaEventTopic = (typeof TOPICS)[number];
/**
 * The attributes an `*.updated` event says changed, with their previous values. Lucca sends a
 * `null` both for an attribute that was null and for one whose previous value it does not know.
 */
export type PreviousAttributes<Resource> = Resource extends unknown
  ? { [Key in keyof Resource]?: Resource[Key] | null }
  : never;

/** Sent on `business-establishment.created`; `data` is the business-establishment after the change. */
export interface BusinessEstablishmentCreatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "business-establishment.created";
  data: BusinessEstablishment;
}

/** Sent on `business-establishment.deleted`; `data` is the business-establishment after the change. */
export interface BusinessEstablishmentDeletedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "business-establishment.deleted";
  data: BusinessEstablishment;
}

/** Sent on `business-establishment.updated`; `data` is the business-establishment after the change. */
export interface BusinessEstablishmentUpdatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "business-establishment.updated";
  data: BusinessEstablishment;
  previousAttributes?: PreviousAttributes<BusinessEstablishment>;
}

/** Sent on `calendar-event.created`; `data` is the calendar-event after the change. */
export interface CalendarEventCreatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "calendar-event.created";
  data: CalendarEvent;
}

/** Sent on `calendar-event.deleted`; `data` is the calendar-event after the change. */
export interface CalendarEventDeletedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "calendar-event.deleted";
  data: CalendarEvent;
}

/** Sent on `calendar-event.updated`; `data` is the calendar-event after the change. */
export interface CalendarEventUpdatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "calendar-event.updated";
  data: CalendarEvent;
  previousAttributes?: PreviousAttributes<CalendarEvent>;
}

/** Sent on `department.created`; `data` is the department after the change. */
export interface DepartmentCreatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "department.created";
  data: Department;
}

/** Sent on `department.deleted`; `data` is the department after the change. */
export interface DepartmentDeletedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "department.deleted";
  data: Department;
}

/** Sent on `department.updated`; `data` is the department after the change. */
export interface DepartmentUpdatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "department.updated";
  data: Department;
  previousAttributes?: PreviousAttributes<Department>;
}

/** Sent on `employee-personal-record.created`; `data` is the employee-personal-record after the change. */
export interface EmployeePersonalRecordCreatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "employee-personal-record.created";
  data: EmployeePersonalRecord;
}

/** Sent on `employee-personal-record.updated`; `data` is the employee-personal-record after the change. */
export interface EmployeePersonalRecordUpdatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "employee-personal-record.updated";
  data: EmployeePersonalRecord;
  previousAttributes?: PreviousAttributes<EmployeePersonalRecord>;
}

/** Sent on `employee.created`; `data` is the employee after the change. */
export interface EmployeeCreatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "employee.created";
  data: Employee;
}

/** Sent on `employee.deleted`; `data` is the employee after the change. */
export interface EmployeeDeletedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "employee.deleted";
  data: Employee;
}

/** Sent on `employee.updated`; `data` is the employee after the change. */
export interface EmployeeUpdatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "employee.updated";
  data: Employee;
  previousAttributes?: PreviousAttributes<Employee>;
}

/** Sent on `employment.created`; `data` is the employment after the change. */
export interface EmploymentCreatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "employment.created";
  data: Employment;
}

/** Sent on `employment.deleted`; `data` is the employment after the change. */
export interface EmploymentDeletedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "employment.deleted";
  data: Employment;
}

/** Sent on `employment.updated`; `data` is the employment after the change. */
export interface EmploymentUpdatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "employment.updated";
  data: Employment;
  previousAttributes?: PreviousAttributes<Employment>;
}

/** Sent on `job-position.created`; `data` is the job-position after the change. */
export interface JobPositionCreatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "job-position.created";
  data: JobPosition;
}

/** Sent on `job-position.deleted`; `data` is the job-position after the change. */
export interface JobPositionDeletedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "job-position.deleted";
  data: JobPosition;
}

/** Sent on `job-position.updated`; `data` is the job-position after the change. */
export interface JobPositionUpdatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "job-position.updated";
  data: JobPosition;
  previousAttributes?: PreviousAttributes<JobPosition>;
}

/** Sent on `job-qualification.created`; `data` is the job-qualification after the change. */
export interface JobQualificationCreatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "job-qualification.created";
  data: JobQualification;
}

/** Sent on `job-qualification.deleted`; `data` is the job-qualification after the change. */
export interface JobQualificationDeletedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "job-qualification.deleted";
  data: JobQualification;
}

/** Sent on `job-qualification.updated`; `data` is the job-qualification after the change. */
export interface JobQualificationUpdatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "job-qualification.updated";
  data: JobQualification;
  previousAttributes?: PreviousAttributes<JobQualification>;
}

/** Sent on `leave-request-decision.created`; `data` is the leave-request-decision after the change. */
export interface LeaveRequestDecisionCreatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "leave-request-decision.created";
  data: LeaveRequestDecision;
}

/** Sent on `leave-request.created`; `data` is the leave-request after the change. */
export interface LeaveRequestCreatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "leave-request.created";
  data: LeaveRequest;
}

/** Sent on `leave-request.deleted`; `data` is the leave-request after the change. */
export interface LeaveRequestDeletedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "leave-request.deleted";
  data: LeaveRequest;
}

/** Sent on `leave-request.updated`; `data` is the leave-request after the change. */
export interface LeaveRequestUpdatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "leave-request.updated";
  data: LeaveRequest;
  previousAttributes?: PreviousAttributes<LeaveRequest>;
}

/** Sent on `leave.created`; `data` is the leave after the change. */
export interface LeaveCreatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "leave.created";
  data: Leave;
}

/** Sent on `leave.deleted`; `data` is the leave after the change. */
export interface LeaveDeletedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "leave.deleted";
  data: Leave;
}

/** Sent on `leave.updated`; `data` is the leave after the change. */
export interface LeaveUpdatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "leave.updated";
  data: Leave;
  previousAttributes?: PreviousAttributes<Leave>;
}

/** Sent on `legal-entity.created`; `data` is the legal-entity after the change. */
export interface LegalEntityCreatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "legal-entity.created";
  data: LegalEntity;
}

/** Sent on `legal-entity.deleted`; `data` is the legal-entity after the change. */
export interface LegalEntityDeletedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "legal-entity.deleted";
  data: LegalEntity;
}

/** Sent on `legal-entity.updated`; `data` is the legal-entity after the change. */
export interface LegalEntityUpdatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "legal-entity.updated";
  data: LegalEntity;
  previousAttributes?: PreviousAttributes<LegalEntity>;
}

/** Sent on `occupation-category.created`; `data` is the occupation-category after the change. */
export interface OccupationCategoryCreatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "occupation-category.created";
  data: OccupationCategory;
}

/** Sent on `occupation-category.deleted`; `data` is the occupation-category after the change. */
export interface OccupationCategoryDeletedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "occupation-category.deleted";
  data: OccupationCategory;
}

/** Sent on `occupation-category.updated`; `data` is the occupation-category after the change. */
export interface OccupationCategoryUpdatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "occupation-category.updated";
  data: OccupationCategory;
  previousAttributes?: PreviousAttributes<OccupationCategory>;
}

/** Sent on `test.created`; `data` is the test after the change. */
export interface TestCreatedEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: "test.created";
  data: Test;
}

/** Each topic of this API version and the interface of its events. */
export interface LuccaEventMap {
  "business-establishment.created": BusinessEstablishmentCreatedEvent;
  "business-establishment.deleted": BusinessEstablishmentDeletedEvent;
  "business-establishment.updated": BusinessEstablishmentUpdatedEvent;
  "calendar-event.created": CalendarEventCreatedEvent;
  "calendar-event.deleted": CalendarEventDeletedEvent;
  "calendar-event.updated": CalendarEventUpdatedEvent;
  "department.created": DepartmentCreatedEvent;
  "department.deleted": DepartmentDeletedEvent;
  "department.updated": DepartmentUpdatedEvent;
  "employee-personal-record.created": EmployeePersonalRecordCreatedEvent;
  "employee-personal-record.updated": EmployeePersonalRecordUpdatedEvent;
  "employee.created": EmployeeCreatedEvent;
  "employee.deleted": EmployeeDeletedEvent;
  "employee.updated": EmployeeUpdatedEvent;
  "employment.created": EmploymentCreatedEvent;
  "employment.deleted": EmploymentDeletedEvent;
  "employment.updated": EmploymentUpdatedEvent;
  "job-position.created": JobPositionCreatedEvent;
  "job-position.deleted": JobPositionDeletedEvent;
  "job-position.updated": JobPositionUpdatedEvent;
  "job-qualification.created": JobQualificationCreatedEvent;
  "job-qualification.deleted": JobQualificationDeletedEvent;
  "job-qualification.updated": JobQualificationUpdatedEvent;
  "leave-request-decision.created": LeaveRequestDecisionCreatedEvent;
  "leave-request.created": LeaveRequestCreatedEvent;
  "leave-request.deleted": LeaveRequestDeletedEvent;
  "leave-request.updated": LeaveRequestUpdatedEvent;
  "leave.created": LeaveCreatedEvent;
  "leave.deleted": LeaveDeletedEvent;
  "leave.updated": LeaveUpdatedEvent;
  "legal-entity.created": LegalEntityCreatedEvent;
  "legal-entity.deleted": LegalEntityDeletedEvent;
  "legal-entity.updated": LegalEntityUpdatedEvent;
  "occupation-category.created": OccupationCategoryCreatedEvent;
  "occupation-category.deleted": OccupationCategoryDeletedEvent;
  "occupation-category.updated": OccupationCategoryUpdatedEvent;
  "test.created": TestCreatedEvent;
}

/** Any event of this API version; `switch (event.topic)` narrows `event.data`. */
export type LuccaEvent = LuccaEventMap[LuccaEventTopic];

/**
 * An event whose topic this API version does not know yet: Lucca adds topics without
 * releasing a new version. Its envelope is valid; its `data` is not described.
 */
export interface UnknownLuccaEvent extends Omit<
  LuccaEventEnvelope,
  "topic" | "data" | "previousAttributes"
> {
  topic: string;
  data: { id: string; type: string; url?: string; [key: string]: unknown };
  previousAttributes?: Record<string, unknown>;
}
