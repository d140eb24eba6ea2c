import { json } from "@codemirror/lang-json";
import { EditorState } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { rangeOfPath } from "./paths.js";

const text = `{
  "parties": {
    "police": { "id": "polisen" },
    "municipalities": [
      { "id": "kavlinge", "code": "1261" },
      "x"
    ]
  },
  "a/b": 1
}`;
const state = EditorState.create({ doc: text, extensions: [json()] });
const at = (path: (string | number)[]) => {
  const { from, to } = rangeOfPath(state, path);
  return text.slice(from, to);
};

describe("rangeOfPath", () => {
  it("points at a property's name", () => {
    expect(at(["parties"])).toBe('"parties"');
    expect(at(["parties", "police", "id"])).toBe('"id"');
    expect(at(["a/b"])).toBe('"a/b"');
  });

  it("points at an array item: the opening brace of an object, a whole scalar", () => {
    expect(at(["parties", "municipalities", 0])).toBe("{");
    expect(rangeOfPath(state, ["parties", "municipalities", 0]).from).toBe(text.indexOf('{ "id": "kavlinge"'));
    expect(at(["parties", "municipalities", 1])).toBe('"x"');
    expect(at(["parties", "municipalities", 0, "code"])).toBe('"code"');
  });

  it("points at the deepest part that exists, for a field that is missing", () => {
    expect(at(["parties", "police", "name"])).toBe('"police"');
    expect(at(["parties", "municipalities", 5, "code"])).toBe('"municipalities"');
    expect(at(["signatories", 0])).toBe("{");
    expect(rangeOfPath(state, []).from).toBe(0);
  });

  it("gives the start of an empty or unreadable text", () => {
    expect(rangeOfPath(EditorState.create({ doc: "", extensions: [json()] }), ["a"])).toEqual({ from: 0, to: 0 });
  });
});
