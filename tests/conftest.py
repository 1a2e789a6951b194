"""Shared fixtures. The tiny T5 is trained once per test session (a few seconds).

Every test that uses a model fixture is marked `model`, so `pytest -m "not model"`
runs the rest alone.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))   # for `import tiny_t5`

MODEL_FIXTURES = {"tiny_t5_dir", "tiny_engine", "tiny_ct2_engine"}


def pytest_collection_modifyitems(items):
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)


@pytest.fixture(scope="session", autouse=True)
def ct2_cache(tmp_path_factory) -> Path:
    """CTranslate2 conversions of this session go to a temporary folder, never ~/.cache."""
    path = tmp_path_factory.mktemp("ct2-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TOMTAT_CT2_CACHE", str(path))   # subprocesses inherit it too
        yield path


@pytest.fixture(scope="session")
def tiny_t5_dir(tmp_path_factory) -> Path:
    """A saved tiny T5 checkpoint trained on the fixture text (our own SentencePiece vocabulary)."""
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("sentencepiece")
    from tiny_t5 import build_tiny_t5

    return build_tiny_t5(tmp_path_factory.mktemp("tiny-vit5"))


@pytest.fixture(scope="session")
def tiny_engine(tiny_t5_dir):
    """The tiny checkpoint on the transformers backend, with short outputs for speed."""
    from tomtat.summarize.vit5 import ViT5Engine

    return ViT5Engine.load(str(tiny_t5_dir), backend="transformers", max_new_tokens=24)


@pytest.fixture(scope="session")
def tiny_ct2_engine(tiny_t5_dir):
    """The tiny checkpoint on the CTranslate2 backend in float32 (skipped without ctranslate2)."""
    pytest.importorskip("ctranslate2", reason="ctranslate2 is not installed (pip install ctranslate2)")
    from tomtat.summarize.vit5 import ViT5Engine

    return ViT5Engine.load(str(tiny_t5_dir), backend="ct2", quantize="none", max_new_tokens=24)


#: Our own article, modelled on a provincial report of party-member admissions.
PARTY_ARTICLE_TITLE = "Tuyên Quang kết nạp 173 đảng viên mới, vượt chỉ tiêu năm 2022"
PARTY_ARTICLE_BODY = """\
Ngày 14/12/2022, Ban Tổ chức Tỉnh ủy Tuyên Quang tổ chức hội nghị tổng kết công tác phát triển đảng viên năm 2022.
Năm 2022, Đảng bộ tỉnh được giao chỉ tiêu kết nạp 170 đảng viên.
Đến hết tháng 11, toàn Đảng bộ đã kết nạp được 173 đảng viên mới, đạt 102% chỉ tiêu.
Trong số đảng viên mới, có 146 người là đoàn viên thanh niên và 27 người là người dân tộc thiểu số.
Huyện Yên Sơn dẫn đầu với 43 đảng viên mới, trong đó có 36 đảng viên chính thức và 7 đảng viên dự bị.
Các chi bộ thôn, bản đã đổi mới phương thức sinh hoạt, chú trọng tạo nguồn từ quần chúng ưu tú.
Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tiếp tục rà soát, bồi dưỡng quần chúng để năm 2023 kết nạp ít nhất 180 đảng viên.
"""


@pytest.fixture
def party_article():
    from tomtat.reading import Article

    return Article(body=PARTY_ARTICLE_BODY, title=PARTY_ARTICLE_TITLE, source="party.txt")


@pytest.fixture
def party_article_file(tmp_path) -> Path:
    path = tmp_path / "party.txt"
    path.write_text(PARTY_ARTICLE_TITLE + "\n" + PARTY_ARTICLE_BODY, encoding="utf-8")
    return path


# An eval data set of our own articles and a predictions file for it (tests/eval_fixtures.py);
# a test module may define its own `dataset` to replace this one.
@pytest.fixture
def dataset(tmp_path):
    from eval_fixtures import write_set

    return write_set(tmp_path / "set.jsonl")


@pytest.fixture
def predictions(tmp_path):
    from eval_fixtures import write_predictions

    return write_predictions(tmp_path / "pred.jsonl")


@pytest.fixture
def isolated_llm_env(monkeypatch, tmp_path):
    """For the LLM engine's tests: no real server, key or response cache from the environment,
    and a fast back-off between retries."""
    for var in ("TOMTAT_LLM_BASE_URL", "OPENAI_BASE_URL", "TOMTAT_LLM_API_KEY", "OPENAI_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("TOMTAT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr("tomtat.summarize.chat.DEFAULT_BACKOFF_S", 0.001)
