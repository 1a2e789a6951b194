"""`tomtat eval --engine llm` against a real local chat server: concurrency, failures, cache, resume, tokens."""
from __future__ import annotations

import json
import threading

import pytest

from chat_server import (LUA_BODY, LUA_SUMMARY, LUA_SUMMARY_WRONG_HOLDER, LUA_TITLE, Answer, ChatServer,
                         article_of, completion_body, is_repair)
from tomtat.cli import main

SECRET = "sk-test-Zq8vXw3-do-not-leak"
#: One article per behaviour; the server tells them apart by the marker in the title.
MARKERS = ("clean", "repair", "flaky", "broken")


#: No real server, key or cache from the environment; a fast back-off (conftest.py).
pytestmark = pytest.mark.usefixtures("isolated_llm_env")

@pytest.fixture
def dataset(tmp_path):
    path = tmp_path / "set.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for marker in MARKERS:
            fh.write(json.dumps({"id": marker, "title": f"{LUA_TITLE} ({marker})", "article": LUA_BODY,
                                 "summary": LUA_SUMMARY}, ensure_ascii=False) + "\n")
    return path


class Newsroom:
    """The server's behaviour per article: clean, wrong holder then repaired, 500 once, always malformed."""

    def __init__(self, broken_forever: bool = True) -> None:
        self.broken_forever = broken_forever
        self.failed_once: set[str] = set()
        self.billed: list[dict] = []      # the usage the server reported, per successful answer
        self.lock = threading.Lock()

    def __call__(self, body, _call_no):
        marker = next(m for m in MARKERS if f"({m})" in article_of(body))
        if marker == "broken" and self.broken_forever:
            return Answer(raw=b'{"choices": [{"message": {"content": null}}]}')
        if marker == "flaky":
            with self.lock:
                first = marker not in self.failed_once
                self.failed_once.add(marker)
            if first:
                return Answer(status=500, error={"message": "overloaded"})
        text = LUA_SUMMARY if (marker != "repair" or is_repair(body)) else LUA_SUMMARY_WRONG_HOLDER
        with self.lock:
            self.billed.append(completion_body(body, text)["usage"])
        return Answer(text=text)


def evaluate(capsys, url, dataset, out, *extra):
    code = main(["eval", str(dataset), "--engine", "llm", "--model", "test-model", "--base-url", url,
                 "--out", str(out), "--no-progress", "--concurrency", "4", *extra])
    stdout, stderr = capsys.readouterr()
    return code, stdout, stderr


def records(out):
    return {r["id"]: r for r in map(json.loads, (out / "articles.jsonl").read_text(encoding="utf-8").splitlines())}


