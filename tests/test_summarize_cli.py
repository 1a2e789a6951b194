"""`tomtat summarize` end to end: the real transformers path on a tiny T5, fallback, bad input."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tomtat.cli import main

REQUIRED_KEYS = {"summary", "engine", "model", "figures", "relations", "ok", "notes"}


def run_json(capsys, *argv):
    code = main(["summarize", *argv, "--json"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def test_vit5_on_a_saved_tiny_model(capsys, tiny_t5_dir, party_article_file):
    code, data, _ = run_json(capsys, str(party_article_file), "--engine", "vit5",
                             "--model", str(tiny_t5_dir), "--num-beams", "2")
    assert REQUIRED_KEYS <= data.keys()
    assert data["engine"] == "vit5" and data["model"] == str(tiny_t5_dir)
    assert isinstance(data["summary"], str) and data["candidates"] == 2
    assert code == (0 if data["ok"] else 1)
    assert data["title"].startswith("Tuyên Quang")
    for fig in data["figures"]:   # random text may hold figures; each has the checker's fields
        assert {"text", "start", "end", "verdict", "evidence", "explanation"} <= fig.keys()
        assert data["summary"][fig["start"]:fig["end"]] == fig["text"]


def test_json_is_one_line_as_the_standard_library_writes_it_compact(capsys, party_article_file):
    """summarize --json goes through orjson: one line, what json.dumps(ensure_ascii=False,
    separators=(",", ":")) writes, text unescaped."""
    code = main(["summarize", str(party_article_file), "--engine", "extractive", "--json"])
    out = capsys.readouterr().out
    data = json.loads(out)
    assert data["summary"] and data["relations"] and out.count("\n") == 1
    assert out == json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert code == (0 if data["ok"] else 1)


def test_vit5_int8_quantised(capsys, tiny_t5_dir, party_article_file):
    code, data, _ = run_json(capsys, str(party_article_file), "--engine", "vit5", "--model",
                             str(tiny_t5_dir), "--quantize", "int8", "--num-beams", "1")
    assert data["engine"] == "vit5" and code in (0, 1)


def test_extractive_output_is_checked_and_clean(capsys, party_article_file):
    code, data, _ = run_json(capsys, str(party_article_file), "--engine", "extractive",
                             "--max-sentences", "2")
    assert data["engine"] == "extractive" and data["model"] is None
    assert data["summary"] and data["summary"] in " ".join(party_article_file.read_text().split())
    assert all(f["verdict"] in ("supported", "derived") for f in data["figures"])
    assert code == 0 and data["ok"] is True


def test_auto_falls_back_offline_with_one_notice(capsys, monkeypatch, party_article_file):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    code, data, err = run_json(capsys, str(party_article_file), "--model", "nobody/no-such-model")
    assert code != 2
    assert data["engine"] == "extractive"
    [notice] = [n for n in data["notes"] if "extractive" in n]
    assert "\n" not in notice and "HF_HUB_OFFLINE" in notice and "--model DIR" in notice
    assert "Traceback" not in err


def test_auto_uses_vit5_when_the_directory_loads(capsys, tiny_t5_dir, party_article_file):
    _, data, _ = run_json(capsys, str(party_article_file), "--model", str(tiny_t5_dir),
                          "--num-beams", "1")
    assert data["engine"] == "vit5"
    assert not any("extractive" in n for n in data["notes"])


def test_terminal_output_names_engine_and_notice(capsys, monkeypatch, party_article_file):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    code = main(["summarize", str(party_article_file), "--model", "nobody/no-such-model"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "engine: extractive" in out and "using the extractive engine" in out
    assert "173" in out   # the chosen lead sentences carry the admissions figure


def one_line_error(capsys, *argv) -> str:
    code = main(["summarize", *argv])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert err.startswith("tomtat: error: ") and err.count("\n") == 1
    return err


def test_vit5_without_a_loadable_model_is_a_one_line_error(capsys, monkeypatch, party_article_file):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    err = one_line_error(capsys, str(party_article_file), "--engine", "vit5", "--model", "nobody/none")
    assert "not in the local Hugging Face cache" in err


def test_vit5_with_a_missing_directory(capsys, party_article_file, tmp_path):
    one_line_error(capsys, str(party_article_file), "--engine", "vit5", "--model", str(tmp_path / "none"))


def test_vit5_with_a_directory_that_is_not_a_model(capsys, party_article_file, tmp_path):
    err = one_line_error(capsys, str(party_article_file), "--engine", "vit5", "--model", str(tmp_path))
    assert "cannot load the model in" in err


@pytest.mark.parametrize("content", [b"", b"   \n\t ", b"\x00\x01\x02\xff\xfe\x00binary"])
def test_bad_article_files(capsys, tmp_path, content):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    one_line_error(capsys, str(path), "--engine", "extractive")


def test_missing_article_file(capsys, tmp_path):
    one_line_error(capsys, str(tmp_path / "missing.txt"))


def test_cuda_without_a_gpu(capsys, tiny_t5_dir, party_article_file):
    import torch

    if torch.cuda.is_available():
        pytest.skip("a GPU is present")
    err = one_line_error(capsys, str(party_article_file), "--engine", "vit5", "--model",
                         str(tiny_t5_dir), "--device", "cuda")
    assert "CUDA" in err


def test_bad_prompt_file(capsys, tiny_t5_dir, party_article_file, tmp_path):
    prompt = tmp_path / "p.txt"
    prompt.write_text("no placeholder here", encoding="utf-8")
    one_line_error(capsys, str(party_article_file), "--engine", "vit5", "--model", str(tiny_t5_dir),
                   "--prompt", str(prompt))


def test_usage_errors_exit_2(capsys, party_article_file):
    for argv in (["--max-sentences", "9"], ["--engine", "gpt"], ["--num-beams", "0"]):
        with pytest.raises(SystemExit) as exc:
            main(["summarize", str(party_article_file), *argv])
        assert exc.value.code == 2
    capsys.readouterr()


def test_subprocess_vit5_from_stdin(tiny_t5_dir, party_article_file):
    """Once through the installed entry point, as a user runs it (stdin article)."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "tomtat.cli", "summarize", "-", "--engine", "vit5",
         "--model", str(tiny_t5_dir), "--num-beams", "2", "--json"],
        input=party_article_file.read_bytes(), capture_output=True, timeout=120, env=env)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert REQUIRED_KEYS <= data.keys() and data["engine"] == "vit5"
    assert b"Traceback" not in proc.stderr


def test_importing_summarize_does_not_import_torch():
    code = ("import sys, tomtat.summarize, tomtat.commands.summarize; "
            "print(any(m.split('.')[0] in ('torch', 'transformers') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr
