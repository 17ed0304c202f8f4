// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
import createClient from "openapi-fetch";
import { describe, expectTypeOf, it } from "vitest";
import { API_VERSION, TOPICS, validateEvent } from "../src/index.js";
import type { paths } from "../src/index.js";
import type {
  LuccaEvent,
  LuccaEventMap,
  LuccaEventTopic,
  UnknownLuccaEvent,
  BusinessEstablishmentCreatedEvent,
  BusinessEstablishment,
  BusinessEstablishmentDeletedEvent,
  BusinessEstablishmentUpdatedEvent,
  CalendarEventCreatedEvent,
  CalendarEvent,
  CalendarEventDeletedEvent,
  CalendarEventUpdatedEvent,
  DepartmentCreatedEvent,
  Department,
  DepartmentDeletedEvent,
  DepartmentUpdatedEvent,
  EmployeePersonalRecordCreatedEvent,
  EmployeePersonalRecord,
  EmployeePersonalRecordUpdatedEvent,
  EmployeeCreatedEvent,
  Employee,
  EmployeeDeletedEvent,
  EmployeeUpdatedEvent,
  EmploymentCreatedEvent,
  Employment,
  EmploymentDeletedEvent,
  EmploymentUpdatedEvent,
  JobPositionCreatedEvent,
  JobPosition,
  JobPositionDeletedEvent,
  JobPositionUpdatedEvent,
  JobQualificationCreatedEvent,
  JobQualification,
  JobQualificationDeletedEvent,
  JobQualificationUpdatedEvent,
  LeaveRequestDecisionCreatedEvent,
  LeaveRequestDecision,
  LeaveRequestCreatedEvent,
  LeaveRequest,
  LeaveRequestDeletedEvent,
  LeaveRequestUpdatedEvent,
  LeaveCreatedEvent,
  Leave,
  LeaveDeletedEvent,
  LeaveUpdatedEvent,
  LegalEntityCreatedEvent,
  LegalEntity,
  LegalEntityDeletedEvent,
  LegalEntityUpdatedEvent,
  OccupationCategoryCreatedEvent,
  OccupationCategory,
  OccupationCategoryDeletedEvent,
  OccupationCategoryUpdatedEvent,
  TestCreatedEvent,
  Test,
} from "../src/index.js";

