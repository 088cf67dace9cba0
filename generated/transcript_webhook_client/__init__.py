"""A client library for accessing ASAPP real-time transcript webhook (schema of this SDK)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
