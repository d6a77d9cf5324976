"""Scoring extraction against gold files: reading them (inline texts or documents by
reference) and precision, recall, F1 and value accuracy per file, kind and language."""

from factcheck.evaluate.gold import GoldCase, GoldClaim, gold_files, read_gold
from factcheck.evaluate.score import Miss, Score, hits, pooled, score_file

__all__ = ["GoldCase", "GoldClaim", "Miss", "Score", "gold_files", "hits", "pooled", "read_gold", "score_file"]
