import * as z from "zod/mini";
import {
  ActorSchema,
  ActorSideSchema,
  AgreementSchema,
  AgreementDocumentSchema,
  CadenceSchema,
  ChangeSchema,
  CitizenPromiseDocumentSchema,
  CitizenPromiseSchema,
  CivilDateSchema,
  CommitmentSchema,
  DecisionSchema,
  DeliverableSchema,
  FocusAreaSchema,
  FollowUpSchema,
  ForumSchema,
  IdSchema,
  LineageSchema,
  LongTextSchema,
  MunicipalityCodeSchema,
  PartialDateSchema,
  PartiesSchema,
  PlanSchema,
  QuantitySchema,
  RoleSchema,
  SCHEMA_VERSION,
  ShortTextSchema,
  SignatorySchema,
  SideSchema,
  ValiditySchema,
} from "@samverkan/core";

// Names for the definitions in the JSON Schema; kept in a registry of this script's own so that
// importing the library registers nothing globally.
const names = z.registry<{ id: string }>();
const named = {
  Actor: ActorSchema,
  ActorSide: ActorSideSchema,
  Agreement: AgreementSchema,
  Cadence: CadenceSchema,
  Change: ChangeSchema,
  CitizenPromise: CitizenPromiseSchema,
  CitizenPromiseDocument: CitizenPromiseDocumentSchema,
  CivilDate: CivilDateSchema,
  Commitment: CommitmentSchema,
  Decision: DecisionSchema,
  Deliverable: DeliverableSchema,
  FocusArea: FocusAreaSchema,
  FollowUp: FollowUpSchema,
  Forum: ForumSchema,
  Id: IdSchema,
  Lineage: LineageSchema,
  LongText: LongTextSchema,
  MunicipalityCode: MunicipalityCodeSchema,
  PartialDate: PartialDateSchema,
  Parties: PartiesSchema,
  Plan: PlanSchema,
  Quantity: QuantitySchema,
  Role: RoleSchema,
  ShortText: ShortTextSchema,
  Side: SideSchema,
  Signatory: SignatorySchema,
  Validity: ValiditySchema,
};
for (const [id, schema] of Object.entries(named)) names.add(schema, { id });

/**
 * The JSON Schema (draft 2020-12) of a document of the current format version, as the text committed
 * in the package. The schema of version 1 is committed beside it, frozen (agreement.v1.schema.json).
 */
export function agreementJsonSchemaText(): string {
  const schema = z.toJSONSchema(AgreementDocumentSchema, { target: "draft-2020-12", metadata: names, reused: "ref" });
  const withId = {
    $schema: schema.$schema,
    $id: `urn:samverkan:schema:agreement:${SCHEMA_VERSION}`,
    title: "Samverkansöverenskommelse",
    ...schema,
  };
  return `${JSON.stringify(withId, null, 2)}\n`;
}
