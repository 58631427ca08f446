#!/usr/bin/env python3
"""Builds the release site into dist/ (or the folder given with --out).

    build.py [--out dist] [--wasm-opt-level 1]

The app is one Rust crate compiled to WebAssembly and cut into pieces that load when first
needed: the frame, storage, import, the welcome view and step 1 come first; every other step
(the calendar with step 6), the handbook, the worked examples and each language's texts are
separate pieces (see `src/web/chunks.rs` for where the cuts are). The pipeline:

1. cargo builds the wasm with the `split` feature, keeping relocations (`--emit-relocs`) so the
   splitter can see which code and data each cut reaches;
2. `wasm-split-cli` cuts it into the main module, one module per cut and shared modules, plus
   the small script that loads them (`__wasm_split.js`);
3. wasm-bindgen writes the JavaScript glue for the main module (`--keep-lld-exports`: the pieces
   link against the main module's memory, table and stack);
4. wasm-opt optimises every module (`-O1` by default: measured on this app, its output is the
   smallest under gzip for the first download; -O2, -Os and -Oz are 3 KB larger there);
5. every file gets a content hash in its name; the stylesheets become one minified file;
   `index.html` gets the static first view, the policy (CSP), the build id and the preload hints;
   `sw.js` gets the list of every file to keep offline.

Everything comes from the toolchain that `scripts/setup.sh` installs; nothing is downloaded.
"""
import argparse
import base64
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
NAME = "social-playbook"
CRATE_WASM = "social-playbook.wasm"
WORK = os.path.join(ROOT, "target", "site")
LINK = "__wasm_split.js"
STYLES = [
    "tokens", "layout", "components", "strategy", "personas", "voice", "goals", "handbook",
    "team", "content", "calendar", "welcome", "workshop", "join", "room", "print",
]
# Styles of pages only some visits open (projector mode, worksheets): a file of their own that the
# app adds when such a page opens (`web::browser::attach_late_style`), out of the first download.
LATE_STYLE = "present"
RUSTFLAGS = "--cfg erase_components -Clink-args=--emit-relocs"
SW_NAME = "sw.js"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S)


