"""The CTranslate2 backend: same tokens as transformers, conversion cache, --backend, errors.

The tiny T5 is trained, so outputs are real, varied tokens ending in EOS; every
comparison first checks that (`assert_varied`), then compares.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from tiny_t5 import FIXTURE_TEXT, assert_varied

from tomtat.cli import main
from tomtat.errors import OptionError, TomtatError

pytest.importorskip("ctranslate2", reason="ctranslate2 is not installed (pip install ctranslate2)")

from tomtat.summarize import ct2  # noqa: E402
from tomtat.summarize.vit5 import ViT5Engine, default_backend  # noqa: E402

SENTENCES = [line for line in FIXTURE_TEXT.splitlines() if line.strip()]
TEXTS = SENTENCES[:6] + [
    "Hội nghị diễn ra ngày 14/5/2019.",
    "Các chi bộ thôn, bản đã đổi mới phương thức sinh hoạt.",
]


@pytest.fixture
def engines(tiny_engine, tiny_ct2_engine):
    """(transformers, ct2 float32), both restored after the test."""
    saved = [(e.num_beams, e.batch_size) for e in (tiny_engine, tiny_ct2_engine)]
    yield tiny_engine, tiny_ct2_engine
    for e, (beams, batch) in zip((tiny_engine, tiny_ct2_engine), saved):
        e.num_beams, e.batch_size = beams, batch


@pytest.mark.parametrize("batch_size", [1, 8])
def test_ct2_float32_greedy_writes_the_same_tokens_as_transformers(engines, batch_size):
    hf, fast = engines
    hf.num_beams = fast.num_beams = 1
    hf.batch_size = fast.batch_size = batch_size
    ids = [hf._encode(t) for t in TEXTS]
    expected = hf.generate_token_ids(ids, 1)
    assert_varied(expected, at_least=20)
    assert any(0 < len(c[0]) < hf.max_new_tokens for c in expected)   # stopped at EOS, not the limit
    assert fast.generate_token_ids(ids, 1) == expected


def test_ct2_beam_search_returns_candidates_best_first(tiny_ct2_engine):
    engine = tiny_ct2_engine
    candidates = engine.generate_token_ids([engine._encode(t) for t in TEXTS[:3]], 3)
    assert_varied(candidates)
    assert [len(c) for c in candidates] == [3, 3, 3]
    assert all(len({tuple(x) for x in c}) == 3 for c in candidates)   # three different beams
    gens = engine.generate([_article(TEXTS[0])], num_candidates=3)
    assert gens[0].scores == [0.0, -1.0, -2.0] and len(gens[0].candidates) == 3


def test_ct2_int8_on_cpu_is_the_default_and_writes_real_tokens(tiny_t5_dir):
    engine = ViT5Engine.load(str(tiny_t5_dir), backend="ct2", max_new_tokens=24, num_beams=1)
    assert engine.generator.compute_type == "int8"
    assert_varied(engine.generate_token_ids([engine._encode(t) for t in TEXTS], 1))


def test_ct2_splits_long_inputs_like_transformers(tiny_t5_dir, party_article):
    from tomtat.summarize import summarize_article

    engine = ViT5Engine.load(str(tiny_t5_dir), backend="ct2", max_input_tokens=64, max_new_tokens=8)
    result = summarize_article(party_article, engine, num_candidates=2)
    assert any(n.startswith("long input:") and "64-token limit" in n for n in result.notes)
    assert len(result.candidates) == 2


def _article(body):
    from tomtat.summarize.base import Article

    return Article(body=body)


# -- backend choice and errors -------------------------------------------------------------

def hide_ctranslate2(monkeypatch):
    monkeypatch.setitem(sys.modules, "ctranslate2", None)   # `import ctranslate2` now fails


def test_default_backend_is_ct2_where_installed_else_transformers(monkeypatch):
    assert default_backend() == "ct2"
    hide_ctranslate2(monkeypatch)
    assert default_backend() == "transformers"


def test_without_ctranslate2_the_default_falls_back_to_transformers(monkeypatch, tiny_t5_dir):
    hide_ctranslate2(monkeypatch)
    engine = ViT5Engine.load(str(tiny_t5_dir), max_new_tokens=4)
    assert engine.backend == "transformers"


def summarize_json(capsys, *argv):
    code = main(["summarize", *argv, "--json"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def test_cli_backends_give_the_same_greedy_float32_summary(capsys, tiny_t5_dir, party_article_file):
    common = [str(party_article_file), "--engine", "vit5", "--model", str(tiny_t5_dir),
              "--num-beams", "1", "--quantize", "none"]
    code_hf, via_hf, _ = summarize_json(capsys, *common, "--backend", "transformers")
    code_ct2, via_ct2, _ = summarize_json(capsys, *common, "--backend", "ct2")
    assert len(set(via_hf["summary"].split())) >= 3          # real words, not an empty string
    for key in ("summary", "engine", "model", "figures", "relations", "ok", "notes"):
        assert via_ct2[key] == via_hf[key], key
    assert code_ct2 == code_hf


@pytest.mark.parametrize("backend", ["ct2", "transformers"])
def test_cli_backend_with_beams(capsys, tiny_t5_dir, party_article_file, backend):
    code, data, _ = summarize_json(capsys, str(party_article_file), "--engine", "vit5", "--model",
                                   str(tiny_t5_dir), "--backend", backend, "--num-beams", "2")
    assert data["engine"] == "vit5" and data["candidates"] == 2 and data["summary"]
    assert code == (0 if data["ok"] else 1)


def one_line_error(capsys, argv) -> str:
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert err.startswith("tomtat: error: ") and err.count("\n") == 1
    return err


def test_cli_backend_ct2_without_ctranslate2_is_a_one_line_error(capsys, monkeypatch, tiny_t5_dir,
                                                                  party_article_file):
    hide_ctranslate2(monkeypatch)
    err = one_line_error(capsys, ["summarize", str(party_article_file), "--model", str(tiny_t5_dir),
                                  "--backend", "ct2"])
    assert err.startswith("tomtat: error: --backend: ")   # the library's OptionError, said as a flag
    assert "ctranslate2" in err and "pip install" in err


def test_library_errors_name_the_setting_not_a_flag(monkeypatch, tiny_t5_dir):
    with pytest.raises(OptionError) as bad_backend:
        ViT5Engine.load(str(tiny_t5_dir), backend="onnx")
    with pytest.raises(OptionError) as bad_quantize:
        ViT5Engine.load(str(tiny_t5_dir), backend="transformers", quantize="int4")
    hide_ctranslate2(monkeypatch)
    with pytest.raises(OptionError) as missing:
        ViT5Engine.load(str(tiny_t5_dir), backend="ct2")
    assert [e.value.option for e in (bad_backend, bad_quantize, missing)] == ["backend", "quantize", "backend"]
    assert not any("--" in e.value.message for e in (bad_backend, bad_quantize, missing))


def test_cli_backend_with_the_extractive_engine_is_a_usage_error(capsys, party_article_file):
    err = one_line_error(capsys, ["summarize", str(party_article_file), "--engine", "extractive",
                                  "--backend", "ct2"])
    assert "--backend" in err


def test_cli_unknown_backend_is_rejected(capsys, party_article_file):
    with pytest.raises(SystemExit) as exc:
        main(["summarize", str(party_article_file), "--backend", "onnx"])
    assert exc.value.code == 2
    capsys.readouterr()


def test_eval_runs_vit5_on_either_backend_with_the_same_greedy_predictions(tmp_path, tiny_t5_dir, capsys):
    from eval_fixtures import write_set

    data = write_set(tmp_path / "set.jsonl")
    predictions = {}
    for backend in ("transformers", "ct2"):
        out = tmp_path / backend
        code = main(["eval", str(data), "--engine", "vit5", "--model", str(tiny_t5_dir), "--backend",
                     backend, "--quantize", "none", "--batch-size", "2", "--out", str(out),
                     "--no-progress", "--json"])
        capsys.readouterr()
        assert code == 0
        assert json.loads((out / "config.json").read_text())["backend"] == backend
        rows = [json.loads(line) for line in (out / "articles.jsonl").read_text().splitlines()]
        predictions[backend] = {r["id"]: r["prediction"] for r in rows}
    assert len(set(" ".join(predictions["ct2"].values()).split())) >= 8
    assert predictions["ct2"] == predictions["transformers"]


def test_eval_resume_keeps_the_backend_the_run_started_on(tmp_path, tiny_t5_dir, capsys):
    from eval_fixtures import write_set

    data, out = write_set(tmp_path / "set.jsonl"), tmp_path / "run"
    first = ["eval", str(data), "--engine", "vit5", "--model", str(tiny_t5_dir), "--quantize", "none",
             "--limit", "2", "--out", str(out), "--no-progress", "--json"]
    assert main([*first, "--backend", "transformers"]) == 0
    capsys.readouterr()
    resumed = ["eval", str(data), "--engine", "vit5", "--model", str(tiny_t5_dir), "--quantize", "none",
               "--limit", "2", "--out", str(out), "--no-progress", "--json", "--resume"]
    # Not asked for, the backend is ct2 here (installed): refused once the engine is loaded.
    assert main(resumed) == 2
    err = capsys.readouterr().err.splitlines()[-1]
    assert err.startswith("tomtat: error: ") and "backend transformers" in err and "on ct2" in err
    assert "--backend" in err
    # Asked for by name: refused before any model is loaded (no conversion notice).
    err = one_line_error(capsys, [*resumed, "--backend", "ct2"])
    assert "differs in backend" in err
    assert json.loads((out / "config.json").read_text())["backend"] == "transformers"   # untouched
    assert main([*resumed, "--backend", "transformers"]) == 0
    capsys.readouterr()


# -- the conversion cache ------------------------------------------------------------------

@pytest.fixture
def fresh_cache(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "ct2-cache"
    monkeypatch.setenv("TOMTAT_CT2_CACHE", str(root))
    return root


def converted_dirs(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir()) if root.exists() else []


def test_conversion_happens_once_and_is_reused(fresh_cache, tiny_t5_dir, capsys, monkeypatch):
    ViT5Engine.load(str(tiny_t5_dir), backend="ct2", quantize="none")
    first = capsys.readouterr().err
    assert first.count("\n") == 1 and "converting" in first and "CTranslate2" in first
    [converted] = converted_dirs(fresh_cache)
    assert (converted / "model.bin").is_file() and converted.name.endswith("-float32")

    def no_conversion(*args, **kwargs):
        raise AssertionError("converted again")

    monkeypatch.setattr(ct2.import_ctranslate2().converters, "TransformersConverter", no_conversion)
    engine = ViT5Engine.load(str(tiny_t5_dir), backend="ct2", quantize="none", max_new_tokens=8)
    assert capsys.readouterr().err == ""
    assert converted_dirs(fresh_cache) == [converted]
    assert_varied(engine.generate_token_ids([engine._encode(t) for t in TEXTS], 1))


def test_a_conversion_goes_under_tomtat_cache_dir(tiny_t5_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("TOMTAT_CT2_CACHE")
    monkeypatch.setenv("TOMTAT_CACHE_DIR", str(tmp_path / "caches"))
    ViT5Engine.load(str(tiny_t5_dir), backend="ct2", quantize="none")
    assert "converting" in capsys.readouterr().err
    [converted] = converted_dirs(tmp_path / "caches" / "ct2")
    assert (converted / "model.bin").is_file()


def test_int8_and_float32_are_cached_apart(fresh_cache, tiny_t5_dir, capsys):
    ViT5Engine.load(str(tiny_t5_dir), backend="ct2", quantize="none")
    ViT5Engine.load(str(tiny_t5_dir), backend="ct2", quantize="int8")
    capsys.readouterr()
    assert [p.name.rsplit("-", 1)[1] for p in converted_dirs(fresh_cache)] == ["float32", "int8"]


def test_a_changed_checkpoint_is_converted_again(fresh_cache, tiny_t5_dir, tmp_path, capsys):
    import shutil

    copy = Path(shutil.copytree(tiny_t5_dir, tmp_path / "copy"))
    ViT5Engine.load(str(copy), backend="ct2")
    config = json.loads((copy / "config.json").read_text())
    config["layer_norm_epsilon"] = 1e-5
    (copy / "config.json").write_text(json.dumps(config))
    ViT5Engine.load(str(copy), backend="ct2")
    assert capsys.readouterr().err.count("converting") == 2
    assert len(converted_dirs(fresh_cache)) == 2


def test_an_interrupted_conversion_leaves_no_cache_behind(fresh_cache, tiny_t5_dir, monkeypatch, capsys):
    converters = ct2.import_ctranslate2().converters
    real = converters.TransformersConverter

    class Interrupted(real):
        def convert(self, output_dir, *args, **kwargs):
            Path(output_dir).mkdir(parents=True)
            (Path(output_dir) / "model.bin").write_bytes(b"half a model")
            raise KeyboardInterrupt

    monkeypatch.setattr(converters, "TransformersConverter", Interrupted)
    with pytest.raises(KeyboardInterrupt):
        ViT5Engine.load(str(tiny_t5_dir), backend="ct2")
    assert converted_dirs(fresh_cache) == []          # no half model, no staging folder
    monkeypatch.setattr(converters, "TransformersConverter", real)
    engine = ViT5Engine.load(str(tiny_t5_dir), backend="ct2", max_new_tokens=8)
    assert_varied(engine.generate_token_ids([engine._encode(t) for t in TEXTS], 1))
    assert len(converted_dirs(fresh_cache)) == 1
    capsys.readouterr()


def test_a_failed_conversion_is_a_one_line_error(fresh_cache, tiny_t5_dir, monkeypatch, capsys):
    converters = ct2.import_ctranslate2().converters

    class Broken(converters.TransformersConverter):
        def convert(self, output_dir, *args, **kwargs):
            raise ValueError("unsupported\narchitecture")

    monkeypatch.setattr(converters, "TransformersConverter", Broken)
    with pytest.raises(TomtatError, match="cannot convert .* for CTranslate2: unsupported architecture"):
        ViT5Engine.load(str(tiny_t5_dir), backend="ct2")
    assert converted_dirs(fresh_cache) == []
    capsys.readouterr()


def test_fingerprint_uses_hub_blob_names_without_reading_them(tmp_path, fresh_cache):
    blobs, snapshot = tmp_path / "blobs", tmp_path / "snapshots" / "0123abc"
    blobs.mkdir()
    snapshot.mkdir(parents=True)
    name = "a" * 64
    (blobs / name).write_bytes(b"weights")
    (snapshot / "model.safetensors").symlink_to(blobs / name)
    before = ct2.checkpoint_fingerprint(snapshot)
    (blobs / name).write_bytes(b"other bytes, same blob name")   # a blob's name is its hash
    assert ct2.checkpoint_fingerprint(snapshot) == before
    assert not (fresh_cache / "file-hashes.json").exists()        # nothing was hashed


def test_fingerprint_of_a_local_directory_follows_content(tmp_path, fresh_cache):
    (tmp_path / "config.json").write_text("{}")
    before = ct2.checkpoint_fingerprint(tmp_path)
    assert ct2.checkpoint_fingerprint(tmp_path) == before
    (tmp_path / "config.json").write_text('{"d_model": 8}')
    assert ct2.checkpoint_fingerprint(tmp_path) != before


@pytest.mark.parametrize("device, quantize, bf16, expected", [
    ("cpu", None, True, "int8"), ("cpu", "int8", True, "int8"), ("cpu", "none", True, "float32"),
    ("cuda", None, True, "bfloat16"), ("cuda", None, False, "float16"),
    ("cuda", "int8", True, "int8_bfloat16"), ("cuda", "none", True, "float32"),
])
def test_compute_type(device, quantize, bf16, expected):
    assert ct2.compute_type(device, quantize, bf16_supported=bf16) == expected


def test_cuda_without_a_gpu_is_a_one_line_error(tiny_t5_dir):
    if ct2.import_ctranslate2().get_cuda_device_count() > 0:
        pytest.skip("a GPU is present")
    with pytest.raises(TomtatError, match="CUDA"):
        ViT5Engine.load(str(tiny_t5_dir), backend="ct2", device="cuda")
