import { describe, expect, it } from "vitest";

import { isFilePath } from "../file-paths";

const ID = "3f2b8c1e-9a4d-4c2e-8f1a-0b9c8d7e6f5a";

describe("isFilePath", () => {
  it.each([`/files/${ID}`, `/files/${ID}/thumbnail`])("accepts %j", (path) => {
    expect(isFilePath(path)).toBe(true);
  });

  it.each([
    "/files/a.png",
    `/files/${ID}/../../admin`,
    `/files/${ID}/thumbnail/x`,
    `//evil.example/files/${ID}`,
    `https://x.example/files/${ID}`,
    `/files/${ID} `,
    "",
  ])("refuses %j", (path) => {
    expect(isFilePath(path)).toBe(false);
  });
});
