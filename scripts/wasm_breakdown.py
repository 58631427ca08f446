#!/usr/bin/env python3
"""Where the bytes of a wasm module go: by crate, by module of our own crate, and by function.

Usage: scripts/wasm_breakdown.py PATH.wasm [--json] [--top N] [--crate NAME]
PATH must still carry its `name` custom section: the raw cargo output
(target/wasm32-unknown-unknown/release/social-playbook.wasm), not the optimised file in dist/.

Measures: the size of every section and gzip -9 of the code and data sections; each function body,
named from the `name` section; code bytes per crate, counted twice: by "owner" (the crate of the
defining path; for `<Self as Trait>::f` and `<impl Trait for Self>` the crate of Self, or of Trait
when Self is generic; for drop glue `drop_in_place<T>` the crate of T) and by "trait" (the crate
of Trait, e.g. serde_core for derived (de)serializers); code of our own crate per module; the
largest functions; the data section's bytes that look like UTF-8 text (runs of printable
characters of 8 bytes or more) versus other bytes (tables, vtables, numbers, short strings).

Limits: sizes are before wasm-bindgen and wasm-opt, so they show proportions, not the download;
gzip per crate cannot be measured, as compression works across bodies. A generic instantiated
for our types counts under the generic's crate unless it is a trait impl on our type or drop
glue, and inlined code under the function it was inlined into. Legacy `_ZN...E` names are
demangled without generic arguments (instances of one generic share a name); v0 `_R` names (the
standard library's) are read approximately. Data cannot be attributed to crates.
`__wbindgen_describe*` functions exist only in the raw file and are listed apart.
"""
import argparse
import gzip
import json
import re
import sys
from collections import defaultdict

PRIMITIVES = set("bool char str u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64 () !".split())
LEGACY_ESCAPES = {"LT": "<", "GT": ">", "RF": "&", "BP": "*", "C": ",", "SP": "@", "LP": "(", "RP": ")"}
SECTION_NAMES = "custom type import function table memory global export start element code data datacount".split()


class Reader:
    def __init__(self, data, pos=0, end=None):
        self.data, self.pos, self.end = data, pos, len(data) if end is None else end

    def byte(self):
        self.pos += 1
        return self.data[self.pos - 1]

    def leb(self):
        """An unsigned LEB128; also skips a signed one, which takes the same bytes."""
        result = shift = 0
        while True:
            b = self.byte()
            result |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                return result

    def limits(self):
        if self.byte() & 1:
            self.leb()
        self.leb()

    def bytes(self, n):
        self.pos += n
        return self.data[self.pos - n:self.pos]

    def name(self):
        return self.bytes(self.leb()).decode("utf-8", "replace")


def parse_module(data):
    """Section list, imported function count, body sizes, function names and data segments."""
    if data[:4] != b"\0asm":
        sys.exit("not a wasm module")
    r = Reader(data, 8)
    sections, bodies, names, segments, imported = [], [], {}, [], 0
    while r.pos < len(data):
        sid, size = r.byte(), r.leb()
        start, end = r.pos, r.pos + size
        body = Reader(data, start, end)
        label = SECTION_NAMES[sid] if sid < len(SECTION_NAMES) else f"id {sid}"
        if sid == 0:
            label = f"custom {body.name()}"
            if label == "custom name":
                names = parse_function_names(body)
        elif sid == 2:
            for _ in range(body.leb()):
                body.name(), body.name()
                kind = body.byte()
                imported += kind == 0
                if kind in (1, 4):  # table: element type; tag: attribute
                    body.byte()
                if kind in (1, 2):  # table, memory
                    body.limits()
                elif kind == 3:  # global: value type, mutability
                    body.bytes(2)
                else:  # function, tag: type index
                    body.leb()
        elif sid == 10:
            for _ in range(body.leb()):
                bodies.append(body.leb())
                body.pos += bodies[-1]
        elif sid == 11:
            segments = parse_data_segments(body)
        sections.append((label, size, data[start:end]))
        r.pos = end
    return sections, imported, bodies, names, segments


