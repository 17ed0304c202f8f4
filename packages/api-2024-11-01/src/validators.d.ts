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

/** True when `value` is a valid `business-establishment.created` event; failures are left in `.errors`. */
export declare const isBusinessEstablishmentCreatedEvent: CompiledValidator<BusinessEstablishmentCreatedEvent>;
/** True when `value` is a valid `business-establishment.deleted` event; failures are left in `.errors`. */
export declare const isBusinessEstablishmentDeletedEvent: CompiledValidator<BusinessEstablishmentDeletedEvent>;
/** True when `value` is a valid `business-establishment.updated` event; failures are left in `.errors`. */
export declare const isBusinessEstablishmentUpdatedEvent: CompiledValidator<BusinessEstablishmentUpdatedEvent>;
/** True when `value` is a valid `calendar-event.created` event; failures are left in `.errors`. */
export declare const isCalendarEventCreatedEvent: CompiledValidator<CalendarEventCreatedEvent>;
/** True when `value` is a valid `calendar-event.deleted` event; failures are left in `.errors`. */
export declare const isCalendarEventDeletedEvent: CompiledValidator<CalendarEventDeletedEvent>;
/** True when `value` is a valid `calendar-event.updated` event; failures are left in `.errors`. */
export declare const isCalendarEventUpdatedEvent: CompiledValidator<CalendarEventUpdatedEvent>;
/** True when `value` is a valid `department.created` event; failures are left in `.errors`. */
export declare const isDepartmentCreatedEvent: CompiledValidator<DepartmentCreatedEvent>;
/** True when `value` is a valid `department.deleted` event; failures are left in `.errors`. */
export declare const isDepartmentDeletedEvent: CompiledValidator<DepartmentDeletedEvent>;
/** True when `value` is a valid `department.updated` event; failures are left in `.errors`. */
export declare const isDepartmentUpdatedEvent: CompiledValidator<DepartmentUpdatedEvent>;
/** True when `value` is a valid `employee-personal-record.created` event; failures are left in `.errors`. */
export declare const isEmployeePersonalRecordCreatedEvent: CompiledValidator<EmployeePersonalRecordCreatedEvent>;
/** True when `value` is a valid `employee-personal-record.updated` event; failures are left in `.errors`. */
export declare const isEmployeePersonalRecordUpdatedEvent: CompiledValidator<EmployeePersonalRecordUpdatedEvent>;
/** True when `value` is a valid `employee.created` event; failures are left in `.errors`. */
export declare const isEmployeeCreatedEvent: CompiledValidator<EmployeeCreatedEvent>;
/** True when `value` is a valid `employee.deleted` event; failures are left in `.errors`. */
export declare const isEmployeeDeletedEvent: CompiledValidator<EmployeeDeletedEvent>;
/** True when `value` is a valid `employee.updated` event; failures are left in `.errors`. */
export declare const isEmployeeUpdatedEvent: CompiledValidator<EmployeeUpdatedEvent>;
/** True when `value` is a valid `employment.created` event; failures are left in `.errors`. */
export declare const isEmploymentCreatedEvent: CompiledValidator<EmploymentCreatedEvent>;
/** True when `value` is a valid `employment.deleted` event; failures are left in `.errors`. */
export declare const isEmploymentDeletedEvent: CompiledValidator<EmploymentDeletedEvent>;
/** True when `value` is a valid `employment.updated` event; failures are left in `.errors`. */
export declare const isEmploymentUpdatedEvent: CompiledValidator<EmploymentUpdatedEvent>;
/** True when `value` is a valid `job-position.created` event; failures are left in `.errors`. */
export declare const isJobPositionCreatedEvent: CompiledValidator<JobPositionCreatedEvent>;
/** True when `value` is a valid `job-position.deleted` event; failures are left in `.errors`. */
export declare const isJobPositionDeletedEvent: CompiledValidator<JobPositionDeletedEvent>;
/** True when `value` is a valid `job-position.updated` event; failures are left in `.errors`. */
export declare const isJobPositionUpdatedEvent: CompiledValidator<JobPositionUpdatedEvent>;
/** True when `value` is a valid `job-qualification.created` event; failures are left in `.errors`. */
export declare const isJobQualificationCreatedEvent: CompiledValidator<JobQualificationCreatedEvent>;
/** True when `value` is a valid `job-qualification.deleted` event; failures are left in `.errors`. */
export declare const isJobQualificationDeletedEvent: CompiledValidator<JobQualificationDeletedEvent>;
/** True when `value` is a valid `job-qualification.updated` event; failures are left in `.errors`. */
export declare const isJobQualificationUpdatedEvent: CompiledValidator<JobQualificationUpdatedEvent>;
/** True when `value` is a valid `leave-request-decision.created` event; failures are left in `.errors`. */
export declare const isLeaveRequestDecisionCreatedEvent: CompiledValidator<LeaveRequestDecisionCreatedEvent>;
/** True when `value` is a valid `leave-request.created` event; failures are left in `.errors`. */
export declare const isLeaveRequestCreatedEvent: CompiledValidator<LeaveRequestCreatedEvent>;
/** True when `value` is a valid `leave-request.deleted` event; failures are left in `.errors`. */
export declare const isLeaveRequestDeletedEvent: CompiledValidator<LeaveRequestDeletedEvent>;
/** True when `value` is a valid `leave-request.updated` event; failures are left in `.errors`. */
export declare const isLeaveRequestUpdatedEvent: CompiledValidator<LeaveRequestUpdatedEvent>;
/** True when `value` is a valid `leave.created` event; failures are left in `.errors`. */
export declare const isLeaveCreatedEvent: CompiledValidator<LeaveCreatedEvent>;
/** True when `value` is a valid `leave.deleted` event; failures are left in `.errors`. */
export declare const isLeaveDeletedEvent: CompiledValidator<LeaveDeletedEvent>;
/** True when `value` is a valid `leave.updated` event; failures are left in `.errors`. */
export declare const isLeaveUpdatedEvent: CompiledValidator<LeaveUpdatedEvent>;
/** True when `value` is a valid `legal-entity.created` event; failures are left in `.errors`. */
export declare const isLegalEntityCreatedEvent: CompiledValidator<LegalEntityCreatedEvent>;
/** True when `value` is a valid `legal-entity.deleted` event; failures are left in `.errors`. */
export declare const isLegalEntityDeletedEvent: CompiledValidator<LegalEntityDeletedEvent>;
/** True when `value` is a valid `legal-entity.updated` event; failures are left in `.errors`. */
export declare const isLegalEntityUpdatedEvent: CompiledValidator<LegalEntityUpdatedEvent>;
/** True when `value` is a valid `occupation-category.created` event; failures are left in `.errors`. */
export declare const isOccupationCategoryCreatedEvent: CompiledValidator<OccupationCategoryCreatedEvent>;
/** True when `value` is a valid `occupation-category.deleted` event; failures are left in `.errors`. */
export declare const isOccupationCategoryDeletedEvent: CompiledValidator<OccupationCategoryDeletedEvent>;
/** True when `value` is a valid `occupation-category.updated` event; failures are left in `.errors`. */
export declare const isOccupationCategoryUpdatedEvent: CompiledValidator<OccupationCategoryUpdatedEvent>;
/** True when `value` is a valid `test.created` event; failures are left in `.errors`. */
export declare const isTestCreatedEvent: CompiledValidator<TestCreatedEvent>;
/** True when `value` is a valid event envelope, whatever its topic. */
export declare const isLuccaEventEnvelope: CompiledValidator<UnknownLuccaEvent>;
