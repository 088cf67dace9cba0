"""A client library for accessing MG Autotranscribe API Router"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
