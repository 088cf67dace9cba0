"""What the SDK's own pools take from the environment, and what they rely on in httpx.

A proxy or certificate setting that cannot work is a ConfigurationError when the client is
built, naming the variable and never quoting a proxy's password; proxies apply to https
URLs only; the private parts of httpx the SDK relies on are checked when a client is built
and fail loudly, naming the versions, once renamed (simulated here by taking them away).
"""

from __future__ import annotations

import asyncio
import inspect
import pickle
import sys
import tomllib
from pathlib import Path
from typing import Any

import httpcore
import httpx
import pytest
from doubles import API_ID, API_SECRET

from asapp_mg_autotranscribe import (
    AsyncAutoTranscribeClient,
    AutoTranscribeClient,
    ConfigurationError,
)
from asapp_mg_autotranscribe._connections import POOL_LIMITS, PoolSettings
from asapp_mg_autotranscribe._httpx_internals import VERIFIED_HTTPCORE, VERIFIED_HTTPX

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "hunter2-proxy-password"


def build(kind: str, **settings: Any) -> None:
    """Build a client of ``kind`` (inside an event loop for the async one), then close it."""
    arguments: dict[str, Any] = {"api_id": API_ID, "api_secret": API_SECRET, "environment": {}}
    arguments.update(settings)
    if kind == "sync":
        AutoTranscribeClient(**arguments).close()
        return

    async def build_async() -> None:
        await AsyncAutoTranscribeClient(**arguments).close()

    asyncio.run(build_async())


def configuration_error(kind: str, **settings: Any) -> ConfigurationError:
    with pytest.raises(ConfigurationError) as caught:
        build(kind, **settings)
    return caught.value


def assert_never_quotes(error: BaseException, text: str) -> None:
    """Neither the error, its pickle, nor any error chained to it holds ``text``."""
    assert text.encode() not in pickle.dumps(error)
    link: BaseException | None = error
    while link is not None:
        assert text not in str(link)
        assert text not in repr(link)
        link = link.__cause__ or link.__context__


# --- settings that cannot work -------------------------------------------------------------


@pytest.mark.parametrize(
    ("variable", "value", "why"),
    [
        ("HTTPS_PROXY", f"http://user:{PASSWORD}@[::1", "does not parse"),
        ("https_proxy", f"http://user:{PASSWORD}@proxy\udcff", "does not parse"),
        ("HTTPS_PROXY", f"ftp://user:{PASSWORD}@proxy.example", "scheme"),
        ("ALL_PROXY", f"socks4://user:{PASSWORD}@proxy.example", "scheme"),
        ("HTTPS_PROXY", f"http://user:{PASSWORD}@:3128", "no host"),
        ("HTTPS_PROXY", f"http://user:{PASSWORD}@[proxy", "not a host name"),
        ("ALL_PROXY", f"http://user:{PASSWORD}@pro xy.example:3128", "not a host name"),
        ("ALL_PROXY", f"http://user:{PASSWORD}@proxy.example:99999", "port"),
        ("HTTPS_PROXY", f"http://user:{PASSWORD}@proxy.example:0", "port"),
    ],
)
def test_an_unusable_proxy_is_a_configuration_error_that_hides_its_password(
    kind: str, no_network_settings: pytest.MonkeyPatch, variable: str, value: str, why: str
) -> None:
    no_network_settings.setenv(variable, value)
    error = configuration_error(kind)
    assert variable.upper() in str(error)
    assert why in str(error)
    assert_never_quotes(error, PASSWORD)


def test_a_socks_proxy_without_socksio_is_a_configuration_error(
    kind: str, no_network_settings: pytest.MonkeyPatch
) -> None:
    no_network_settings.setitem(sys.modules, "socksio", None)  # as if it were not installed
    no_network_settings.setenv("ALL_PROXY", f"socks5://user:{PASSWORD}@proxy.example:1080")
    error = configuration_error(kind)
    assert "ALL_PROXY" in str(error)
    assert "socksio" in str(error)
    assert_never_quotes(error, PASSWORD)


def test_http_proxy_is_not_read_at_all(kind: str, no_network_settings: pytest.MonkeyPatch) -> None:
    """It names a proxy for plain-http URLs, which never go through one."""
    no_network_settings.setenv("HTTP_PROXY", "ftp://not a proxy")
    build(kind)


@pytest.mark.parametrize(
    ("variable", "path", "why"),
    [
        ("SSL_CERT_FILE", "missing.pem", "No such file"),
        ("SSL_CERT_FILE", ".", "Is a directory"),
        ("SSL_CERT_FILE", "not-a-certificate.pem", "cannot be read as CA certificates"),
        ("SSL_CERT_DIR", "missing", "not a directory"),
        ("SSL_CERT_DIR", "not-a-certificate.pem", "not a directory"),
    ],
)
def test_unusable_ca_certificates_are_a_configuration_error(
    kind: str,
    no_network_settings: pytest.MonkeyPatch,
    tmp_path: Path,
    variable: str,
    path: str,
    why: str,
) -> None:
    (tmp_path / "not-a-certificate.pem").write_text("not a certificate\n")
    no_network_settings.setenv(variable, str(tmp_path / path))
    error = configuration_error(kind)
    assert str(error).startswith(f"{variable}=")
    assert why in str(error)


