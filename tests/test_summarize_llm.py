"""`--engine llm` against a real local chat server (tests/chat_server.py): what the user sees, what lands on disk.

Every server here is an http.server on 127.0.0.1 in this process, answering with
text written for the tests; nothing leaves the machine.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chat_server import (LUA_BODY, LUA_SUMMARY, LUA_SUMMARY_WRONG_HOLDER, LUA_SUMMARY_WRONG_VALUE, LUA_TITLE,
                         Answer, ChatServer, article_of, is_repair)
from tomtat.cli import main

SECRET = "sk-test-Zq8vXw3-do-not-leak"


#: No real server, key or cache from the environment; a fast back-off (conftest.py).
pytestmark = pytest.mark.usefixtures("isolated_llm_env")

@pytest.fixture
def article_file(tmp_path) -> Path:
    path = tmp_path / "lua.txt"
    path.write_text(LUA_TITLE + "\n" + LUA_BODY, encoding="utf-8")
    return path


def serve(*answers: Answer | str):
    """A server answering call 1 with answers[0], call 2 with answers[1], ..., then the last again."""
    def respond(_body, call_no):
        answer = answers[min(call_no, len(answers)) - 1]
        return Answer(text=answer) if isinstance(answer, str) else answer
    return ChatServer(respond)


def summarize(capsys, server_url, article, *extra, json_out=True):
    argv = ["summarize", str(article), "--engine", "llm", "--model", "test-model", *extra]
    if server_url:
        argv += ["--base-url", server_url]
    if json_out:
        argv.append("--json")
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tomtat: error: "), err
    assert "Traceback" not in err
    return lines[0]


# -- a clean answer ------------------------------------------------------------------------------
def test_correct_summary_is_checked_and_kept(capsys, article_file):
    with serve(LUA_SUMMARY) as server:
        code, out, err = summarize(capsys, server.url, article_file)
        [call] = server.calls
    data = json.loads(out)
    assert code == 0 and data["ok"] is True
    assert data["summary"] == LUA_SUMMARY and data["engine"] == "llm" and data["model"] == "test-model"
    assert all(f["verdict"] == "supported" for f in data["figures"]) and len(data["figures"]) == 6
    # what was asked: the model, temperature 0, a token limit, a system turn and the article in 3 sentences
    assert call.body["model"] == "test-model" and call.body["temperature"] == 0
    assert call.body["max_tokens"] == 512
    system, user = call.body["messages"]
    assert system["role"] == "system" and "không thêm kiến thức bên ngoài" in system["content"]
    assert "trong 3 câu" in user["content"] and LUA_BODY.strip() in user["content"]
    assert call.authorization is None                 # no key in the environment: none sent
    assert data["usage"]["turns"] == 1 and data["usage"]["prompt_tokens"] > 0
    assert not [n for n in data["notes"] if "repair" in n]


def test_human_output_shows_the_summary_the_table_and_tokens(capsys, article_file):
    with serve(LUA_SUMMARY) as server:
        code, out, _ = summarize(capsys, server.url, article_file, json_out=False)
    assert code == 0
    assert "Huyện Thanh Mai thu hoạch 4.150 ha lúa" in " ".join(out.split())
    assert "engine: llm (test-model)" in out and "1 turn(s), 0 from the cache" in out


# -- the checker in the loop, then repair ----------------------------------------------------------
def test_wrong_holder_is_flagged_and_the_repair_turn_corrects_it(capsys, article_file):
    def respond(body, _):
        return Answer(text=LUA_SUMMARY if is_repair(body) else LUA_SUMMARY_WRONG_HOLDER)

    with ChatServer(respond) as server:
        code, out, _ = summarize(capsys, server.url, article_file)
        first, second = server.calls
    data = json.loads(out)
    assert code == 0 and data["summary"] == LUA_SUMMARY and data["candidates"] == 2 and data["chosen"] == 1
    # the repair turn continues the conversation, names the figure, the verdict and why, quotes the article
    roles = [m["role"] for m in second.body["messages"]]
    assert roles == ["system", "user", "assistant", "user"]
    assert second.body["messages"][2]["content"] == LUA_SUMMARY_WRONG_HOLDER
    repair_turn = second.body["messages"][3]["content"]
    assert "«4.150»" in repair_turn and "Bình Khê" in repair_turn
    assert "thuộc về người, đơn vị, địa phương hoặc đối tượng khác" in repair_turn   # context_mismatch in Vietnamese
    assert "the article gives 4.150 to Thanh Mai, not to Bình Khê" in repair_turn    # the checker's why
    assert "> Huyện Thanh Mai thu hoạch 4.150 ha lúa, cao nhất tỉnh." in repair_turn  # the evidence, quoted
    [note] = [n for n in data["notes"] if n.startswith("llm repair round 1")]
    assert "4.150 (context_mismatch" in note and "quoting 1 article sentence(s)" in note
    assert '"Bình Khê" -> "Thanh Mai"' in note and "the new summary has 0 flagged figure(s)" in note
    assert data["usage"]["turns"] == 2


def test_each_answer_is_checked_once(capsys, article_file, monkeypatch):
    # The engine checks every answer to decide on a repair turn; the pipeline chooses among
    # the answers with those same reports instead of checking them again.
    import tomtat.checks

    checked: list[str] = []

    def counting_check(article, summary):
        checked.append(summary)
        return tomtat.checks.check_summary(article, summary)

    monkeypatch.setattr("tomtat.summarize.llm.check_summary", counting_check)
    monkeypatch.setattr("tomtat.summarize.select.check_summary", counting_check)
    with serve(LUA_SUMMARY_WRONG_HOLDER, LUA_SUMMARY) as server:
        code, out, _ = summarize(capsys, server.url, article_file)
        assert server.requests == 2
    assert code == 0 and json.loads(out)["summary"] == LUA_SUMMARY
    assert sorted(checked) == sorted([LUA_SUMMARY_WRONG_HOLDER, LUA_SUMMARY])


def test_a_wrong_value_is_repaired_too(capsys, article_file):
    with serve(LUA_SUMMARY_WRONG_VALUE, LUA_SUMMARY) as server:
        code, out, _ = summarize(capsys, server.url, article_file)
        repair_turn = server.calls[1].body["messages"][-1]["content"]
    assert code == 0 and json.loads(out)["summary"] == LUA_SUMMARY
    assert "«75.240»" in repair_turn and "sai giá trị" in repair_turn
    assert "> Năng suất bình quân toàn tỉnh đạt 58,5 tạ/ha, sản lượng ước đạt 72.540 tấn." in repair_turn


def test_repair_rounds_are_bounded_and_the_best_answer_kept(capsys, article_file):
    # The model never fixes the figure: two repair turns, then the checker's own fallback.
    with serve(LUA_SUMMARY_WRONG_VALUE) as server:
        code, out, _ = summarize(capsys, server.url, article_file, "--repair-rounds", "2")
        assert server.requests == 3
    data = json.loads(out)
    assert data["candidates"] == 3 and data["chosen"] == 0     # a tie on flags: the earlier answer
    notes = [n for n in data["notes"] if n.startswith("llm repair round")]
    assert len(notes) == 2 and all("the model returned the same summary" in n for n in notes)
    # every answer carried the flag, so the flagged sentence is dropped (as for ViT5's beams)
    assert "75.240" not in data["summary"] and data["dropped"] and code == 0


def test_no_repair_rounds_shows_the_flag(capsys, article_file):
    with serve(LUA_SUMMARY_WRONG_HOLDER) as server:
        code, out, _ = summarize(capsys, server.url, article_file, "--repair-rounds", "0", "--max-sentences", "2")
        assert server.requests == 1
    data = json.loads(out)
    assert data["candidates"] == 1
    assert "Bình Khê" not in data["summary"] and data["dropped"]   # dropped, not repaired
    assert "trong 2 câu" in server.calls[0].body["messages"][1]["content"]
    assert code == 0


# -- the network --------------------------------------------------------------------------------
def test_slow_answer_times_out_then_the_retry_succeeds(capsys, article_file):
    with serve(Answer(text=LUA_SUMMARY, delay_s=1.0), LUA_SUMMARY) as server:
        code, out, err = summarize(capsys, server.url, article_file, "--timeout", "0.2")
        assert server.requests == 2
    assert code == 0 and json.loads(out)["summary"] == LUA_SUMMARY


def test_429_and_500_are_retried(capsys, article_file):
    with serve(Answer(status=429, headers={"Retry-After": "0"}, error={"message": "slow down"}),
               Answer(status=500, error={"message": "boom"}), LUA_SUMMARY) as server:
        code, out, _ = summarize(capsys, server.url, article_file)
        assert server.requests == 3
    assert code == 0 and json.loads(out)["summary"] == LUA_SUMMARY


def test_a_dropped_connection_is_retried(capsys, article_file):
    with serve(Answer(drop=True), LUA_SUMMARY) as server:
        code, out, _ = summarize(capsys, server.url, article_file)
        assert server.requests == 2
    assert code == 0 and json.loads(out)["summary"] == LUA_SUMMARY


@pytest.mark.parametrize("answer, message", [
    (Answer(status=500, error={"message": "boom"}), "failed 3 time(s): HTTP 500: boom"),
    (Answer(drop=True), "failed 3 time(s): the server dropped the connection"),
    (Answer(raw=b'{"choices": [{"message": '), "malformed response from http://127.0.0.1:"),
    (Answer(raw=b'{"choices": []}'), "expected JSON with choices[0].message.content"),
    (Answer(status=404, error={"message": "The model `test-model` does not exist.", "code": "model_not_found"}),
     "does not know the model 'test-model' (HTTP 404)"),
    (Answer(status=401, error={"message": "Incorrect API key provided"}), "needs an API key (HTTP 401); set TOMTAT_LLM_API_KEY"),
    (Answer(status=400, error={"message": "max_tokens is too large"}), "rejected the request (HTTP 400): max_tokens is too large"),
])
def test_failures_are_one_line_exit_2(capsys, article_file, answer, message):
    with serve(answer) as server:
        code, out, err = summarize(capsys, server.url, article_file, "--retries", "2")
    assert code == 2 and out == ""
    assert message in one_error_line(err)


def test_malformed_answers_are_not_retried_and_not_cached(capsys, article_file, tmp_path):
    with serve(Answer(raw=b"not json at all"), LUA_SUMMARY) as server:
        assert summarize(capsys, server.url, article_file)[0] == 2
        assert server.requests == 1
        assert summarize(capsys, server.url, article_file)[0] == 0   # asked again, not served from the cache
        assert server.requests == 2


def test_unreachable_server_is_one_line_without_back_off(capsys, article_file):
    server = serve(LUA_SUMMARY)
    url = server.url
    server.stop()   # the port is closed: nothing listens there
    code, _, err = summarize(capsys, url, article_file)
    assert code == 2
    line = one_error_line(err)
    assert "cannot reach the LLM server at http://127.0.0.1:" in line and line.endswith("(see --base-url)")


def test_unknown_endpoint_says_base_url_usually_ends_in_v1(capsys, article_file):
    with serve(LUA_SUMMARY) as server:
        code, _, err = summarize(capsys, server.url.removesuffix("/v1") + "/api", article_file)
    assert code == 2 and "the base URL usually ends in /v1 (see --base-url)" in one_error_line(err)


def test_context_length_exceeded_splits_the_article(capsys, article_file):
    limit_chars = 1100   # the whole article does not fit with the prompt; a third of it does

    def respond(body, _):
        size = sum(len(m["content"]) for m in body["messages"])
        if size > limit_chars:
            return Answer(status=400, error={
                "message": f"This model's maximum context length is {limit_chars // 4} tokens. However, "
                           f"your messages resulted in {size // 4} tokens.",
                "type": "invalid_request_error", "code": "context_length_exceeded"})
        from tomtat.checks.segment import split_sentences
        first = split_sentences(article_of(body))[0].text    # each part's first sentence, as written
        return Answer(text=first)

    with ChatServer(respond) as server:
        code, out, err = summarize(capsys, server.url, article_file, "--repair-rounds", "0")
        sizes = [sum(len(m["content"]) for m in c.body["messages"]) for c in server.calls]
    data = json.loads(out)
    assert code == 0, err
    assert sizes[0] > limit_chars and all(s <= limit_chars for s in sizes[1:]) and len(sizes) >= 4
    [note] = [n for n in data["notes"] if n.startswith("long input")]
    # the long-input note of every engine (long_input.long_input_note), in characters here
    assert re.fullmatch(r"long input: the article is [\d,]+ characters, over test-model's context window "
                        r"\(275 tokens\); it was split on sentence boundaries into \d+( then \d+)* part\(s\) "
                        r"of at most [\d,]+ characters, each summarised, and the parts' summaries summarised again",
                        note), note
    assert data["summary"] and data["ok"]


def test_context_length_that_no_split_fixes_is_one_line(capsys, article_file):
    with serve(Answer(status=400, error={"message": "the request exceeds the available context size",
                                         "type": "exceed_context_size_error"})) as server:
        code, _, err = summarize(capsys, server.url, article_file)
    assert code == 2 and "context window even in parts" in one_error_line(err)


# -- configuration, the key, the cache -------------------------------------------------------------
def test_no_base_url_is_one_line_exit_2(capsys, article_file):
    code, _, err = summarize(capsys, None, article_file)
    line = one_error_line(err)
    assert code == 2 and line.startswith("tomtat: error: --base-url: the llm engine needs an OpenAI-compatible")
    assert "TOMTAT_LLM_BASE_URL" in line


def test_base_url_from_the_environment(capsys, article_file, monkeypatch):
    with serve(LUA_SUMMARY) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        assert summarize(capsys, None, article_file)[0] == 0
        monkeypatch.setenv("TOMTAT_LLM_BASE_URL", server.url.removesuffix("/v1"))   # a bare host gets /v1
        assert summarize(capsys, None, article_file)[0] == 0


def test_llm_options_are_refused_for_other_engines(capsys, article_file):
    code = main(["summarize", str(article_file), "--engine", "extractive", "--repair-rounds", "2"])
    assert code == 2 and "--repair-rounds: only for --engine llm" in one_error_line(capsys.readouterr().err)


@pytest.mark.parametrize("command", ["summarize", "eval"])
def test_help_shows_the_library_defaults(capsys, monkeypatch, command):
    from dataclasses import dataclass

    from tomtat.summarize.llm import LLMSettings

    @dataclass
    class OtherDefaults(LLMSettings):
        max_tokens: int = 321

    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setattr("tomtat.summarize.llm.LLMSettings", OtherDefaults)   # the help follows the library
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    assert "longest answer in tokens (default 321)" in out
    assert f"seconds to wait for one answer (default {LLMSettings.timeout_s:g})" in out
    assert ("requests in flight at once" in out) == (command == "eval")


def test_auto_never_picks_llm(capsys, article_file, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with serve(LUA_SUMMARY) as server:
        monkeypatch.setenv("TOMTAT_LLM_BASE_URL", server.url)
        code = main(["summarize", str(article_file), "--model", "nobody/no-such-model", "--json"])
        assert server.requests == 0
    assert json.loads(capsys.readouterr().out)["engine"] == "extractive" and code == 0


def test_the_api_key_is_sent_and_written_nowhere(capsys, article_file, tmp_path, monkeypatch):
    monkeypatch.setenv("TOMTAT_LLM_API_KEY", SECRET)
    with serve(LUA_SUMMARY_WRONG_HOLDER, LUA_SUMMARY) as server:
        code, out, err = summarize(capsys, server.url, article_file)
        code2, out2, err2 = summarize(capsys, server.url, article_file, json_out=False)
        assert {c.authorization for c in server.calls} == {f"Bearer {SECRET}"}
    assert code == code2 == 0
    cache_files = [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    assert cache_files
    for text in [out, err, out2, err2, *(p.read_text(encoding="utf-8") for p in cache_files)]:
        assert SECRET not in text and "Bearer" not in text


def test_a_refused_key_is_not_echoed(capsys, article_file, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    with serve(Answer(status=401, error={"message": f"Incorrect API key provided: {SECRET}"})) as server:
        code, out, err = summarize(capsys, server.url, article_file)
    line = one_error_line(err)
    assert code == 2 and "refused the API key (HTTP 401)" in line and SECRET not in err + out


def test_the_cache_answers_a_rerun_without_a_request(capsys, article_file, tmp_path):
    cache = tmp_path / "my-cache"
    with serve(LUA_SUMMARY_WRONG_HOLDER, LUA_SUMMARY) as server:
        first = summarize(capsys, server.url, article_file, "--cache-dir", str(cache))
        assert server.requests == 2
        second = summarize(capsys, server.url, article_file, "--cache-dir", str(cache))
        assert server.requests == 2                                     # both turns from the cache
        third = summarize(capsys, server.url, article_file, "--cache-dir", str(cache), "--no-cache")
        assert server.requests == 3      # sent again; this time the first answer is clean
    a, b = json.loads(first[1]), json.loads(second[1])
    assert a["summary"] == b["summary"] == LUA_SUMMARY and b["usage"]["cached_turns"] == 2
    assert a["usage"]["prompt_tokens"] == b["usage"]["prompt_tokens"]   # cached answers keep their counts
    files = sorted(p for p in cache.rglob("*") if p.is_file())
    assert len(files) == 2 and not [p for p in files if p.name.startswith(".tmp")]
    entry = json.loads(files[0].read_text(encoding="utf-8"))
    assert entry["model"] == "test-model" and entry["server"].startswith("http://127.0.0.1:")
    assert entry["key"] == files[0].stem and "messages" not in entry
    assert third[0] == 0


def test_the_cache_key_depends_on_server_model_and_prompt(capsys, article_file, tmp_path):
    prompt = tmp_path / "p.txt"
    prompt.write_text("[system]\nBạn là trợ lý.\n[user]\nTóm tắt trong {sentences} câu:\nBài báo:\n{article}\n",
                      encoding="utf-8")
    with serve(LUA_SUMMARY) as server:
        summarize(capsys, server.url, article_file)
        summarize(capsys, server.url, article_file, "--prompt", str(prompt))
        main(["summarize", str(article_file), "--engine", "llm", "--model", "other-model",
              "--base-url", server.url, "--json"])
        assert server.requests == 3
        assert server.calls[1].body["messages"][0]["content"] == "Bạn là trợ lý."


def test_a_bad_prompt_file_is_one_line(capsys, article_file, tmp_path):
    prompt = tmp_path / "p.txt"
    prompt.write_text("[system]\nBạn là trợ lý.\n[user]\nTóm tắt bài báo.\n", encoding="utf-8")
    with serve(LUA_SUMMARY) as server:
        code, _, err = summarize(capsys, server.url, article_file, "--prompt", str(prompt))
        assert server.requests == 0
    assert code == 2 and "[user] section must contain {article} exactly once" in one_error_line(err)
