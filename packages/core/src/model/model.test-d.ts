// The model's declared types (interfaces and unions, written out so that editors and the API
// reference show them by name, field by field) must be exactly what the zod schemas parse to: each
// line fails to compile when a field is added, removed, renamed, retyped, or made optional or
// required on one side only. model.test.ts checks that every declared model type is listed here.
import type * as z from "zod/mini";
import { describe, expectTypeOf, it } from "vitest";
import type * as core from "@samverkan/core";

// An obligation is handed out read-only, all the way down; its schema parses to the same fields, writable.
type Writable<T> = T extends readonly (infer U)[] ? Writable<U>[] : T extends object ? { -readonly [K in keyof T]: Writable<T[K]> } : T;

describe("each declared model type is exactly its schema's output", () => {
  it("ActionPlanDecision", () => expectTypeOf<core.ActionPlanDecision>().toEqualTypeOf<z.infer<typeof core.ActionPlanDecisionSchema>>());
  it("Activity", () => expectTypeOf<core.Activity>().toEqualTypeOf<z.infer<typeof core.ActivitySchema>>());
  it("Actor", () => expectTypeOf<core.Actor>().toEqualTypeOf<z.infer<typeof core.ActorSchema>>());
  it("ActorKind", () => expectTypeOf<core.ActorKind>().toEqualTypeOf<z.infer<typeof core.ActorKindSchema>>());
  it("ActorSide", () => expectTypeOf<core.ActorSide>().toEqualTypeOf<z.infer<typeof core.ActorSideSchema>>());
  it("Agreement", () => expectTypeOf<core.Agreement>().toEqualTypeOf<z.infer<typeof core.AgreementSchema>>());
  it("AgreementDocument", () => expectTypeOf<core.AgreementDocument>().toEqualTypeOf<z.infer<typeof core.AgreementDocumentSchema>>());
  it("AgreementReference", () => expectTypeOf<core.AgreementReference>().toEqualTypeOf<z.infer<typeof core.AgreementReferenceSchema>>());
  it("AgreementSet", () => expectTypeOf<core.AgreementSet>().toEqualTypeOf<z.infer<typeof core.AgreementSetSchema>>());
  it("AgreementStructure", () => expectTypeOf<core.AgreementStructure>().toEqualTypeOf<z.infer<typeof core.AgreementStructureSchema>>());
  it("Annex", () => expectTypeOf<core.Annex>().toEqualTypeOf<z.infer<typeof core.AnnexSchema>>());
  it("AnnexKind", () => expectTypeOf<core.AnnexKind>().toEqualTypeOf<z.infer<typeof core.AnnexKindSchema>>());
  it("Budget", () => expectTypeOf<core.Budget>().toEqualTypeOf<z.infer<typeof core.BudgetSchema>>());
  it("Cadence", () => expectTypeOf<core.Cadence>().toEqualTypeOf<z.infer<typeof core.CadenceSchema>>());
  it("CadenceAnchor", () => expectTypeOf<core.CadenceAnchor>().toEqualTypeOf<z.infer<typeof core.CadenceAnchorSchema>>());
  it("Change", () => expectTypeOf<core.Change>().toEqualTypeOf<z.infer<typeof core.ChangeSchema>>());
  it("CitizenPromise", () => expectTypeOf<core.CitizenPromise>().toEqualTypeOf<z.infer<typeof core.CitizenPromiseSchema>>());
  it("CitizenPromiseCycle", () => expectTypeOf<core.CitizenPromiseCycle>().toEqualTypeOf<z.infer<typeof core.CitizenPromiseCycleSchema>>());
  it("CitizenPromiseDocument", () => expectTypeOf<core.CitizenPromiseDocument>().toEqualTypeOf<z.infer<typeof core.CitizenPromiseDocumentSchema>>());
  it("CitizenPromiseExtension", () => expectTypeOf<core.CitizenPromiseExtension>().toEqualTypeOf<z.infer<typeof core.CitizenPromiseExtensionSchema>>());
  it("CitizenPromisePeriod", () => expectTypeOf<core.CitizenPromisePeriod>().toEqualTypeOf<z.infer<typeof core.CitizenPromisePeriodSchema>>());
  it("CitizenPromiseResult", () => expectTypeOf<core.CitizenPromiseResult>().toEqualTypeOf<z.infer<typeof core.CitizenPromiseResultSchema>>());
  it("Clause", () => expectTypeOf<core.Clause>().toEqualTypeOf<z.infer<typeof core.ClauseSchema>>());
  it("ClauseTopic", () => expectTypeOf<core.ClauseTopic>().toEqualTypeOf<z.infer<typeof core.ClauseTopicSchema>>());
  it("Commitment", () => expectTypeOf<core.Commitment>().toEqualTypeOf<z.infer<typeof core.CommitmentSchema>>());
  it("Communication", () => expectTypeOf<core.Communication>().toEqualTypeOf<z.infer<typeof core.CommunicationSchema>>());
  it("Contact", () => expectTypeOf<core.Contact>().toEqualTypeOf<z.infer<typeof core.ContactSchema>>());
  it("CoordinationFunction", () => expectTypeOf<core.CoordinationFunction>().toEqualTypeOf<z.infer<typeof core.CoordinationFunctionSchema>>());
  it("Decision", () => expectTypeOf<core.Decision>().toEqualTypeOf<z.infer<typeof core.DecisionSchema>>());
  it("DecisionKind", () => expectTypeOf<core.DecisionKind>().toEqualTypeOf<z.infer<typeof core.DecisionKindSchema>>());
  it("Deliverable", () => expectTypeOf<core.Deliverable>().toEqualTypeOf<z.infer<typeof core.DeliverableSchema>>());
  it("DeliverableKind", () => expectTypeOf<core.DeliverableKind>().toEqualTypeOf<z.infer<typeof core.DeliverableKindSchema>>());
  it("DocumentReference", () => expectTypeOf<core.DocumentReference>().toEqualTypeOf<z.infer<typeof core.DocumentReferenceSchema>>());
  it("Due", () => expectTypeOf<core.Due>().toEqualTypeOf<z.infer<typeof core.DueSchema>>());
  it("FocusArea", () => expectTypeOf<core.FocusArea>().toEqualTypeOf<z.infer<typeof core.FocusAreaSchema>>());
  it("FocusAreaKind", () => expectTypeOf<core.FocusAreaKind>().toEqualTypeOf<z.infer<typeof core.FocusAreaKindSchema>>());
  it("FollowUp", () => expectTypeOf<core.FollowUp>().toEqualTypeOf<z.infer<typeof core.FollowUpSchema>>());
  it("FollowUpKind", () => expectTypeOf<core.FollowUpKind>().toEqualTypeOf<z.infer<typeof core.FollowUpKindSchema>>());
  it("Forum", () => expectTypeOf<core.Forum>().toEqualTypeOf<z.infer<typeof core.ForumSchema>>());
  it("ForumKind", () => expectTypeOf<core.ForumKind>().toEqualTypeOf<z.infer<typeof core.ForumKindSchema>>());
  it("ForumLevel", () => expectTypeOf<core.ForumLevel>().toEqualTypeOf<z.infer<typeof core.ForumLevelSchema>>());
  it("ForumMember", () => expectTypeOf<core.ForumMember>().toEqualTypeOf<z.infer<typeof core.ForumMemberSchema>>());
  it("Goal", () => expectTypeOf<core.Goal>().toEqualTypeOf<z.infer<typeof core.GoalSchema>>());
  it("GuidingDocument", () => expectTypeOf<core.GuidingDocument>().toEqualTypeOf<z.infer<typeof core.GuidingDocumentSchema>>());
  it("Lineage", () => expectTypeOf<core.Lineage>().toEqualTypeOf<z.infer<typeof core.LineageSchema>>());
  it("LocalContent", () => expectTypeOf<core.LocalContent>().toEqualTypeOf<z.infer<typeof core.LocalContentSchema>>());
  it("LocalPoliceArea", () => expectTypeOf<core.LocalPoliceArea>().toEqualTypeOf<z.infer<typeof core.LocalPoliceAreaSchema>>());
  it("Modality", () => expectTypeOf<core.Modality>().toEqualTypeOf<z.infer<typeof core.ModalitySchema>>());
  it("MunicipalDuties", () => expectTypeOf<core.MunicipalDuties>().toEqualTypeOf<z.infer<typeof core.MunicipalDutiesSchema>>());
  it("MunicipalUnitKind", () => expectTypeOf<core.MunicipalUnitKind>().toEqualTypeOf<z.infer<typeof core.MunicipalUnitKindSchema>>());
  it("MunicipalityParty", () => expectTypeOf<core.MunicipalityParty>().toEqualTypeOf<z.infer<typeof core.MunicipalityPartySchema>>());
  it("ObligationKind", () => expectTypeOf<core.ObligationKind>().toEqualTypeOf<z.infer<typeof core.ObligationKindSchema>>());
  it("Outcome", () => expectTypeOf<core.Outcome>().toEqualTypeOf<z.infer<typeof core.OutcomeSchema>>());
  it("Obligation", () => expectTypeOf<Writable<core.Obligation>>().toEqualTypeOf<z.infer<typeof core.ObligationSchema>>());
  it("Parties", () => expectTypeOf<core.Parties>().toEqualTypeOf<z.infer<typeof core.PartiesSchema>>());
  it("Plan", () => expectTypeOf<core.Plan>().toEqualTypeOf<z.infer<typeof core.PlanSchema>>());
  it("PlanKind", () => expectTypeOf<core.PlanKind>().toEqualTypeOf<z.infer<typeof core.PlanKindSchema>>());
  it("PoliceLevel", () => expectTypeOf<core.PoliceLevel>().toEqualTypeOf<z.infer<typeof core.PoliceLevelSchema>>());
  it("PoliceParty", () => expectTypeOf<core.PoliceParty>().toEqualTypeOf<z.infer<typeof core.PolicePartySchema>>());
  it("PoliceRegion", () => expectTypeOf<core.PoliceRegion>().toEqualTypeOf<z.infer<typeof core.PoliceRegionSchema>>());
  it("ProblemPicture", () => expectTypeOf<core.ProblemPicture>().toEqualTypeOf<z.infer<typeof core.ProblemPictureSchema>>());
  it("Provenance", () => expectTypeOf<core.Provenance>().toEqualTypeOf<z.infer<typeof core.ProvenanceSchema>>());
  it("Quantity", () => expectTypeOf<core.Quantity>().toEqualTypeOf<z.infer<typeof core.QuantitySchema>>());
  it("Role", () => expectTypeOf<core.Role>().toEqualTypeOf<z.infer<typeof core.RoleSchema>>());
  it("Side", () => expectTypeOf<core.Side>().toEqualTypeOf<z.infer<typeof core.SideSchema>>());
  it("Signatory", () => expectTypeOf<core.Signatory>().toEqualTypeOf<z.infer<typeof core.SignatorySchema>>());
  it("Signature", () => expectTypeOf<core.Signature>().toEqualTypeOf<z.infer<typeof core.SignatureSchema>>());
  it("SituationalPicture", () => expectTypeOf<core.SituationalPicture>().toEqualTypeOf<z.infer<typeof core.SituationalPictureSchema>>());
  it("SituationalPictureSection", () => expectTypeOf<core.SituationalPictureSection>().toEqualTypeOf<z.infer<typeof core.SituationalPictureSectionSchema>>());
  it("Terms", () => expectTypeOf<core.Terms>().toEqualTypeOf<z.infer<typeof core.TermsSchema>>());
  it("Validity", () => expectTypeOf<core.Validity>().toEqualTypeOf<z.infer<typeof core.ValiditySchema>>());
  it("ValidityEnd", () => expectTypeOf<core.ValidityEnd>().toEqualTypeOf<z.infer<typeof core.ValidityEndSchema>>());
  it("ValidityStart", () => expectTypeOf<core.ValidityStart>().toEqualTypeOf<z.infer<typeof core.ValidityStartSchema>>());
});
