#!/usr/bin/env python3
"""A small static server for the built site, the way a plain static host serves it.

    serve.py DIR [--port 8080] [--prefix /sub/path/] [--gzip]

--prefix serves the site under a sub-path (and redirects / there), to prove the build works from
any folder. --gzip compresses text responses when the client accepts it (for Lighthouse figures).
No fallback routing: the app navigates by URL fragment, so it needs none.
"""
import argparse
import functools
import gzip
import http.server
import os
import sys

TYPES = {
    ".wasm": "application/wasm",
    ".js": "text/javascript",
    ".css": "text/css",
    ".html": "text/html; charset=utf-8",
    ".svg": "image/svg+xml",
    ".webmanifest": "application/manifest+json",
    ".json": "application/json",
}
COMPRESSIBLE = (".wasm", ".js", ".css", ".html", ".svg", ".webmanifest", ".json")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}
    prefix = "/"
    use_gzip = False

    def log_message(self, fmt, *args):  # keep test output readable
        if os.environ.get("SERVE_LOG"):
            super().log_message(fmt, *args)

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if self.prefix != "/":
            if path in ("/", self.prefix.rstrip("/")):
                self.send_response(302)
                self.send_header("Location", self.prefix)
                self.end_headers()
                return
            if not path.startswith(self.prefix):
                self.send_error(404)
                return
            self.path = "/" + self.path[len(self.prefix):]
        if self.use_gzip and "gzip" in self.headers.get("Accept-Encoding", ""):
            local = self.translate_path(self.path)
            if os.path.isdir(local):
                local = os.path.join(local, "index.html")
            if os.path.isfile(local) and local.endswith(COMPRESSIBLE):
                with open(local, "rb") as f:
                    body = gzip.compress(f.read(), 9)
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(local))
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
        super().do_GET()

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--prefix", default="/")
    parser.add_argument("--gzip", action="store_true")
    args = parser.parse_args()
    prefix = "/" + args.prefix.strip("/") + "/" if args.prefix.strip("/") else "/"
    handler = type("SiteHandler", (Handler,), {"prefix": prefix, "use_gzip": args.gzip})
    server = http.server.ThreadingHTTPServer(
        (args.host, args.port), functools.partial(handler, directory=args.dir)
    )
    print(f"Serving {args.dir} on http://{args.host}:{args.port}{prefix}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