def test_a_batch_survives_failures_and_sums_tokens(capsys, dataset, tmp_path):
    newsroom = Newsroom()
    with ChatServer(newsroom) as server:
        code, stdout, stderr = evaluate(capsys, server.url, dataset, tmp_path / "run")
        sent = server.requests
    assert code == 0, stderr
    by_id = records(tmp_path / "run")
    assert {k: r["status"] for k, r in by_id.items()} == {
        "clean": "ok", "repair": "ok", "flaky": "ok", "broken": "failed"}
    assert "malformed response" in by_id["broken"]["reason"] and "content is NoneType" in by_id["broken"]["reason"]
    assert "failed broken: malformed response" in stderr
    assert by_id["repair"]["prediction"] == LUA_SUMMARY
    assert any(n.startswith("llm repair round 1") for n in by_id["repair"]["notes"])
    assert sent == 6   # clean 1, repair 2, flaky 500 + 1, broken 1 (a malformed answer is not retried)
    metrics = json.loads((tmp_path / "run" / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["scored"] == 3 and metrics["failed"] == 1
    assert metrics["failed_records"][0]["id"] == "broken"
    assert metrics["faithfulness"]["flagged"] == 0
    billed = {k: sum(u[k] for u in newsroom.billed) for k in ("prompt_tokens", "completion_tokens", "total_tokens")}
    assert metrics["usage"] == {**billed, "turns": 4}   # answered turns; the malformed one is not counted
    # the same words as `tomtat summarize` (tomtat.token_usage.token_line), on screen and in report.md
    tokens = f"tokens: {billed['prompt_tokens']} prompt, {billed['completion_tokens']} completion; 4 turn(s)"
    assert "1 failed" in stdout and tokens in " ".join(stdout.split())
    assert f"- {tokens}\n" in (tmp_path / "run" / "report.md").read_text(encoding="utf-8")
    config = json.loads((tmp_path / "run" / "config.json").read_text(encoding="utf-8"))
    assert config["llm"]["concurrency"] == 4 and config["engine"] == "llm"


def test_rerun_and_resume_cost_no_request_but_retry_the_failed(capsys, dataset, tmp_path):
    with ChatServer(Newsroom()) as server:
        evaluate(capsys, server.url, dataset, tmp_path / "run")
        first = server.requests
        evaluate(capsys, server.url, dataset, tmp_path / "again")        # a fresh run folder, the same cache
        assert server.requests == first + 1                               # only the failed article is asked again
    first_metrics = json.loads((tmp_path / "run" / "metrics.json").read_text(encoding="utf-8"))
    again_metrics = json.loads((tmp_path / "again" / "metrics.json").read_text(encoding="utf-8"))
    for key in ("faithfulness", "usage", "scored", "failed"):
        assert first_metrics[key] == again_metrics[key]
    timing = json.loads((tmp_path / "again" / "timing.json").read_text(encoding="utf-8"))
    assert timing["cached_turns"] == 4

    with ChatServer(Newsroom(broken_forever=False)) as fixed:   # the server is mended; resume the first run
        code, stdout, _ = evaluate(capsys, fixed.url, dataset, tmp_path / "run", "--resume")
        assert fixed.requests == 1                                        # done articles are skipped
    assert code == 0
    metrics = json.loads((tmp_path / "run" / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["scored"] == 4 and "failed" not in metrics
    assert records(tmp_path / "run")["broken"]["status"] == "ok"


def test_a_setup_error_stops_the_run_in_one_line(capsys, dataset, tmp_path):
    with ChatServer(lambda b, n: Answer(status=403, error={"message": "forbidden"})) as server:
        code, stdout, stderr = evaluate(capsys, server.url, dataset, tmp_path / "run")
    lines = stderr.strip().splitlines()
    assert code == 2 and len(lines) == 1 and "refused" not in lines[0]
    assert lines[0].startswith("tomtat: error: the LLM server at") and "needs an API key (HTTP 403)" in lines[0]


def test_a_run_where_every_article_failed_says_so_and_exits_2(capsys, dataset, tmp_path):
    with ChatServer(lambda b, n: Answer(status=500, error={"message": "down"})) as server:
        code, stdout, stderr = evaluate(capsys, server.url, dataset, tmp_path / "run", "--retries", "0")
    last = stderr.strip().splitlines()[-1]
    assert code == 2 and stdout == ""
    assert last.startswith("tomtat: error: nothing scored: 4 record(s) read, 4 failed in the engine (the first, ")
    assert "HTTP 500: down" in last and "--resume tries them again" in last
    assert {r["status"] for r in records(tmp_path / "run").values()} == {"failed"}   # the files are written


def test_no_base_url_is_one_line(capsys, dataset, tmp_path):
    code = main(["eval", str(dataset), "--engine", "llm", "--model", "m", "--no-progress"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and err[0].startswith("tomtat: error: --base-url: the llm engine needs")


def test_the_key_reaches_the_server_and_no_file(capsys, dataset, tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    with ChatServer(Newsroom()) as server:
        code, stdout, stderr = evaluate(capsys, server.url, dataset, tmp_path / "run")
        assert {c.authorization for c in server.calls} == {f"Bearer {SECRET}"}
    assert code == 0
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p.name != "set.jsonl"]
    assert {p.name for p in written} >= {"articles.jsonl", "metrics.json", "config.json", "report.md", "timing.json"}
    assert len([p for p in written if p.parent.parent.name == "llm"]) == 4    # one cache file per answer
    for text in [stdout, stderr]:
        assert SECRET not in text
    for content in (p.read_bytes() for p in written):   # the report's figures (PNG) too
        assert SECRET.encode("utf-8") not in content
