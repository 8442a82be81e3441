
// byte[] travels as a base64 string (as Jackson writes it) and is a Uint8Array on this side.
// A shape says where byte[] sits in a value: "bytes", { list: shape }, { map: shape },
// { fields: { name: shape } } (records, variants and results) or { ref: "Type" } (BYTE_SHAPES).

function toWire(value, shape) {
  return convert(value, shape, toBase64);
}

function fromWire(value, shape) {
  return convert(value, shape, fromBase64);
}

function convert(value, shape, convertBytes) {
  if (value === null || value === undefined) {
    return value;
  }
  if (shape === "bytes") {
    return convertBytes(value);
  }
  if (shape.ref) {
    return convert(value, BYTE_SHAPES[shape.ref], convertBytes);
  }
  if (shape.list) {
    return Array.from(value, (item) => convert(item, shape.list, convertBytes));
  }
  if (shape.map) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, convert(item, shape.map, convertBytes)]));
  }
  const copy = { ...value };
  for (const [name, inner] of Object.entries(shape.fields)) {
    if (name in copy) {
      copy[name] = convert(copy[name], inner, convertBytes);
    }
  }
  return copy;
}

function toBase64(bytes) {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`Expected a Uint8Array for byte[], got ${Object.prototype.toString.call(bytes)}`);
  }
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return bytes;
}
