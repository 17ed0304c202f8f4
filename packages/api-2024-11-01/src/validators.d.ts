// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
import type { CompiledValidator } from "@lucca-events/core";
import type {
  BusinessEstablishmentCreatedEvent,
  BusinessEstablishmentDeletedEvent,
  BusinessEstablishmentUpdatedEvent,
  CalendarEventCreatedEvent,
  CalendarEventDeletedEvent,
  CalendarEventUpdatedEvent,
  DepartmentCreatedEvent,
  DepartmentDeletedEvent,
  DepartmentUpdatedEvent,
  EmployeePersonalRecordCreatedEvent,
  EmployeePersonalRecordUpdatedEvent,
  EmployeeCreatedEvent,
  EmployeeDeletedEvent,
  EmployeeUpdatedEvent,
  EmploymentCreatedEvent,
  EmploymentDeletedEvent,
  EmploymentUpdatedEvent,
  JobPositionCreatedEvent,
  JobPositionDeletedEvent,
  JobPositionUpdatedEvent,
  JobQualificationCreatedEvent,
  JobQualificationDeletedEvent,
  JobQualificationUpdatedEvent,
  LeaveRequestDecisionCreatedEvent,
  LeaveRequestCreatedEvent,
  LeaveRequestDeletedEvent,
  LeaveRequestUpdatedEvent,
  LeaveCreatedEvent,
  LeaveDeletedEvent,
  LeaveUpdatedEvent,
  LegalEntityCreatedEvent,
  LegalEntityDeletedEvent,
  LegalEntityUpdatedEvent,
  OccupationCategoryCreatedEvent,
  OccupationCategoryDeletedEvent,
  OccupationCategoryUpdatedEvent,
  TestCreatedEvent,
  UnknownLuccaEvent,
} from "./events.js";
import type { StandardSchemaV1 } from "./standard-schema.js";

/** A compiled type guard that is also a Standard Schema (`~standard`). */
type Guard<T> = CompiledValidator<T> & StandardSchemaV1<unknown, T>;