def run(cmd, **kwargs):
    print("  $ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, **kwargs)


def tools_dir():
    return os.environ.get(
        "SOCIAL_PLAYBOOK_TOOLS", os.path.join(os.path.expanduser("~"), ".cache", "social-playbook-tools")
    )


def splitter():
    path = os.path.join(tools_dir(), "wasm-split", "bin", "wasm-split-cli")
    if not os.path.exists(path):
        sys.exit(f"build: {path} is missing; run `make setup`")
    return path


def short_hash(data):
    return hashlib.sha256(data).hexdigest()[:16]


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


# 1-4: the wasm -------------------------------------------------------------------------------

def build_wasm(level):
    """Builds, splits, binds and optimises; returns the folder holding the modules and glue."""
    env = dict(os.environ, RUSTFLAGS=RUSTFLAGS)
    run(["cargo", "build", "--release", "--target", "wasm32-unknown-unknown", "--bin", NAME,
         "--features", "split"], env=env)
    raw = os.path.join(ROOT, "target", "wasm32-unknown-unknown", "release", CRATE_WASM)
    split_dir = os.path.join(WORK, "split")
    out = os.path.join(WORK, "wasm")
    for folder in (split_dir, out):
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
    run([splitter(), raw, split_dir, "--target", "web", "--out-name", NAME])
    run(["wasm-bindgen", "--target", "web", "--keep-lld-exports", "--no-demangle", "--no-typescript",
         "--out-dir", out, "--out-name", NAME, os.path.join(split_dir, NAME + ".wasm")])
    for name in os.listdir(split_dir):
        if name != NAME + ".wasm" and (name.endswith(".wasm") or name == LINK):
            shutil.copy(os.path.join(split_dir, name), os.path.join(out, name))
    for name in sorted(os.listdir(out)):
        if name.endswith(".wasm"):
            path = os.path.join(out, name)
            run(["wasm-opt", f"-O{level}", "--enable-bulk-memory", "--enable-nontrapping-float-to-int",
                 "--enable-sign-ext", "--enable-mutable-globals", path, "-o", path])
    return out


def piece_name(file_name):
    """`split_step_goals_1234.wasm` → `step_goals`; `chunk_3.wasm` → `shared_3`."""
    stem = file_name[: -len(".wasm")]
    if stem.startswith("split_"):
        return re.sub(r"_\d+$", "", stem[len("split_"):])
    if stem.startswith("chunk_"):
        return "shared_" + stem[len("chunk_"):]
    return stem


def place_wasm(wasm_dir, dist):
    """Copies the modules and glue into `dist` under content-hashed names; returns the names
    of the main script, the main module and each piece (by its cut's name)."""
    link = read(os.path.join(wasm_dir, LINK)) if os.path.exists(os.path.join(wasm_dir, LINK)) else None
    pieces = {}
    for name in sorted(os.listdir(wasm_dir)):
        if not name.endswith(".wasm") or name == NAME + "_bg.wasm":
            continue
        data = read(os.path.join(wasm_dir, name))
        hashed = f"{piece_name(name)}-{short_hash(data)}.wasm"
        write(os.path.join(dist, hashed), data)
        pieces[piece_name(name)] = hashed
        if link is not None:
            link = link.replace(f'"./{name}"'.encode(), f'"./{hashed}"'.encode())
    glue = read(os.path.join(wasm_dir, NAME + ".js"))
    main = read(os.path.join(wasm_dir, NAME + "_bg.wasm"))
    # The glue and the loader import each other: they share one hash over all three files.
    tag = short_hash(glue + main + (link or b""))
    glue_name, main_name, link_name = f"{NAME}-{tag}.js", f"{NAME}-{tag}_bg.wasm", f"loader-{tag}.js"
    glue = glue.replace(f"'{NAME}_bg.wasm'".encode(), f"'{main_name}'".encode())
    # Only the module specifier changes: the import object's key names the wasm import module.
    glue = glue.replace(f'from "./{LINK}"'.encode(), f'from "./{link_name}"'.encode())
    glue = glue.replace(f"from './{LINK}'".encode(), f"from './{link_name}'".encode())
    write(os.path.join(dist, glue_name), glue)
    write(os.path.join(dist, main_name), main)
    if link is not None:
        link = link.replace(f'"./{NAME}.js"'.encode(), f'"./{glue_name}"'.encode())
        write(os.path.join(dist, link_name), link)
    return glue_name, main_name, pieces


# 5: styles, page, policy, offline list --------------------------------------------------------

def minify_css(css):
    """Drops comments and the white space no rule needs. Conservative on purpose: spaces inside
    selectors and values stay (`.a :hover` and `.a:hover` differ), only those around braces,
    semicolons and commas go."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"\s+", " ", css)
    css = re.sub(r"\s*([{};,])\s*", r"\1", css)
    css = css.replace(";}", "}")
    return css.strip() + "\n"


def place_styles(dist):
    parts = []
    for name in STYLES:
        with open(os.path.join(ROOT, "style", name + ".css"), encoding="utf-8") as f:
            parts.append(f.read())
    css = minify_css("\n".join(parts)).encode("utf-8")
    name = f"style-{short_hash(css)}.css"
    write(os.path.join(dist, name), css)
    with open(os.path.join(ROOT, "style", LATE_STYLE + ".css"), encoding="utf-8") as f:
        late = minify_css(f.read()).encode("utf-8")
    late_name = f"{LATE_STYLE}-{short_hash(late)}.css"
    write(os.path.join(dist, late_name), late)
    return name, late_name


def copy_public(dist):
    for name in os.listdir(os.path.join(ROOT, "public")):
        shutil.copy(os.path.join(ROOT, "public", name), os.path.join(dist, name))


def first_view():
    """The static first view (frame and welcome view in both languages), written by the app's own
    texts: `cargo run --bin first-view` prints it."""
    result = subprocess.run(
        ["cargo", "run", "--quiet", "--bin", "first-view"], cwd=ROOT, check=True, capture_output=True
    )
    return result.stdout.decode("utf-8")


def csp(script_hashes):
    """The policy: only this site's own files, WebAssembly compilation and the inline scripts of
    this page by hash; no inline styles, no remote origins."""
    scripts = " ".join(f"'sha256-{h}'" for h in script_hashes)
    return "; ".join([
        "default-src 'none'",
        f"script-src 'self' 'wasm-unsafe-eval' {scripts}".strip(),
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'",
    ])


def site_files(root):
    found = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            found.append(os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/"))
    return sorted(found)


def write_page(dist, glue_name, main_name, style_name, late_style, pieces, view):
    with open(os.path.join(ROOT, "index.html"), encoding="utf-8") as f:
        html = f.read()
    texts = {"en": pieces.get("texts_en", ""), "zh-CN": pieces.get("texts_zh", "")}
    replacements = {
        "__STYLE__": style_name,
        "__APP__": glue_name,
        "__MAIN_WASM__": main_name,
        "__TEXTS__": json.dumps(texts, separators=(",", ":")),
        "<!-- first view -->": view,
    }
    for marker, value in replacements.items():
        if marker not in html:
            sys.exit(f"build: index.html has no {marker}")
        html = html.replace(marker, value)
    hashes = [
        base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        for body in INLINE_SCRIPT.findall(html)
    ]
    files = [f for f in site_files(dist) if f not in (SW_NAME, "index.html")]
    digest = hashlib.sha256()
    for rel in files:
        digest.update(rel.encode("utf-8"))
        digest.update(hashlib.sha256(read(os.path.join(dist, rel))).digest())
    digest.update(html.encode("utf-8"))
    with open(os.path.join(ROOT, "public", SW_NAME), encoding="utf-8") as f:
        sw_template = f.read()
    digest.update(sw_template.encode("utf-8"))
    build = digest.hexdigest()[:16]
    head = (
        '<meta charset="utf-8">\n'
        f'  <meta http-equiv="Content-Security-Policy" content="{csp(hashes)}">\n'
        f'  <meta name="social-playbook-build" content="{build}">\n'
        f'  <meta name="social-playbook-late-style" content="{late_style}">'
    )
    html, count = re.subn(r'<meta charset="utf-8">', head, html, count=1, flags=re.I)
    if count != 1:
        sys.exit("build: no <meta charset> in index.html")
    write(os.path.join(dist, "index.html"), html)

    precache = ["./"] + [f"./{rel}" for rel in files]
    if "__BUILD__" not in sw_template or "__FILES__" not in sw_template:
        sys.exit("build: sw.js has no placeholders")
    sw = sw_template.replace('"__BUILD__"', json.dumps(build)).replace(
        "__FILES__", json.dumps(precache, indent=2)
    )
    write(os.path.join(dist, SW_NAME), sw)
    return build, len(hashes), len(precache)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=os.path.join(ROOT, "dist"))
    parser.add_argument("--wasm-opt-level", default="1", choices=["0", "1", "2", "3", "4", "s", "z"])
    args = parser.parse_args()
    wasm_dir = build_wasm(args.wasm_opt_level)
    view = first_view()
    staging = args.out.rstrip("/") + ".staging"
    shutil.rmtree(staging, ignore_errors=True)
    os.makedirs(staging)
    copy_public(staging)
    glue_name, main_name, pieces = place_wasm(wasm_dir, staging)
    style_name, late_style = place_styles(staging)
    build, scripts, files = write_page(staging, glue_name, main_name, style_name, late_style, pieces, view)
    shutil.rmtree(args.out, ignore_errors=True)
    os.replace(staging, args.out)
    total = sum(len(gzip.compress(read(os.path.join(args.out, f)), 9)) for f in site_files(args.out))
    print(f"build {build}: {len(pieces)} pieces, {scripts} inline script hash(es), "
          f"{files} files kept offline, {total:,} B gzip in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
