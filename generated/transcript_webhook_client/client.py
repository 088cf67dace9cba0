"""The generator's own client (openapi-python-client's, written shorter): what the
functions of the endpoint modules take. The SDK calls the API through the package's api
module instead, on its own connection pool."""

import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field


@define
class Client:
    """The base URL, and the cookies, headers and timeout of every request, kept for the
    httpx clients made from them (``httpx_args`` go to their constructors; redirects are
    not followed unless ``follow_redirects``).

    Attributes:
        raise_on_unexpected_status: Whether to raise errors.UnexpectedStatus for a status
            the document does not list.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def _all_headers(self) -> dict[str, str]:
        return self._headers

    def _settings(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._all_headers(),
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client with more headers."""
        for client in (self._client, self._async_client):
            if client is not None:
                client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy of this client with more cookies."""
        for client in (self._client, self._async_client):
            if client is not None:
                client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy of this client with another timeout."""
        for client in (self._client, self._async_client):
            if client is not None:
                client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use ``client`` (its own settings, not this client's)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client, made on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._settings())
        return self._client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` (its own settings, not this client's)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient, made on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._settings())
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient(Client):
    """A Client that sends ``token`` in the ``auth_header_name`` header, after ``prefix``."""

    token: str = field(default="", kw_only=True)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def _all_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: value}
