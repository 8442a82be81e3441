// Compiled with tsc --strict against the generated api.d.ts of the KitchenSink fixture: what a UI
// author writes must type-check, and each @ts-expect-error line must really be an error.
import {
  BASE_PATH,
  HttpError,
  ResultError,
  configure,
  count,
  echoBytes,
  profile,
  saveProfile,
  scalars,
  search,
  tagNames,
  type ApiError,
  type Color,
  type Profile,
  type Tag,
} from "./api.js";

const base: "/kitchen-sink:kitchen-sink:template.os" = BASE_PATH;
configure({ baseUrl: "http://127.0.0.1:8080" + base });

export async function useEveryFunction(): Promise<void> {
  const total: number = await count();
  const pages: Record<string, Profile>[] = await search("ann", 10);
  const found: Profile | null = await profile("ann");
  const bytes: Uint8Array = await echoBytes(new Uint8Array([1, 2]), null);
  const names: string[] = await tagNames([{ label: "x", color: "DARK_GREEN" }], [1, 2]);
  const text: string = await scalars(true, 1, 2, 3, 4, 1.5, 2.5, "c", 255, 65535, 1, 2, 3);
  const tag: Tag = { label: "t", color: "RED" };
  const nothing: void = await saveProfile({
    name: "ann",
    age: 30,
    bio: null,
    tags: [tag],
    contacts: { bob: ["bob.os@chat:chat:template.os"] },
  });
  void [total, pages, found, bytes, names, text, nothing];
}

export async function handleErrors(): Promise<string> {
  try {
    await search("", 1);
    return "found";
  } catch (error) {
    if (error instanceof ResultError) {
      const apiError = (error as ResultError<ApiError>).error;
      return apiError.message + apiError.status;
    }
    if (error instanceof HttpError) {
      const code: string | null = error.code;
      const status: number = error.status;
      const path: string | null = error.path;
      return `${status} ${code} ${path} ${error.message}`;
    }
    throw error;
  }
}

export function mistakes(): void {
  // @ts-expect-error enum values are the Java constant names
  const color: Color = "dark-green";
  // @ts-expect-error an empty Optional is null, never undefined
  const bio: Profile["bio"] = undefined;
  // @ts-expect-error byte[] is a Uint8Array, not a base64 string
  void echoBytes("AQID", null);
  // @ts-expect-error a handler takes exactly its Java arguments
  void profile();
  // @ts-expect-error a map is a JSON object, not a Map
  const contacts: Profile["contacts"] = new Map<string, string[]>();
  // @ts-expect-error the Result is unwrapped: search resolves to the Ok value
  const unwrapped: Promise<{ Ok: Record<string, Profile>[] }> = search("ann", 1);
  void [color, bio, contacts, unwrapped];
}
