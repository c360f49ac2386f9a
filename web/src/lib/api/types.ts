import type { components } from "./schema";

/** Names for the API's schemas, so components do not spell out the generated paths. */
export type CurrentUser = components["schemas"]["UserMe"];
export type PublicUser = components["schemas"]["UserPublic"];
export type ProfileUpdate = components["schemas"]["UserUpdate"];
