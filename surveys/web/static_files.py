"""Static files and compression: content-hashed assets kept by browsers for a year, sent
pre-compressed (brotli or gzip) by WhiteNoise; family pages compressed as they are sent.

scripts/build-assets.mjs names each file by a hash of its content and writes manifest.json
(plain name -> hashed name); templates ask `asset_url("family.css")` for the current one. A
changed file gets a new name, so a year-long, immutable cache can never serve a stale one.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from flask import Flask, url_for
from flask_compress import Compress
from whitenoise import WhiteNoise

ONE_YEAR = 365 * 24 * 60 * 60
_HASHED = re.compile(r"\.[0-9a-f]{12}\.(?:css|js)$")
_MANIFEST = "fv_asset_manifest"

# Only the family's pages are compressed as they are sent. Staff pages reflect what is typed
# into search and filter boxes beside secrets (CSRF tokens, names) and are left alone, out of
# reach of compression side channels (BREACH); they load the cached stylesheet like any page.
compress = Compress()


def _static_headers(headers, path: str, url: str) -> None:
    """Hashed files are kept for a year and never revalidated; anything else is asked for again."""
    if _HASHED.search(url):
        headers["Cache-Control"] = f"public, max-age={ONE_YEAR}, immutable"
    else:
        headers["Cache-Control"] = "no-cache"
    headers["X-Content-Type-Options"] = "nosniff"


def asset_url(name: str) -> str:
    """The URL of a built asset under its content-hashed name (the plain name when the assets
    have not been built, as in a checkout where `make` has not yet run)."""
    from flask import current_app

    manifest = current_app.extensions.get(_MANIFEST) or {}
    return url_for("static", filename=manifest.get(name, name))


def compress_page(response):
    """Compress one page (brotli or gzip, as the browser accepts) when it is worth it."""
    return compress.after_request(response)


def init_app(app: Flask) -> None:
    """Serve the built assets through WhiteNoise and offer asset_url to templates."""
    static = Path(app.static_folder)
    manifest_path = static / "manifest.json"
    app.extensions[_MANIFEST] = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    if static.is_dir():
        # WhiteNoise reads the folder once, at start, and answers /static/ before Flask does,
        # choosing the .br or .gz copy the build made for a browser that accepts it.
        app.wsgi_app = WhiteNoise(app.wsgi_app, root=str(static), prefix="static/", max_age=0,
                                  allow_all_origins=False, add_headers_function=_static_headers)
    app.config.setdefault("COMPRESS_REGISTER", False)
    app.config.setdefault("COMPRESS_ALGORITHM", ["br", "gzip"])
    app.config.setdefault("COMPRESS_MIMETYPES", ["text/html"])
    app.config.setdefault("COMPRESS_BR_LEVEL", 5)
    app.config.setdefault("COMPRESS_STREAMS", False)
    compress.init_app(app)
    app.jinja_env.globals["asset_url"] = asset_url
