"""MkDocs hooks for the browser checker (being built: Pyodide runtime, wheels, lock file, CSP)."""
