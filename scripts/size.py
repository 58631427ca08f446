#!/usr/bin/env python3
"""Prints the raw and gzip -9 size of every file in dist/, then what a first visit downloads (in
each language) against the rest, and the pieces each later step fetches. Fails when the first
download is over the budget written in README.md (the line "Size budget: first load N KB gzip").

The first download is the page, the stylesheet, the app's script and loader, the main module, the
texts of the visitor's language with the shared modules they need, the icon and the manifest.
Which shared modules a piece needs is read from the loader the build wrote (`loader-*.js`: each
shared module is preceded by a comment naming the pieces that use it)."""
import glob
import gzip
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..")
DIST = os.path.join(ROOT, "dist")
LANGUAGES = ("en", "zh")


def budget_kb():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        match = re.search(r"Size budget: first load\s*\**(\d+)\s*KB", f.read())
    if not match:
        sys.exit("README.md has no 'Size budget: first load N KB' line")
    return int(match.group(1))


def pieces_and_shared(loader_text):
    """Maps each piece (`step_voice`, `texts_en`…) to the files it fetches: its own module and
    the shared modules listed for it."""
    files = {}
    for users, name in re.findall(
        r"/\* ([a-z_0-9, ]+) \*/\s*const __chunk_\d+ = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\(\"\./([^\"]+)\"",
        loader_text,
    ):
        for user in users.split(", "):
            files.setdefault(user, set()).add(name)
    for name in os.listdir(DIST):
        match = re.fullmatch(r"([a-z][a-z_]*)-[0-9a-f]{16}\.wasm", name)
        if match and match.group(1) != "shared":
            files.setdefault(match.group(1), set()).add(name)
    return files


def main():
    if not os.path.isdir(DIST):
        sys.exit("dist/ is missing: run `make dist` first")
    sizes = {}
    for folder, _, names in os.walk(DIST):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                data = f.read()
            sizes[os.path.relpath(path, DIST)] = (len(data), len(gzip.compress(data, 9)))
    rows = sorted(sizes.items(), key=lambda r: -r[1][1])
    width = max(len(name) for name in sizes)
    print(f"{'file':<{width}}  {'raw B':>10}  {'gzip B':>10}")
    for name, (raw, gz) in rows:
        print(f"{name:<{width}}  {raw:>10,}  {gz:>10,}")
    total_raw = sum(raw for raw, _ in sizes.values())
    total_gz = sum(gz for _, gz in sizes.values())
    print(f"{'total':<{width}}  {total_raw:>10,}  {total_gz:>10,}")

    loaders = glob.glob(os.path.join(DIST, "loader-*.js"))
    pieces = pieces_and_shared(open(loaders[0], encoding="utf-8").read()) if loaders else {}
    base = {
        name
        for name in sizes
        if name in ("index.html", "favicon.svg", "manifest.webmanifest")
        or re.fullmatch(r"(style-[0-9a-f]{16}\.css|social-playbook-[0-9a-f]{16}(\.js|_bg\.wasm)|loader-[0-9a-f]{16}\.js)", name)
    }
    gz = lambda names: sum(sizes[n][1] for n in names)
    print()
    first = {}
    for language in LANGUAGES:
        first[language] = base | pieces.get(f"texts_{language}", set())
        print(f"first load ({language}): {gz(first[language]):>10,} B gzip in {len(first[language])} files")
    print(f"everything else:   {total_gz - gz(first['en']):>10,} B gzip (fetched when first needed; the service worker keeps all of it offline after the first visit)")
    print()
    print("pieces fetched when first needed (own module + shared modules not yet fetched, after the English first load):")
    for piece in sorted(p for p in pieces if not re.fullmatch(r"texts_[a-z]+", p)):
        extra = pieces[piece] - first["en"]
        print(f"  {piece:<18} {gz(extra):>10,} B gzip in {len(extra)} files")

    limit = budget_kb() * 1000
    worst = max(gz(names) for names in first.values())
    print()
    print(f"budget: first load {limit:,} B gzip; used {100 * worst / limit:.1f}%")
    if worst > limit:
        print(f"OVER BUDGET by {worst - limit:,} B", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
