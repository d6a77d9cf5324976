"""factcheck batch: input kinds, order, failures, resume after a kill, engines agree."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from conftest import ARTICLE, ROOT
from factcheck.cli import app

runner = CliRunner()
SENTENCES = [
    "Les ventes mondiales de puces devraient atteindre 588,4 milliards de dollars en 2024.",
    "Nvidia détient environ 80 % du marché des puces d'IA, selon Reuters.",
    "Le budget de la ville atteint 1,2 milliard d'euros, en hausse de 3,5 %.",
    "Aucun chiffre dans cette phrase, seulement le 7 février 2024.",
]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "sub" / "b.md").write_text(SENTENCES[0], encoding="utf-8")
    (folder / "sub" / "c.txt").write_bytes("Prix : 3 € et 12 %".encode("cp1252"))
    (folder / "z.bin.txt").write_bytes(b"\x00\x01binary")
    (folder / "ignored.csv").write_text("3 €", encoding="utf-8")
    jsonl = tmp_path / "docs.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": t, "lang": "fr", "section": "eco"}) for i, t in enumerate(SENTENCES)]
    lines.insert(2, "{not json")
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder, jsonl


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_folder_and_jsonl_in_input_order(corpus, tmp_path):
    folder, jsonl = corpus
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(folder), str(jsonl), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 1, result.stderr  # two documents failed; the others went through
    lines = _lines(out)
    files = [str(folder / name) for name in ("a.txt", "sub/b.md", "sub/c.txt", "z.bin.txt")]
    assert [line["id"] for line in lines] == files + ["d0", "d1", f"{jsonl}:3", "d2", "d3"]
    by_id = {line["id"]: line for line in lines}
    assert len(by_id[files[0]]["claims"]) == 8 and by_id[files[0]]["error"] is None
    assert by_id[files[3]]["error"]["type"] == "E101" and by_id[files[3]]["claims"] == []
    assert by_id[f"{jsonl}:3"]["error"]["type"] == "bad_json"
    assert "W100" in by_id[files[2]]["warning"] and len(by_id[files[2]]["claims"]) == 2
    assert by_id["d1"]["section"] == "eco", "extra fields are carried through"
    assert "9 documents checked" in result.stderr and "2 failed" in result.stderr


def test_all_good_exits_zero_and_stdin(tmp_path):
    text = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(SENTENCES))
    result = runner.invoke(app, ["batch", "-", "--workers", "1", "--quiet"], input=text)
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["0", "1", "2", "3"]


def test_same_file_names_in_two_folders_stay_two_documents(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "x.txt").write_text(f"{name} : 3 €", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["batch", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(out), "--workers", "1"]
    assert runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, args + ["--resume"]).exit_code == 0
    assert len(_lines(out)) == 2


@pytest.mark.parametrize("args,code,message", [
    (["--lang", "xx"], 2, "E003: unknown language 'xx'"),
    (["--out", "/no/such/folder/out.jsonl"], 2, "E105: cannot write /no/such/folder/out.jsonl"),
    (["--resume"], 2, "E110: --resume needs --out"),
])
def test_batch_usage_errors(tmp_path, args, code, message):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "1", "text": "3 €"}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(docs), *args])
    assert result.exit_code == code and message in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_input_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["batch", str(tmp_path / "nope"), "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "E100" in result.stderr


def test_two_workers_give_the_same_lines(corpus, tmp_path):
    folder, jsonl = corpus
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first = runner.invoke(app, ["batch", str(folder), str(jsonl), "--out", str(one), "--workers", "1"])
    second = runner.invoke(app, ["batch", str(folder), str(jsonl), "--out", str(two), "--workers", "2"])
    assert first.exit_code == second.exit_code == 1  # the two bad documents, nothing else
    assert len(one.read_text(encoding="utf-8").splitlines()) == 9
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_resume_completes_a_half_written_file(corpus, tmp_path):
    folder, jsonl = corpus
    full, partial = tmp_path / "full.jsonl", tmp_path / "partial.jsonl"
    assert runner.invoke(app, ["batch", str(folder), str(jsonl), "--out", str(full), "--workers", "1"]).exit_code == 1
    text = full.read_text(encoding="utf-8")
    assert len(text.splitlines()) == 9
    cut = text.index("\n", len(text) // 3) + 40  # three lines and a half
    partial.write_text(text[:cut], encoding="utf-8")
    runner.invoke(app, ["batch", str(folder), str(jsonl), "--out", str(partial), "--resume", "--workers", "1"])
    assert partial.read_text(encoding="utf-8") == text


def _big_corpus(path, documents=400):
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(documents):
            text = " ".join(SENTENCES[(number + k) % len(SENTENCES)] for k in range(20))
            handle.write(json.dumps({"id": f"doc{number:04d}", "text": text}) + "\n")


def test_kill_then_resume_gives_every_document_once(tmp_path):
    corpus_path, reference, killed = tmp_path / "big.jsonl", tmp_path / "ref.jsonl", tmp_path / "killed.jsonl"
    _big_corpus(corpus_path)
    command = [sys.executable, "-m", "factcheck.cli", "batch", str(corpus_path), "--workers", "1", "--quiet"]
    subprocess.run(command + ["--out", str(reference)], check=True)
    process = subprocess.Popen(command + ["--out", str(killed)])
    deadline = time.time() + 60
    while (not killed.exists() or killed.stat().st_size < 20_000) and time.time() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    subprocess.run(command + ["--out", str(killed), "--resume"], check=True)
    assert killed.read_text(encoding="utf-8") == reference.read_text(encoding="utf-8")


def test_dask_local_cluster_matches_local_engine(corpus, tmp_path):
    pytest.importorskip("dask.distributed")
    folder, jsonl = corpus
    local, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    local_run = runner.invoke(app, ["batch", str(folder), str(jsonl), "--out", str(local), "--workers", "1"])
    result = runner.invoke(app, ["batch", str(folder), str(jsonl), "--out", str(dask_out),
                                 "--engine", "dask", "--workers", "2"])
    assert local_run.exit_code == result.exit_code == 1
    assert len(local.read_text(encoding="utf-8").splitlines()) == 9
    assert dask_out.read_text(encoding="utf-8").splitlines() == local.read_text(encoding="utf-8").splitlines()


@pytest.mark.slow
def test_twenty_kills_then_resume(tmp_path):
    """bench/kill_resume.py: SIGKILL at 20 random moments, resume each time, same file."""
    import random

    sys.path.insert(0, str(ROOT / "bench"))
    import kill_resume

    corpus_path = tmp_path / "corpus.jsonl"
    kill_resume.write_corpus(corpus_path, 600, random.Random(5))
    log = []
    assert kill_resume.run(corpus_path, kills=20, workers=2, seed=5, log=log.append), "\n".join(log)
    assert len([line for line in log if line.startswith("kill")]) == 20
