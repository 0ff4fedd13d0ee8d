"""MkDocs hooks for the guide (being built: policy markers, rule reference, office branding)."""
