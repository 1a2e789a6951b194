"""A real OpenAI-compatible chat server for tests and benchmarks: loopback only, answers scripted.

`ChatServer(respond)` listens on 127.0.0.1 on a free port, in a thread, and
answers POST /v1/chat/completions with whatever `respond(request_body, call_no)`
returns: an `Answer` that is a summary text, an HTTP error, a malformed body, a
slow answer or a dropped connection. It is not a model: every answer is text
written for the tests. It records each request (body and Authorization header)
so that tests can count requests and see what was sent.

Run alone (for the README demo and benchmarks/bench_llm.py), it prints its URL:

    python tests/chat_server.py --responder demo|lead [--latency-ms 50]

`demo` answers the fixture article tests/fixtures/lua-he-thu.txt with a summary
that gives a figure to the wrong district, and the repair turn with the corrected
summary; `lead` answers with the article's first two sentences (for throughput).
"""
from __future__ import annotations

import json
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

# -- fixture text, written for these tests ---------------------------------------------------
LUA_TITLE = "Lúa hè thu ở Đông Hà được mùa"
LUA_BODY = (
    "Ngày 5/9/2024, Sở Nông nghiệp tỉnh Đông Hà cho biết vụ hè thu năm nay toàn tỉnh gieo cấy 12.400 ha lúa, "
    "tăng 300 ha so với năm trước.\n"
    "Huyện Thanh Mai thu hoạch 4.150 ha lúa, cao nhất tỉnh.\n"
    "Năng suất bình quân toàn tỉnh đạt 58,5 tạ/ha, sản lượng ước đạt 72.540 tấn.\n"
    "Giá lúa tươi tại ruộng dao động từ 7.200 đến 7.600 đồng/kg, cao hơn cùng kỳ khoảng 10%.\n"
    "Tại huyện Bình Khê, nông dân thu hoạch 2.870 ha lúa và chuyển 150 ha sang trồng ngô.\n"
    "Ông Lê Văn Tâm, Giám đốc Sở, cho biết tỉnh sẽ hỗ trợ nông dân 2.000 tấn giống cho vụ đông xuân tới.\n"
)
#: Every figure as the article gives it, to its own holder.
LUA_SUMMARY = ("Vụ hè thu năm 2024, tỉnh Đông Hà gieo cấy 12.400 ha lúa, sản lượng ước đạt 72.540 tấn. "
               "Huyện Thanh Mai thu hoạch 4.150 ha lúa, cao nhất tỉnh. "
               "Giá lúa tươi từ 7.200 đến 7.600 đồng/kg, cao hơn cùng kỳ khoảng 10%.")
#: 4.150 ha given to Bình Khê, which the article credits to Thanh Mai.
LUA_SUMMARY_WRONG_HOLDER = LUA_SUMMARY.replace("Huyện Thanh Mai", "Huyện Bình Khê")
#: 72.540 tấn written as 75.240.
LUA_SUMMARY_WRONG_VALUE = LUA_SUMMARY.replace("72.540", "75.240")


@dataclass
class Answer:
    """What the server does with one request."""

    text: str | None = None          # a normal completion with this content
    status: int = 200
    error: dict | None = None        # JSON body {"error": ...} for a non-200 status
    headers: dict = field(default_factory=dict)
    raw: bytes | None = None         # a 200 with this body as it is (malformed JSON)
    delay_s: float = 0.0             # wait before answering (a slow server)
    drop: bool = False               # close the connection without a response
    usage: dict | None = None        # override the token counts


def token_usage(messages: list[dict], text: str) -> dict:
    """Made-up but deterministic token counts: a token per 4 characters."""
    prompt = sum(len(m.get("content") or "") for m in messages) // 4
    completion = max(1, len(text) // 4)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def completion_body(body: dict, text: str, usage: dict | None = None) -> dict:
    return {"id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": body.get("model"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": "stop"}],
            "usage": usage or token_usage(body.get("messages", []), text)}


@dataclass
class Call:
    body: dict
    authorization: str | None


class ChatServer:
    """A threaded HTTP server on 127.0.0.1 answering /v1/chat/completions via `respond`."""

    def __init__(self, respond: Callable[[dict, int], Answer], *, latency_s: float = 0.0) -> None:
        self.respond = respond
        self.latency_s = latency_s
        self.calls: list[Call] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:   # quiet
                pass

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in two writes; without TCP_NODELAY, Nagle's algorithm
                # holds the body until the client's delayed ACK (about 40 ms per request).
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                raw = self.rfile.read(length)
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._send(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
                    return
                body = json.loads(raw)
                with server._lock:
                    server.calls.append(Call(body, self.headers.get("Authorization")))
                    call_no = len(server.calls)
                answer = server.respond(body, call_no)
                if server.latency_s:
                    time.sleep(server.latency_s)
                if answer.delay_s:
                    time.sleep(answer.delay_s)
                if answer.drop:
                    self.close_connection = True
                    try:
                        self.connection.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                    return
                if answer.raw is not None:
                    self._send(200, answer.raw, answer.headers)
                elif answer.status != 200:
                    self._send(answer.status, {"error": answer.error or {"message": "error"}}, answer.headers)
                else:
                    self._send(200, completion_body(body, answer.text or "", answer.usage), answer.headers)

            def _send(self, status: int, payload, headers: dict | None = None) -> None:
                data = payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for key, value in (headers or {}).items():
                        self.send_header(key, str(value))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):   # the client gave up (a timeout test)
                    pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    @property
    def requests(self) -> int:
        return len(self.calls)

    def start(self) -> "ChatServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread.is_alive():   # shutdown() waits for serve_forever, which must be running
            self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> "ChatServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# -- responders ---------------------------------------------------------------------------------
def article_of(body: dict) -> str:
    """The article in the first user turn (after the shipped prompt's "Bài báo:" line)."""
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    return user.split("Bài báo:\n", 1)[-1]


def is_repair(body: dict) -> bool:
    """A repair turn continues a conversation: an assistant answer is already in it."""
    return any(m["role"] == "assistant" for m in body["messages"])


def demo(body: dict, _call_no: int) -> Answer:
    """The fixture article: a figure given to the wrong district, then corrected when told."""
    return Answer(text=LUA_SUMMARY if is_repair(body) else LUA_SUMMARY_WRONG_HOLDER)


def lead(body: dict, _call_no: int) -> Answer:
    """The article's first two sentences (a deterministic answer for throughput runs)."""
    from tomtat.checks.segment import split_sentences

    text = article_of(body)
    return Answer(text=" ".join(s.text for s in split_sentences(text)[1:3]) or text[:200])


RESPONDERS = {"demo": demo, "lead": lead}


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responder", choices=sorted(RESPONDERS), default="demo")
    parser.add_argument("--latency-ms", type=float, default=0.0)
    args = parser.parse_args(argv)
    server = ChatServer(RESPONDERS[args.responder], latency_s=args.latency_ms / 1000).start()
    print(server.url, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
