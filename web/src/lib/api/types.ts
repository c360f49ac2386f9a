import type { Client } from "openapi-fetch";

import type { components, paths } from "./schema";

/** Names for the API's schemas, so components do not spell out the generated paths. */
export type CurrentUser = components["schemas"]["UserMe"];
export type PublicUser = components["schemas"]["UserPublic"];
export type ProfileUpdate = components["schemas"]["UserUpdate"];

export type OrderStatus = components["schemas"]["OrderStatus"];
export type PaymentStatus = components["schemas"]["PaymentStatus"];
/** Who someone is to an order: "client", "freelancer" or "admin". */
export type OrderRole = components["schemas"]["Actor"];
export type OrderAction = components["schemas"]["Action"];
/** What a timeline entry (and its notification) records: every OrderAction, "place" and "dispute". */
export type OrderEventAction = components["schemas"]["EventAction"];
export type OrderListItem = components["schemas"]["OrderOut"];
export type OrderDetail = components["schemas"]["OrderDetail"];
export type OrderEvent = components["schemas"]["OrderEventOut"];
export type PaymentProof = components["schemas"]["PaymentProofOut"];
export type PaymentProofInput = components["schemas"]["PaymentProofIn"];
export type Dispute = components["schemas"]["DisputeOut"];
export type OrderSummary = components["schemas"]["OrderSummary"];
export type OrderPage = components["schemas"]["Page_OrderOut_"];
export type Review = components["schemas"]["ReviewOut"];
export type ReviewInput = components["schemas"]["ReviewCreate"];
export type ReviewPage = components["schemas"]["Page_ReviewOut_"];

export type Gig = components["schemas"]["GigOut"];
export type GigInput = components["schemas"]["GigCreate"];
export type GigChanges = components["schemas"]["GigUpdate"];
export type GigPage = components["schemas"]["GigPage"];
export type GigSort = components["schemas"]["GigSort"];

/** Either typed client: `browserApi`, or a Server Component's `requestApi()`. */
export type ApiClient = Client<paths>;

export type AdminUser = components["schemas"]["AdminUserOut"];
export type AuditEntry = components["schemas"]["AuditEntryOut"];
export type AdminEmail = components["schemas"]["AdminEmailOut"];
export type DisputeQueueItem = components["schemas"]["DisputeQueueItem"];
export type DisputeStatus = components["schemas"]["DisputeStatus"];
export type OrderOverride = components["schemas"]["OrderOverrideIn"];

export type Message = components["schemas"]["MessageOut"];

/** A file as responses embed it (`files`, a gig's `images`): `url` and `thumbnail_url` are paths. */
export type StoredFile = components["schemas"]["FileOut"];
/** What POST /files answers: the stored file and when it was uploaded. */
export type UploadedFile = components["schemas"]["UploadedFileOut"];
export type MessagePage = components["schemas"]["Page_MessageOut_"];
/** One inbox row: the other person, the last message either way, and how many I have not read. */
export type ConversationSummary = components["schemas"]["Conversation"];
export type PartySummary = components["schemas"]["PartySummary"];
export type Notification = components["schemas"]["NotificationOut"];
export type NotificationPage = components["schemas"]["NotificationPage"];

export type Category = components["schemas"]["CategoryOut"];
export type TagSuggestion = components["schemas"]["TagOut"];
