"""Bytes to text: decoding with clear errors, accent/case folding, sentence splitting."""
