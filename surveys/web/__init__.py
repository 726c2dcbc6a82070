"""The web shell: configuration, security headers, error and public pages, base forms, assets."""
