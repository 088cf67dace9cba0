"""What the SDK's own connection pools take from the environment, read once, when the client
is built: the CA certificates to trust and the proxies for https URLs.

- **Certificates**: ``SSL_CERT_FILE``, else ``SSL_CERT_DIR``, else certifi's bundle, as httpx
  reads them.
- **Proxies**: ``HTTPS_PROXY`` and ``ALL_PROXY`` (either case), but for the hosts in
  ``NO_PROXY``, as httpx reads them, for **https URLs only**: a plain-http URL (a loopback
  mock) always goes direct, so that no environment proxy ever sees the API secret in clear.
  ``HTTP_PROXY``, which names a proxy for plain-http URLs, is never used.

A setting that cannot work raises ConfigurationError naming its variable (never quoting a
proxy URL, which may carry a password). An ``http_client`` of the caller's is used as it is:
none of this applies to it.
"""

from __future__ import annotations

import importlib.util
import os
import ssl
from collections.abc import Callable, Mapping
from typing import TypeVar

import attrs
import httpx

from ._constants import MAX_PORT
from ._exceptions import ConfigurationError
from ._httpx_internals import environment_proxies

__all__ = ["POOL_LIMITS", "PoolSettings"]

POOL_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
"""The limits of the SDK's own pools: httpx's defaults."""

_TransportT = TypeVar("_TransportT")

# The proxies of httpx's environment mounts that https URLs go through, by the variable
# that names them ("http://", from HTTP_PROXY, is for plain-http URLs only).
_HTTPS_PROXY_VARIABLES = {"https://": "HTTPS_PROXY", "all://": "ALL_PROXY"}
_PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")
_CERTIFICATE_VARIABLES = ("SSL_CERT_FILE", "SSL_CERT_DIR")


@attrs.frozen
class PoolSettings:
    """The environment's settings for the SDK's own pools, as read when the client was built
    (a pool renewed after ``os.fork()`` reuses them)."""

    ssl_context: ssl.SSLContext
    # httpx mount patterns: the proxy for the URLs they match, or None for "direct".
    proxies: Mapping[str, httpx.Proxy | None]

    @classmethod
    def from_environment(cls) -> PoolSettings:
        """Read the certificates and proxies; ConfigurationError if one cannot work."""
        proxies: dict[str, httpx.Proxy | None] = {"http://": None}
        for pattern, url in environment_proxies().items():
            if url is None:
                proxies[pattern] = None  # a NO_PROXY host
            elif pattern in _HTTPS_PROXY_VARIABLES:
                proxies[pattern] = _proxy(_HTTPS_PROXY_VARIABLES[pattern], url)
        return cls(ssl_context=_ssl_context(), proxies=proxies)

    def mounts(
        self, transport_through: Callable[[httpx.Proxy], _TransportT]
    ) -> dict[str, _TransportT | None]:
        """httpx's ``mounts=``: for each pattern, a transport through its proxy, or None for
        the client's direct transport. Plain http is mounted direct, ahead of ``all://``."""
        return {
            pattern: None if proxy is None else transport_through(proxy)
            for pattern, proxy in self.proxies.items()
        }


def _proxy(variable: str, url: str) -> httpx.Proxy:
    """The proxy ``variable`` names, checked so that it fails now rather than at a call."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        raise _unusable_proxy(variable, "it does not parse as a URL") from None
    if parsed.scheme not in _PROXY_SCHEMES:
        raise _unusable_proxy(variable, f"its scheme is not one of {', '.join(_PROXY_SCHEMES)}")
    if not parsed.host:
        raise _unusable_proxy(variable, "it names no host")
    if "%" in parsed.host:  # httpx escaped what a host name cannot hold ("[", a space)
        raise _unusable_proxy(variable, "its host is not a host name")
    if parsed.port is not None and not 0 < parsed.port <= MAX_PORT:
        raise _unusable_proxy(variable, f"its port is not between 1 and {MAX_PORT}")
    if parsed.scheme.startswith("socks") and importlib.util.find_spec("socksio") is None:
        raise _unusable_proxy(
            variable, "a SOCKS proxy needs the socksio package (pip install 'httpx[socks]')"
        )
    return httpx.Proxy(parsed)


def _unusable_proxy(variable: str, why: str) -> ConfigurationError:
    # Never the URL itself: it may carry the proxy's password.
    return ConfigurationError(
        f"{variable} (or {variable.lower()}) names a proxy the SDK cannot use: {why}; "
        "fix or unset it"
    )


def _ssl_context() -> ssl.SSLContext:
    """httpx's SSL context, its CA certificates from the environment if it names any."""
    variable = next((name for name in _CERTIFICATE_VARIABLES if os.environ.get(name)), None)
    if variable is None:
        return httpx.create_ssl_context()
    path = os.environ[variable]
    # ssl does not check a directory of certificates until it looks one up.
    if variable == "SSL_CERT_DIR" and not os.path.isdir(path):
        raise ConfigurationError(f"SSL_CERT_DIR={path!r} is not a directory; fix or unset it")
    try:
        return httpx.create_ssl_context()
    except OSError as error:  # ssl.SSLError too: a file that holds no certificate
        reason = error.strerror or str(error)
        raise ConfigurationError(
            f"{variable}={path!r} cannot be read as CA certificates ({reason}); fix or unset it"
        ) from None