def parse_function_names(r):
    names = {}
    while r.pos < r.end:
        sub, size = r.byte(), r.leb()
        if sub != 1:
            r.pos += size
            continue
        for _ in range(r.leb()):
            index = r.leb()
            names[index] = r.name()
    return names


def parse_data_segments(r):
    segments = []
    for _ in range(r.leb()):
        flags = r.leb()
        if flags == 2:
            r.leb()  # memory index
        if flags in (0, 2):  # active: offset expression up to `end`
            while (op := r.byte()) != 0x0B:
                if op in (0x41, 0x42, 0x23):  # i32.const, i64.const, global.get
                    r.leb()
        segments.append(r.bytes(r.leb()))
    return segments


def demangle(symbol):
    """Legacy `_ZN<len><ident>...E` to `a::b::c` (hash dropped); other names returned as they are."""
    symbol = re.sub(r"\.llvm\.\d+$", "", symbol)
    if not symbol.startswith("_ZN"):
        return re.sub(r"::h[0-9a-f]{16}$", "", symbol)
    r, parts = 3, []
    while r < len(symbol) and symbol[r].isdigit():
        digits = re.match(r"\d+", symbol[r:]).group()
        r += len(digits)
        parts.append(symbol[r:r + int(digits)])
        r += int(digits)
    if parts and re.fullmatch(r"h[0-9a-f]{16}", parts[-1]):
        parts.pop()
    parts = [p[1:] if p.startswith("_$") else p for p in parts]
    text = "::".join(parts).replace("..", "::")
    return re.sub(r"\$(LT|GT|RF|BP|C|SP|LP|RP|u[0-9a-f]{2})\$",
                  lambda m: LEGACY_ESCAPES.get(m.group(1)) or chr(int(m.group(1)[1:], 16)), text)


def v0_paths(symbol):
    """Approximate reading of a v0 `_R` symbol: (identifiers joined, owner path, trait path or None).

    Identifiers are collected in order; the first crate is the owner, and for trait impls (`X`)
    the last crate named is taken as the trait's (back-references to earlier crates are not
    followed, so this can be wrong for traits of a crate named earlier in the symbol)."""
    symbol = re.sub(r"\.\d+$", "", symbol)
    for suffix in re.finditer(r"(?=Cs[0-9a-zA-Z]+_(\d+)_?(\w+)$)", symbol):  # the instantiating crate
        if len(suffix.group(2)) == int(suffix.group(1)):
            symbol = symbol[:suffix.start()]
            break
    idents, crates, is_trait_impl, crate_next, i = [], [], False, False, 2
    while i < len(symbol):
        c = symbol[i]
        # `s<base62>_` right after a crate or impl tag, or before an identifier, is a disambiguator
        disambiguator = re.match(r"s[0-9a-zA-Z]*_", symbol[i:])
        if disambiguator and symbol[i - 1] not in "CMXY" and not symbol[i + disambiguator.end():][:1].isdigit():
            disambiguator = None
        if c.isdigit():
            digits = re.match(r"\d+", symbol[i:]).group()
            i += len(digits) + (symbol[i + len(digits):i + len(digits) + 1] == "_")
            ident = symbol[i:i + int(digits)]
            if crate_next:
                crates.append(ident)
                crate_next = False
            idents.append(ident)
            i += int(digits)
        elif disambiguator:
            i += len(disambiguator.group())
        elif c == "B":
            i += len(re.match(r"B[0-9a-zA-Z]*_?", symbol[i:]).group())
        else:
            crate_next = c == "C"
            is_trait_impl |= c == "X"
            i += 2 if c == "N" else 1
    owner = [crates[0]] + idents[1:] if crates else idents
    trait = [crates[-1], "?"] if is_trait_impl and crates else None
    return "::".join(idents), owner, trait


