import { describe, expect, it } from "vitest";

import { precheckFile, precheckFiles, tooManyMessage } from "../checks";
import { MAX_FILE_BYTES } from "../limits";

const png = (name = "a.png", size = 2048) => ({ name, size, type: "image/png" });
const pdf = (name = "brief.pdf", size = 4096) => ({ name, size, type: "application/pdf" });

describe("precheckFile", () => {
  it("lets a file within the limit go", () => {
    expect(precheckFile(pdf(), { max: 10 })).toBeNull();
    expect(precheckFile({ name: "x", size: MAX_FILE_BYTES, type: "" }, { max: 10 })).toBeNull();
  });

  it("refuses a file over 10 MB before uploading it, saying both sizes", () => {
    expect(precheckFile(pdf("big.pdf", 12.5 * 1024 * 1024), { max: 10 })).toBe(
      "This file is 13 MB, over the 10 MB limit.",
    );
  });

  it("says a file one byte over is just over, not '10 MB over 10 MB'", () => {
    expect(precheckFile(pdf("edge.pdf", MAX_FILE_BYTES + 1), { max: 10 })).toBe(
      "This file is just over the 10 MB limit.",
    );
  });

  it("refuses an empty file", () => {
    expect(precheckFile(pdf("empty.pdf", 0), { max: 10 })).toBe("This file is empty.");
  });

  it("refuses a non-image where only images will do", () => {
    expect(precheckFile(pdf(), { max: 6, imagesOnly: true })).toBe(
      "Only images can be used here: PNG, JPEG, WebP or GIF.",
    );
    expect(
      precheckFile(
        { name: "x.svg", size: 10, type: "image/svg+xml" },
        { max: 6, imagesOnly: true },
      ),
    ).not.toBeNull();
    expect(precheckFile(png(), { max: 6, imagesOnly: true })).toBeNull();
  });

  it("leaves a type the browser does not know to the API (it reads the bytes)", () => {
    expect(precheckFile({ name: "notes.md", size: 20, type: "" }, { max: 10 })).toBeNull();
  });
});

describe("precheckFiles", () => {
  it("refuses the files past the limit, in the order they were picked", () => {
    const verdicts = precheckFiles([png("1.png"), png("2.png"), png("3.png")], 4, { max: 6 });
    expect(verdicts.map((verdict) => verdict.error)).toEqual([null, null, tooManyMessage(6)]);
  });

  it("does not count a refused file against the limit", () => {
    const verdicts = precheckFiles([pdf("empty.pdf", 0), png("1.png")], 5, { max: 6 });
    expect(verdicts.map((verdict) => verdict.error)).toEqual(["This file is empty.", null]);
  });

  it("refuses everything when the place is already full", () => {
    const verdicts = precheckFiles([png()], 7, { max: 6 });
    expect(verdicts[0]?.error).toBe("At most 6 files can be added here.");
  });

  it("words a limit of one", () => {
    expect(tooManyMessage(1)).toBe("Only one file can be added here.");
  });
});
