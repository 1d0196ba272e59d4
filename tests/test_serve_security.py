"""`sitat serve` as a real process: only a page that names this machine may read it, every
response carries the security headers, serving beyond this machine needs the token, and a taken
port is one line."""

from __future__ import annotations

import http.client
import re
import socket
import subprocess
import time

import pytest

from search.web import SECURITY_HEADERS

from .helpers import free_port, sitat_popen, sitat_process


def request(port: int, path: str, host: str, cookie: str | None = None):
    """(status, headers, body) of a GET sent to 127.0.0.1 with this Host header."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Host": host} | ({"Cookie": cookie} if cookie else {})
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    headers_got = {k.lower(): v for k, v in response.getheaders()}
    answer = response.status, headers_got, response.read().decode("utf-8")
    connection.close()
    return answer


def started(index, *options: str):
    """A `sitat serve` process on ``index`` that answers, and the port it listens on."""
    port = free_port()
    process = sitat_popen(
        "--index",
        str(index),
        "serve",
        "--port",
        str(port),
        *options,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process, port
        except OSError:
            assert process.poll() is None, process.stderr.read()
            assert time.monotonic() < deadline, "sitat serve did not answer"
            time.sleep(0.1)


def stop(process) -> str:
    process.terminate()
    _, err = process.communicate(timeout=20)
    return err


@pytest.fixture(scope="module")
def local(seed_index):
    process, port = started(seed_index)
    yield port
    stop(process)


@pytest.mark.parametrize(
    "path", ["/", "/?q=Putin", "/api/search?q=Putin", "/article/000_4afb50867eb46622"]
)
def test_a_foreign_host_gets_400_and_nothing_else(local, path):
    status, _, body = request(local, path, "evil.example")
    assert status == 400
    assert "Putin" not in body and "/" not in body and len(body) < 40
    status, _, body = request(local, path, f"evil.example:{local}")
    assert status == 400 and "Putin" not in body


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "[::1]"])
@pytest.mark.parametrize("path", ["/?q=Putin", "/api/search?q=Putin", "/static/sitat.css"])
def test_this_machine_reads_it_with_the_security_headers(local, host, path):
    status, headers, body = request(local, path, f"{host}:{local}")
    assert status == 200 and body
    for name, value in SECURITY_HEADERS.items():
        assert headers[name.lower()] == value
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "'unsafe-inline'" not in headers["content-security-policy"]


def test_the_page_has_no_inline_script_or_style(local):
    _, _, page = request(local, "/?q=Putin", f"localhost:{local}")
    assert not re.search(r"<script(?![^>]*\bsrc=)", page)
    assert "<style" not in page and " style=" not in page and " on" + "click=" not in page


def test_beyond_this_machine_the_token_is_needed(seed_index):
    process, port = started(seed_index, "--host", "0.0.0.0")
    try:
        time.sleep(0.2)
        status, headers, body = request(port, "/?q=Putin", "sitat-server.lan")
        assert status == 403 and "Putin" not in body
        assert request(port, "/api/search?q=Putin", "sitat-server.lan")[0] == 403
        assert request(port, "/?q=Putin&token=wrong", "sitat-server.lan")[0] == 403
    finally:
        err = stop(process)
    assert "Warning: serving beyond this machine on 0.0.0.0" in err
    token = re.search(r"\?token=([\w-]+)", err).group(1)
    process, port = started(seed_index, "--host", "0.0.0.0")
    try:
        # the token of another run is no good either
        assert request(port, f"/?q=Putin&token={token}", "sitat-server.lan")[0] == 403
    finally:
        stop(process)


def test_the_token_in_the_address_opens_the_page(seed_index):
    port = free_port()
    process = sitat_popen(
        "--index",
        str(seed_index),
        "serve",
        "--host",
        "0.0.0.0",
        "--port",
        str(port),
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = ""
        while "sitat is serving" not in line:
            line = process.stderr.readline()
            assert line, "sitat serve printed no address"
        token = re.search(r"\?token=([\w-]+)", line).group(1)
        deadline = time.monotonic() + 60
        while True:
            try:
                status, headers, _ = request(port, f"/?q=Putin&token={token}", "sitat-server.lan")
                break
            except OSError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert status == 303 and headers["location"].endswith("/?q=Putin")
        cookie = headers["set-cookie"].split(";")[0]
        assert "HttpOnly" in headers["set-cookie"] and "SameSite=strict" in headers["set-cookie"]
        status, _, body = request(port, "/?q=Putin", "sitat-server.lan", cookie=cookie)
        assert status == 200 and "Putin" in body
    finally:
        stop(process)


def test_a_taken_port_is_one_line_and_exit_2(seed_index):
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = sitat_process("--index", str(seed_index), "serve", "--port", str(port))
    assert result.returncode == 2
    assert result.stderr == (
        f"Error: port {port} on 127.0.0.1 is in use by another program; pass another --port\n"
    )


def test_the_guard_in_process(seed_index):
    """The same rules through Starlette's TestClient: a foreign Host, the token exchanged for
    a cookie, headers on every answer, refusals included."""
    from starlette.testclient import TestClient

    from search.web import create_app

    with TestClient(create_app(seed_index), base_url="http://evil.example") as foreign:
        refused = foreign.get("/api/search?q=Putin")
        assert refused.status_code == 400 and "Putin" not in refused.text
        assert refused.headers["x-frame-options"] == "DENY"
    app = create_app(seed_index, hosts=("*",), token="hemmelig-123")
    with TestClient(app, base_url="http://sitat.lan") as client:
        denied = client.get("/?q=Putin")
        assert denied.status_code == 403 and "Putin" not in denied.text
        assert (
            denied.headers["content-security-policy"] == SECURITY_HEADERS["Content-Security-Policy"]
        )
        assert client.get("/?q=Putin&token=feil").status_code == 403
        opened = client.get("/?q=Putin&token=hemmelig-123", follow_redirects=False)
        assert (
            opened.status_code == 303 and opened.headers["location"] == "http://sitat.lan/?q=Putin"
        )
        page = client.get("/?q=Putin")  # the cookie it set
        assert page.status_code == 200 and "Putin" in page.text