def split_top(text, sep):
    """Split on `sep` outside <>, () and [] (the `>` of `->` closes nothing); text after a `>`
    that closes an unopened `<` is dropped, so `A<T> as B>::f` gives [`A<T>`, `B`]."""
    parts, depth, last, i = [], 0, 0, 0
    while i < len(text):
        c = text[i]
        if depth == 0 and text.startswith(sep, i):
            parts.append(text[last:i])
            i += len(sep)
            last = i
            continue
        if c in "<([":
            depth += 1
        elif c in ")]" or (c == ">" and text[i - 1:i] != "-"):
            depth -= 1
            if depth < 0:
                return parts + [text[last:i]]
        i += 1
    return parts + [text[last:]]


def type_path(ty):
    """Path components of the first named type in `ty`, generics stripped; primitives are core's."""
    ty = ty.strip()
    while True:
        stripped = re.sub(r"^(&|\*const |\*mut |mut |dyn |impl |'\w+ |\[|\(|unsafe |extern \"\w+\" )", "", ty)
        if stripped == ty:
            break
        ty = stripped.strip()
    if ty.startswith("<"):
        return qualified_paths(ty)[0]
    head = re.split(r"[;,\])]", ty, maxsplit=1)[0].strip()
    parts = [re.sub(r"<.*", "", p) for p in split_top(head, "::")]
    if len(parts) == 1 and (parts[0] in PRIMITIVES or parts[0].startswith("fn")):
        return ["core", parts[0]]
    return parts


def qualified_paths(name):
    """(owner path, trait path or None) of a demangled name."""
    if name.startswith("<"):
        self_and_trait = split_top(name[1:], " as ")
        owner = type_path(self_and_trait[0])
        trait = type_path(self_and_trait[1]) if len(self_and_trait) > 1 else None
        return (trait if len(owner) == 1 and trait else owner), trait  # `<T as Trait>`: the trait's
    components = split_top(name, "::")
    path = [re.sub(r"<.*", "", p) for p in components]
    impl = next((p[len("<impl "):-1] for p in components if p.startswith("<impl ")), None)
    if impl and len(trait_and_self := split_top(impl, " for ")) == 2:
        self_path = type_path(trait_and_self[1])
        return (self_path if len(self_path) > 1 else path), type_path(trait_and_self[0])
    if path[:3] == ["core", "ptr", "drop_in_place"]:
        generic = re.match(r"core::ptr::drop_in_place<(.*)>$", name)
        if generic and len(dropped := type_path(generic.group(1))) > 1:
            return dropped, None
    return path, None


def crate_of(path, name):
    if name.startswith("__wbindgen_describe"):
        return "wasm_bindgen (describe, dropped by wasm-bindgen)"
    if len(path) > 1:
        return path[0]
    if name.startswith(("__wbg", "__wbindgen", "__externref")):
        return "wasm_bindgen"
    return "(symbols without a path)"


def utf8_text_bytes(segments):
    """(bytes in text runs of at least 8 bytes, of which non-ASCII)."""
    char = (rb"[\t\n\r\x20-\x7e]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
            rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
            rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}")
    run = re.compile(rb"(?:" + char + rb")+")
    text = wide = 0
    for seg in segments:
        for m in run.finditer(seg):
            if len(m.group()) >= 8:
                text += len(m.group())
                wide += sum(b >= 0x80 for b in m.group())
    return text, wide


def tally(rows, key, total):
    sums = defaultdict(lambda: [0, 0])
    for row in rows:
        entry = sums[key(row)]
        entry[0] += 1
        entry[1] += row["bytes"]
    table = [{"name": k, "functions": n, "bytes": b, "share": b / total if total else 0.0}
             for k, (n, b) in sums.items()]
    return sorted(table, key=lambda t: -t["bytes"])


