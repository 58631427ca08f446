#!/usr/bin/env python3
"""Finishes the built site after Trunk has written it (a Trunk post_build hook).

1. Content-Security-Policy: a <meta> tag that allows only this site's own files, WebAssembly
   compilation and, by hash, the one inline bootstrap script Trunk writes. Nothing else may run.
2. Build id: a <meta name="social-playbook-build"> with a hash over every file of the site, so the
   app can tell that a new version has been picked up.
3. Service worker: fills `sw.js` with the build id and the list of every file to keep offline.

Run by `trunk build` with TRUNK_STAGING_DIR set; can also be run as `post_build.py DIR`.
"""
import base64
import hashlib
import json
import os
import re
import sys

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S)
CHARSET_META = re.compile(r'<meta charset="utf-8">', re.I)
SW_NAME = "sw.js"


def csp(script_hashes):
    """The policy: as strict as the app allows (no inline styles, no remote origins)."""
    scripts = " ".join(f"'sha256-{h}'" for h in script_hashes)
    directives = [
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
    ]
    return "; ".join(directives)


def site_files(root):
    """Every file of the built site, as sorted paths relative to `root` with `/` separators."""
    found = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            rel = os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")
            found.append(rel)
    return sorted(found)


def finish(root):
    index_path = os.path.join(root, "index.html")
    with open(index_path, encoding="utf-8") as f:
        html = f.read()
    if "Content-Security-Policy" in html:
        raise SystemExit("post_build: index.html already has a policy (run once per build)")

    hashes = [
        base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        for body in INLINE_SCRIPT.findall(html)
    ]
    files = [f for f in site_files(root) if f != SW_NAME]
    digest = hashlib.sha256()
    for rel in files:
        if rel == "index.html":
            continue
        digest.update(rel.encode("utf-8"))
        with open(os.path.join(root, rel), "rb") as f:
            digest.update(hashlib.sha256(f.read()).digest())
    digest.update(html.encode("utf-8"))
    with open(os.path.join(root, SW_NAME), encoding="utf-8") as f:
        sw_template = f.read()
    digest.update(sw_template.encode("utf-8"))
    build = digest.hexdigest()[:16]

    head = (
        '<meta charset="utf-8">\n'
        f'  <meta http-equiv="Content-Security-Policy" content="{csp(hashes)}">\n'
        f'  <meta name="social-playbook-build" content="{build}">'
    )
    html, count = CHARSET_META.subn(head, html, count=1)
    if count != 1:
        raise SystemExit("post_build: no <meta charset> in index.html")
    with open(index_path, "w", encoding="utf-8") as f:
        f.write(html)

    precache = ["./"] + [f"./{rel}" for rel in files]
    if "__BUILD__" not in sw_template or "__FILES__" not in sw_template:
        raise SystemExit("post_build: sw.js has no placeholders")
    sw = sw_template.replace('"__BUILD__"', json.dumps(build)).replace(
        "__FILES__", json.dumps(precache, indent=2)
    )
    with open(os.path.join(root, SW_NAME), "w", encoding="utf-8") as f:
        f.write(sw)
    print(f"post_build: build {build}, {len(hashes)} inline script hash(es), {len(precache)} files kept offline")


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR")
    if not target:
        raise SystemExit("usage: post_build.py DIR (or run from trunk with TRUNK_STAGING_DIR)")
    finish(target)
