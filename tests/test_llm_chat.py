"""The chat client's retry rules and the chat prompt format, below the CLI."""
from __future__ import annotations

import random

import pytest

from chat_server import LUA_SUMMARY, Answer, ChatServer
from tomtat.errors import InputError
from tomtat.prompts import load_chat_prompt, parse_chat_template
from tomtat.summarize.chat import ChatClient, RetriesExhausted, RetryPolicy, clean_answer, normalise_base_url

MESSAGES = [{"role": "user", "content": "Tóm tắt: Bài báo."}]


def scripted(*answers):
    return ChatServer(lambda _body, n: answers[min(n, len(answers)) - 1])


def client(url, waits, **kw):
    return ChatClient(url, "m", sleep=waits.append, seed=1, **kw)


def test_retry_after_is_honoured_in_seconds_and_as_a_date():
    waits: list[float] = []
    with scripted(Answer(status=429, headers={"Retry-After": "7"}),
                  Answer(status=503, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}),
                  Answer(text=LUA_SUMMARY)) as server:
        reply = client(server.url, waits).complete(MESSAGES)
    assert reply.text == LUA_SUMMARY and waits == [7.0, 0.0]   # a date in the past: no wait


def test_retry_after_is_capped():
    waits: list[float] = []
    policy = RetryPolicy(retries=1, max_retry_after_s=5)
    with scripted(Answer(status=429, headers={"Retry-After": "3600"}), Answer(text="Một câu.")) as server:
        client(server.url, waits, retry=policy).complete(MESSAGES)
    assert waits == [5]


def test_backoff_doubles_with_full_jitter_then_gives_up():
    waits: list[float] = []
    policy = RetryPolicy(retries=4, backoff_s=0.5, max_backoff_s=2.0)
    with scripted(Answer(status=502)) as server:
        with pytest.raises(RetriesExhausted, match=r"failed 5 time\(s\): HTTP 502"):
            client(server.url, waits, retry=policy).complete(MESSAGES)
        assert server.requests == 5
    caps = [0.5, 1.0, 2.0, 2.0]
    assert len(waits) == 4 and all(0 <= w <= cap for w, cap in zip(waits, caps))
    rng = random.Random(3)
    assert len({policy.wait(3, None, rng) for _ in range(20)}) > 1     # jittered, not in step


def test_answers_are_cleaned():
    assert clean_answer("<think>tính toán…</think>\n- Câu một.\n- Câu hai.") == "Câu một. Câu hai."
    assert clean_answer("1. Câu một.\n2) Câu hai.") == "Câu một. Câu hai."


def test_base_urls():
    assert normalise_base_url("http://localhost:8000") == "http://localhost:8000/v1"
    assert normalise_base_url("http://h:1/v1/") == "http://h:1/v1"
    assert repr(ChatClient("http://u:pw@h:1/v1", "m", api_key="sk-x")) == "ChatClient('http://h:1/v1', model='m')"


def test_shipped_chat_prompts_by_model():
    default = load_chat_prompt("qwen2.5-7b-instruct")
    assert default.source == "llm-vi-news.txt" and default.system
    gemma = load_chat_prompt("google/gemma-3-12b-it")
    assert gemma.system == "" and [m["role"] for m in gemma.first_turn("Bài.", 2)] == ["user"]
    assert "trong 2 câu" in gemma.first_turn("Bài.", 2)[0]["content"]


def test_placeholders_are_filled_once_so_the_article_is_never_read_as_a_template():
    prompt = load_chat_prompt("m")
    user = prompt.first_turn("Bài có {sentences} và {article} trong ngoặc.", 3)[-1]["content"]
    assert "Bài có {sentences} và {article} trong ngoặc." in user and "trong 3 câu" in user


def test_a_prompt_file_without_repair_takes_the_shipped_one(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("# mine\n[user]\n{article}\n", encoding="utf-8")
    prompt = load_chat_prompt("m", path)
    assert prompt.system == "" and prompt.user == "{article}" and "{flagged}" in prompt.repair


@pytest.mark.parametrize("text, message", [
    ("[system]\nx\n", "needs a [user] section"),
    ("[user]\n{article} {article}\n", "exactly once"),
    ("lời chào\n[user]\n{article}\n", "text before the first section"),
    ("[user]\n{article}\n[user]\n{article}\n", "appears twice"),
    ("[user]\n{article}\n[repair]\n{flagged}\n", "[repair] section must contain {evidence}"),
])
def test_malformed_chat_prompts(text, message):
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("]", r"\]")
                       .replace("{", r"\{").replace("}", r"\}")):
        parse_chat_template(text, "p.txt", fallback_repair="{flagged} {evidence}")