def test_ssl_cert_dir_is_not_read_when_ssl_cert_file_is_set(
    kind: str, no_network_settings: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """As in httpx: the file wins, and the directory is not looked at."""
    import certifi

    no_network_settings.setenv("SSL_CERT_FILE", certifi.where())
    no_network_settings.setenv("SSL_CERT_DIR", str(tmp_path / "missing"))
    build(kind)


def test_your_own_http_client_is_not_checked_against_the_environment(
    no_network_settings: pytest.MonkeyPatch,
) -> None:
    """The SDK reads no proxy or certificate setting for a client it did not make."""
    no_network_settings.setenv("HTTPS_PROXY", "ftp://not a proxy")
    with httpx.Client(trust_env=False) as http_client:
        build("sync", http_client=http_client)


def test_with_options_reads_nothing_again(no_network_settings: pytest.MonkeyPatch) -> None:
    """A copy shares the original's pool: a setting broken since is not read."""
    with AutoTranscribeClient(api_id=API_ID, api_secret=API_SECRET, environment={}) as client:
        no_network_settings.setenv("HTTPS_PROXY", "ftp://not a proxy")
        copy = client.with_options(timeout=1.0, base_url="https://api.asapp.com")
        assert copy.base_url == httpx.URL("https://api.asapp.com")


# --- which URLs go through which proxy -----------------------------------------------------


def test_proxies_apply_to_https_only_and_never_to_no_proxy_hosts(
    no_network_settings: pytest.MonkeyPatch,
) -> None:
    no_network_settings.setenv("HTTP_PROXY", "http://plain.example:3128")
    no_network_settings.setenv("HTTPS_PROXY", "http://secure.example:3128")
    no_network_settings.setenv("ALL_PROXY", "socks5://every.example:1080")
    no_network_settings.setenv("NO_PROXY", "internal.example")
    proxies = {
        pattern: None if proxy is None else str(proxy.url)
        for pattern, proxy in PoolSettings.from_environment().proxies.items()
    }
    assert proxies == {
        "http://": None,
        "https://": "http://secure.example:3128",
        "all://": "socks5://every.example:1080",
        "all://*internal.example": None,
    }


def test_the_pools_have_httpx_s_default_limits() -> None:
    assert inspect.signature(httpx.HTTPTransport).parameters["limits"].default == POOL_LIMITS
    assert inspect.signature(httpx.AsyncHTTPTransport).parameters["limits"].default == POOL_LIMITS


# --- the private parts of httpx the SDK relies on ------------------------------------------


def assert_names_the_versions(error: ConfigurationError, hook: str) -> None:
    message = str(error)
    assert hook in message
    assert f"httpx {httpx.__version__}" in message
    assert f"httpcore {httpcore.__version__}" in message
    assert f"httpx=={VERIFIED_HTTPX}" in message
    assert f"httpcore=={VERIFIED_HTTPCORE}" in message


def test_without_httpx_s_environment_proxy_reader_a_client_fails_loudly(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(httpx._utils, "get_environment_proxies")
    error = configuration_error(kind)
    assert_names_the_versions(error, "httpx._utils.get_environment_proxies")


def test_without_httpx_s_private_utilities_module_a_client_fails_loudly(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "httpx._utils", None)  # an httpx that moved the module
    error = configuration_error(kind)
    assert_names_the_versions(error, "httpx._utils.get_environment_proxies")


def _content_kept_elsewhere(response: httpx.Response) -> bytes:
    """Response.content as it would read if httpx kept a read body under another name."""
    if not hasattr(response, "_body"):
        raise httpx.ResponseNotRead
    body: bytes = response._body
    return body


@pytest.mark.parametrize("own_http_client", [False, True])
def test_if_httpx_keeps_bodies_elsewhere_a_client_fails_loudly(
    kind: str, monkeypatch: pytest.MonkeyPatch, *, own_http_client: bool
) -> None:
    monkeypatch.setattr(httpx.Response, "content", property(_content_kept_elsewhere))
    settings: dict[str, Any] = {}
    if own_http_client:
        settings["http_client"] = httpx.Client() if kind == "sync" else httpx.AsyncClient()
    try:
        error = configuration_error(kind, **settings)
    finally:
        for http_client in settings.values():
            if isinstance(http_client, httpx.Client):
                http_client.close()
            else:
                asyncio.run(http_client.aclose())
    assert_names_the_versions(error, "httpx.Response._content")


def test_the_verified_versions_are_installed_named_in_the_readme_and_bounded() -> None:
    """The suite is the verification: it runs on the versions the README names, and
    pyproject.toml admits no older ones."""
    installed = {"httpx": httpx.__version__, "httpcore": httpcore.__version__}
    verified = {"httpx": VERIFIED_HTTPX, "httpcore": VERIFIED_HTTPCORE}
    assert installed == verified
    readme = " ".join((ROOT / "README.md").read_text().split())
    assert f"verified on httpx {VERIFIED_HTTPX} and httpcore {VERIFIED_HTTPCORE}" in readme
    with (ROOT / "pyproject.toml").open("rb") as file:
        dependencies = tomllib.load(file)["project"]["dependencies"]
    for name, version in verified.items():
        assert any(line.startswith(f"{name}>={version},") for line in dependencies), name
