"""A fleet of webhook workers sharing the stream URL and the transcripts through Redis.

``pip install "asapp-mg-autotranscribe[redis]"`` (redis-py 6 or later)::

    from asapp_mg_autotranscribe.redis import RedisStreamUrlCache, RedisTranscriptCollector

    cache = RedisStreamUrlCache(client, "rediss://:password@redis.internal:6379/0")
    collector = RedisTranscriptCollector("rediss://:password@redis.internal:6379/0")

``RedisStreamUrlCache`` / ``AsyncRedisStreamUrlCache``: one upstream request per refresh for
every process and host sharing the Redis. ``RedisTranscriptCollector`` /
``AsyncRedisTranscriptCollector``: each call's transcript events, whichever worker received
them. ``redis`` is a redis-py client (``Redis`` or ``RedisCluster``; their ``redis.asyncio``
twins for the async classes) with a socket timeout, or a ``redis://``, ``rediss://`` or
``unix://`` URL. Importing ``asapp_mg_autotranscribe`` alone never imports redis-py.
"""

from __future__ import annotations

try:
    import redis as _redis_py
except ImportError as error:
    raise ImportError(
        "asapp_mg_autotranscribe.redis needs redis-py: "
        'pip install "asapp-mg-autotranscribe[redis]"',
        name=error.name,
    ) from error

if int(_redis_py.__version__.split(".")[0]) < 6:  # pragma: no cover (the lock has a newer one)
    raise ImportError(
        f"asapp_mg_autotranscribe.redis needs redis-py 6 or later, not {_redis_py.__version__}: "
        'pip install -U "asapp-mg-autotranscribe[redis]"',
        name="redis",
    )

from ._redis._collector import AsyncRedisTranscriptCollector, RedisTranscriptCollector
from ._redis._url_cache import AsyncRedisStreamUrlCache, RedisStreamUrlCache

__all__ = [
    "AsyncRedisStreamUrlCache",
    "AsyncRedisTranscriptCollector",
    "RedisStreamUrlCache",
    "RedisTranscriptCollector",
]

for _name in __all__:
    globals()[_name].__module__ = __name__
del _name
