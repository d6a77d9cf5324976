"""Renderers of a document result: table, json, csv, html, markdown, claimreview."""
