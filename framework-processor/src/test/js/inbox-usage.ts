// Compiled with tsc --strict against the generated api.d.ts of the Inbox fixture: byte[] in nested
// types, variants, and names JavaScript reserves.
import { bodies, delete_, send, type Error_, type Letter, type Part, type Problem } from "./api.js";
// @ts-expect-error count is a @Local handler, not part of the browser client
import { count } from "./api.js";
// @ts-expect-error Folder is used only by a @Local handler
import { type Folder } from "./api.js";

export async function useEveryFunction(): Promise<void> {
  const parts: Part[] = [
    { Text: { text: "hello" } },
    { Attachment: { name: "a.bin", data: new Uint8Array([1]) } },
  ];
  const letter: Letter = { subject: "hi", body: new Uint8Array([1, 2]), parts, signature: null };
  const sent: Letter = await send(letter);
  const all: Record<string, Uint8Array> = await bodies();
  const missing: Error_ | null = await delete_("hi", "tidy up");
  void [sent, all, missing, count, null as unknown as Folder];
}

export function describe(part: Part): string {
  if ("Text" in part) {
    return part.Text.text;
  }
  return part.Attachment.name + part.Attachment.data.length;
}

export function mistakes(problem: Problem): void {
  // @ts-expect-error a variant case carries its record
  const part: Part = { Text: "x" };
  // @ts-expect-error evidence is a Uint8Array
  const evidence: string = problem.evidence;
  void [part, evidence];
}