describe("event types", () => {
  it("switch (event.topic) narrows event and event.data for every topic", () => {
    const event = {} as LuccaEvent;
    switch (event.topic) {
      case "business-establishment.created":
        expectTypeOf(event).toEqualTypeOf<BusinessEstablishmentCreatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<BusinessEstablishment>();
        break;
      case "business-establishment.deleted":
        expectTypeOf(event).toEqualTypeOf<BusinessEstablishmentDeletedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<BusinessEstablishment>();
        break;
      case "business-establishment.updated":
        expectTypeOf(event).toEqualTypeOf<BusinessEstablishmentUpdatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<BusinessEstablishment>();
        break;
      case "calendar-event.created":
        expectTypeOf(event).toEqualTypeOf<CalendarEventCreatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<CalendarEvent>();
        break;
      case "calendar-event.deleted":
        expectTypeOf(event).toEqualTypeOf<CalendarEventDeletedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<CalendarEvent>();
        break;
      case "calendar-event.updated":
        expectTypeOf(event).toEqualTypeOf<CalendarEventUpdatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<CalendarEvent>();
        break;
      case "department.created":
        expectTypeOf(event).toEqualTypeOf<DepartmentCreatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<Department>();
        break;
      case "department.deleted":
        expectTypeOf(event).toEqualTypeOf<DepartmentDeletedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<Department>();
        break;
      case "department.updated":
        expectTypeOf(event).toEqualTypeOf<DepartmentUpdatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<Department>();
        break;
      case "employee-personal-record.created":
        expectTypeOf(event).toEqualTypeOf<EmployeePersonalRecordCreatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<EmployeePersonalRecord>();
        break;
      case "employee-personal-record.updated":
        expectTypeOf(event).toEqualTypeOf<EmployeePersonalRecordUpdatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<EmployeePersonalRecord>();
        break;
      case "employee.created":
        expectTypeOf(event).toEqualTypeOf<EmployeeCreatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<Employee>();
        break;
      case "employee.deleted":
        expectTypeOf(event).toEqualTypeOf<EmployeeDeletedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<Employee>();
        break;
      case "employee.updated":
        expectTypeOf(event).toEqualTypeOf<EmployeeUpdatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<Employee>();
        break;
      case "employment.created":
        expectTypeOf(event).toEqualTypeOf<EmploymentCreatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<Employment>();
        break;
      case "employment.deleted":
        expectTypeOf(event).toEqualTypeOf<EmploymentDeletedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<Employment>();
        break;
      case "employment.updated":
        expectTypeOf(event).toEqualTypeOf<EmploymentUpdatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<Employment>();
        break;
      case "job-position.created":
        expectTypeOf(event).toEqualTypeOf<JobPositionCreatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<JobPosition>();
        break;
      case "job-position.deleted":
        expectTypeOf(event).toEqualTypeOf<JobPositionDeletedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<JobPosition>();
        break;
      case "job-position.updated":
        expectTypeOf(event).toEqualTypeOf<JobPositionUpdatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<JobPosition>();
        break;
      case "job-qualification.created":
        expectTypeOf(event).toEqualTypeOf<JobQualificationCreatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<JobQualification>();
        break;
      case "job-qualification.deleted":
        expectTypeOf(event).toEqualTypeOf<JobQualificationDeletedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<JobQualification>();
        break;
      case "job-qualification.updated":
        expectTypeOf(event).toEqualTypeOf<JobQualificationUpdatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<JobQualification>();
        break;
      case "leave-request-decision.created":
        expectTypeOf(event).toEqualTypeOf<LeaveRequestDecisionCreatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<LeaveRequestDecision>();
        break;
      case "leave-request.created":
        expectTypeOf(event).toEqualTypeOf<LeaveRequestCreatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<LeaveRequest>();
        break;
      case "leave-request.deleted":
        expectTypeOf(event).toEqualTypeOf<LeaveRequestDeletedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<LeaveRequest>();
        break;
      case "leave-request.updated":
        expectTypeOf(event).toEqualTypeOf<LeaveRequestUpdatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<LeaveRequest>();
        break;
      case "leave.created":
        expectTypeOf(event).toEqualTypeOf<LeaveCreatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<Leave>();
        break;
      case "leave.deleted":
        expectTypeOf(event).toEqualTypeOf<LeaveDeletedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<Leave>();
        break;
      case "leave.updated":
        expectTypeOf(event).toEqualTypeOf<LeaveUpdatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<Leave>();
        break;
      case "legal-entity.created":
        expectTypeOf(event).toEqualTypeOf<LegalEntityCreatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<LegalEntity>();
        break;
      case "legal-entity.deleted":
        expectTypeOf(event).toEqualTypeOf<LegalEntityDeletedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<LegalEntity>();
        break;
      case "legal-entity.updated":
        expectTypeOf(event).toEqualTypeOf<LegalEntityUpdatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<LegalEntity>();
        break;
      case "occupation-category.created":
        expectTypeOf(event).toEqualTypeOf<OccupationCategoryCreatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<OccupationCategory>();
        break;
      case "occupation-category.deleted":
        expectTypeOf(event).toEqualTypeOf<OccupationCategoryDeletedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<OccupationCategory>();
        break;
      case "occupation-category.updated":
        expectTypeOf(event).toEqualTypeOf<OccupationCategoryUpdatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<OccupationCategory>();
        break;
      case "test.created":
        expectTypeOf(event).toEqualTypeOf<TestCreatedEvent>();
        expectTypeOf(event.data).toEqualTypeOf<Test>();
        break;
      default:
        expectTypeOf(event).toBeNever();
    }
  });

  it("maps every topic, and only those of TOPICS", () => {
    expectTypeOf<keyof LuccaEventMap>().toEqualTypeOf<LuccaEventTopic>();
    expectTypeOf<(typeof TOPICS)[number]>().toEqualTypeOf<LuccaEventTopic>();
  });

  it("rejects a data type of another topic", () => {
    const event = {} as LuccaEventMap["business-establishment.created"];
    // @ts-expect-error a topic literal of another event is not assignable
    const wrong: LuccaEventMap["business-establishment.deleted"]["topic"] = event.topic;
    void wrong;
  });

  it("has no previousAttributes outside *.updated topics", () => {
    const event = {} as LuccaEventMap["business-establishment.created"];
    // @ts-expect-error previousAttributes exists on *.updated events only
    void event.previousAttributes;
  });

  it("types previousAttributes as a partial of the resource on *.updated topics", () => {
    const event = {} as LuccaEventMap["business-establishment.updated"];
    expectTypeOf(event.previousAttributes).not.toBeAny();
    expectTypeOf<keyof NonNullable<typeof event.previousAttributes>>().toEqualTypeOf<
      keyof LuccaEventMap["business-establishment.updated"]["data"]
    >();
  });

  it("keeps unknown topics out of the union", () => {
    expectTypeOf<UnknownLuccaEvent["topic"]>().toEqualTypeOf<string>();
    const result = validateEvent({});
    if (!result.ok && result.reason === "unknown_topic") {
      expectTypeOf(result.event).toEqualTypeOf<UnknownLuccaEvent>();
    }
    if (result.ok) expectTypeOf(result.event).toEqualTypeOf<LuccaEvent>();
  });

  it("types POST /lucca-api/webhook-endpoints for openapi-fetch, secret included", () => {
    const client = createClient<paths>({ baseUrl: "https://example.ilucca.net" });
    const params = { header: { "Api-Version": API_VERSION } } as const;
    const create = () =>
      client.POST("/lucca-api/webhook-endpoints", {
        params,
        body: {
          name: "HR sync",
          apiVersion: API_VERSION,
          webhookUrl: "https://hooks.example.com/lucca",
          topics: ["employee.created"],
        },
      });
    type Created = NonNullable<Awaited<ReturnType<typeof create>>["data"]>;
    expectTypeOf<Created["secret"]>().toEqualTypeOf<string>();
    expectTypeOf<Created["webhookUrl"]>().toEqualTypeOf<string>();
    const missingUrl = () =>
      client.POST("/lucca-api/webhook-endpoints", {
        params,
        // @ts-expect-error webhookUrl is required to create an endpoint
        body: { name: "HR sync", apiVersion: API_VERSION, topics: [] },
      });
    void create;
    void missingUrl;
  });
});