def analyse(data, crate):
    sections, imported, bodies, names, segments = parse_module(data)
    functions = []
    for i, size in enumerate(bodies):
        raw = names.get(imported + i, f"(function {imported + i})")
        if raw.startswith("_R"):
            name, owner, trait = v0_paths(raw)
        else:
            name = demangle(raw)
            owner, trait = qualified_paths(name)
        functions.append({"name": name, "bytes": size, "owner": crate_of(owner, name),
                          "module": owner[1] if len(owner) > 2 else "(crate root)",
                          "trait": trait[0] if trait and len(trait) > 1 else "(no trait)"})
    code_total = sum(bodies)
    ours = [f for f in functions if f["owner"] == crate]
    by_section = {label: body for label, _, body in sections}
    data_bytes = sum(len(s) for s in segments)
    text, wide = utf8_text_bytes(segments)
    return {
        "sections": [{"name": label, "bytes": size} for label, size, _ in sections],
        "code": {"functions": len(bodies), "body_bytes": code_total, "named": len(names),
                 "gzip9_section": len(gzip.compress(by_section.get("code", b""), 9))},
        "data": {"segments": len(segments), "bytes": data_bytes, "utf8_text_bytes": text,
                 "non_ascii_text_bytes": wide, "other_bytes": data_bytes - text,
                 "gzip9_section": len(gzip.compress(by_section.get("data", b""), 9))},
        "by_owner_crate": tally(functions, lambda f: f["owner"], code_total),
        "by_trait_crate": tally(functions, lambda f: f["trait"], code_total),
        "own_crate_by_module": tally(ours, lambda f: f["module"], code_total),
        "largest_functions": sorted(functions, key=lambda f: -f["bytes"])[:30],
    }


def print_table(title, rows, top):
    print(f"\n{title}")
    width = max([len(r["name"][:60]) for r in rows[:top]] + [5])
    print(f"  {'name':<{width}}  {'functions':>9}  {'bytes':>10}  {'share':>6}")
    for r in rows[:top]:
        print(f"  {r['name'][:60]:<{width}}  {r['functions']:>9,}  {r['bytes']:>10,}  {100 * r['share']:>5.1f}%")
    if len(rows) > top:
        rest = rows[top:]
        print(f"  {f'({len(rest)} more)':<{width}}  {sum(r['functions'] for r in rest):>9,}  "
              f"{sum(r['bytes'] for r in rest):>10,}  {100 * sum(r['share'] for r in rest):>5.1f}%")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wasm")
    parser.add_argument("--json", action="store_true", help="print the tables as JSON")
    parser.add_argument("--top", type=int, default=25, help="rows per crate/module table")
    parser.add_argument("--crate", default="social_playbook", help="our crate's name")
    args = parser.parse_args()
    with open(args.wasm, "rb") as f:
        report = analyse(f.read(), args.crate)
    if args.json:
        json.dump(report, sys.stdout, indent=1)
        print()
        return
    code, data = report["code"], report["data"]
    if not code["named"]:
        print("warning: no `name` section; pass the raw cargo output, not the optimised file")
    print("Sizes before wasm-opt: they show proportions, not the shipped size.\n\nsections")
    for s in sorted(report["sections"], key=lambda s: -s["bytes"]):
        print(f"  {s['name']:<32}  {s['bytes']:>10,}")
    print(f"\ncode: {code['functions']:,} functions, {code['body_bytes']:,} body bytes, "
          f"gzip -9 of the section {code['gzip9_section']:,}")
    print(f"data: {data['segments']:,} segments, {data['bytes']:,} bytes, gzip -9 of the section "
          f"{data['gzip9_section']:,}; UTF-8 text {data['utf8_text_bytes']:,} "
          f"(non-ASCII {data['non_ascii_text_bytes']:,}), other {data['other_bytes']:,}")
    print_table("code by owner crate (Self type's crate for trait impls)", report["by_owner_crate"], args.top)
    print_table("code by trait crate (inherent and free functions under '(no trait)')",
                report["by_trait_crate"], args.top)
    print_table(f"code of {args.crate} by module (share of all code)", report["own_crate_by_module"], args.top)
    print("\nlargest functions")
    for f in report["largest_functions"]:
        print(f"  {f['bytes']:>8,}  {f['owner']:<18.18}  {f['name'][:110]}")


if __name__ == "__main__":
    main()