/** True when `value` is a valid `business-establishment.created` event; failures are left in `.errors`. */
export declare const isBusinessEstablishmentCreatedEvent: Guard<BusinessEstablishmentCreatedEvent>;
/** True when `value` is a valid `business-establishment.deleted` event; failures are left in `.errors`. */
export declare const isBusinessEstablishmentDeletedEvent: Guard<BusinessEstablishmentDeletedEvent>;
/** True when `value` is a valid `business-establishment.updated` event; failures are left in `.errors`. */
export declare const isBusinessEstablishmentUpdatedEvent: Guard<BusinessEstablishmentUpdatedEvent>;
/** True when `value` is a valid `calendar-event.created` event; failures are left in `.errors`. */
export declare const isCalendarEventCreatedEvent: Guard<CalendarEventCreatedEvent>;
/** True when `value` is a valid `calendar-event.deleted` event; failures are left in `.errors`. */
export declare const isCalendarEventDeletedEvent: Guard<CalendarEventDeletedEvent>;
/** True when `value` is a valid `calendar-event.updated` event; failures are left in `.errors`. */
export declare const isCalendarEventUpdatedEvent: Guard<CalendarEventUpdatedEvent>;
/** True when `value` is a valid `department.created` event; failures are left in `.errors`. */
export declare const isDepartmentCreatedEvent: Guard<DepartmentCreatedEvent>;
/** True when `value` is a valid `department.deleted` event; failures are left in `.errors`. */
export declare const isDepartmentDeletedEvent: Guard<DepartmentDeletedEvent>;
/** True when `value` is a valid `department.updated` event; failures are left in `.errors`. */
export declare const isDepartmentUpdatedEvent: Guard<DepartmentUpdatedEvent>;
/** True when `value` is a valid `employee-personal-record.created` event; failures are left in `.errors`. */
export declare const isEmployeePersonalRecordCreatedEvent: Guard<EmployeePersonalRecordCreatedEvent>;
/** True when `value` is a valid `employee-personal-record.updated` event; failures are left in `.errors`. */
export declare const isEmployeePersonalRecordUpdatedEvent: Guard<EmployeePersonalRecordUpdatedEvent>;
/** True when `value` is a valid `employee.created` event; failures are left in `.errors`. */
export declare const isEmployeeCreatedEvent: Guard<EmployeeCreatedEvent>;
/** True when `value` is a valid `employee.deleted` event; failures are left in `.errors`. */
export declare const isEmployeeDeletedEvent: Guard<EmployeeDeletedEvent>;
/** True when `value` is a valid `employee.updated` event; failures are left in `.errors`. */
export declare const isEmployeeUpdatedEvent: Guard<EmployeeUpdatedEvent>;
/** True when `value` is a valid `employment.created` event; failures are left in `.errors`. */
export declare const isEmploymentCreatedEvent: Guard<EmploymentCreatedEvent>;
/** True when `value` is a valid `employment.deleted` event; failures are left in `.errors`. */
export declare const isEmploymentDeletedEvent: Guard<EmploymentDeletedEvent>;
/** True when `value` is a valid `employment.updated` event; failures are left in `.errors`. */
export declare const isEmploymentUpdatedEvent: Guard<EmploymentUpdatedEvent>;
/** True when `value` is a valid `job-position.created` event; failures are left in `.errors`. */
export declare const isJobPositionCreatedEvent: Guard<JobPositionCreatedEvent>;
/** True when `value` is a valid `job-position.deleted` event; failures are left in `.errors`. */
export declare const isJobPositionDeletedEvent: Guard<JobPositionDeletedEvent>;
/** True when `value` is a valid `job-position.updated` event; failures are left in `.errors`. */
export declare const isJobPositionUpdatedEvent: Guard<JobPositionUpdatedEvent>;
/** True when `value` is a valid `job-qualification.created` event; failures are left in `.errors`. */
export declare const isJobQualificationCreatedEvent: Guard<JobQualificationCreatedEvent>;
/** True when `value` is a valid `job-qualification.deleted` event; failures are left in `.errors`. */
export declare const isJobQualificationDeletedEvent: Guard<JobQualificationDeletedEvent>;
/** True when `value` is a valid `job-qualification.updated` event; failures are left in `.errors`. */
export declare const isJobQualificationUpdatedEvent: Guard<JobQualificationUpdatedEvent>;
/** True when `value` is a valid `leave-request-decision.created` event; failures are left in `.errors`. */
export declare const isLeaveRequestDecisionCreatedEvent: Guard<LeaveRequestDecisionCreatedEvent>;
/** True when `value` is a valid `leave-request.created` event; failures are left in `.errors`. */
export declare const isLeaveRequestCreatedEvent: Guard<LeaveRequestCreatedEvent>;
/** True when `value` is a valid `leave-request.deleted` event; failures are left in `.errors`. */
export declare const isLeaveRequestDeletedEvent: Guard<LeaveRequestDeletedEvent>;
/** True when `value` is a valid `leave-request.updated` event; failures are left in `.errors`. */
export declare const isLeaveRequestUpdatedEvent: Guard<LeaveRequestUpdatedEvent>;
/** True when `value` is a valid `leave.created` event; failures are left in `.errors`. */
export declare const isLeaveCreatedEvent: Guard<LeaveCreatedEvent>;
/** True when `value` is a valid `leave.deleted` event; failures are left in `.errors`. */
export declare const isLeaveDeletedEvent: Guard<LeaveDeletedEvent>;
/** True when `value` is a valid `leave.updated` event; failures are left in `.errors`. */
export declare const isLeaveUpdatedEvent: Guard<LeaveUpdatedEvent>;
/** True when `value` is a valid `legal-entity.created` event; failures are left in `.errors`. */
export declare const isLegalEntityCreatedEvent: Guard<LegalEntityCreatedEvent>;
/** True when `value` is a valid `legal-entity.deleted` event; failures are left in `.errors`. */
export declare const isLegalEntityDeletedEvent: Guard<LegalEntityDeletedEvent>;
/** True when `value` is a valid `legal-entity.updated` event; failures are left in `.errors`. */
export declare const isLegalEntityUpdatedEvent: Guard<LegalEntityUpdatedEvent>;
/** True when `value` is a valid `occupation-category.created` event; failures are left in `.errors`. */
export declare const isOccupationCategoryCreatedEvent: Guard<OccupationCategoryCreatedEvent>;
/** True when `value` is a valid `occupation-category.deleted` event; failures are left in `.errors`. */
export declare const isOccupationCategoryDeletedEvent: Guard<OccupationCategoryDeletedEvent>;
/** True when `value` is a valid `occupation-category.updated` event; failures are left in `.errors`. */
export declare const isOccupationCategoryUpdatedEvent: Guard<OccupationCategoryUpdatedEvent>;
/** True when `value` is a valid `test.created` event; failures are left in `.errors`. */
export declare const isTestCreatedEvent: Guard<TestCreatedEvent>;
/** True when `value` is a valid event envelope, whatever its topic. */
export declare const isLuccaEventEnvelope: Guard<UnknownLuccaEvent>;
