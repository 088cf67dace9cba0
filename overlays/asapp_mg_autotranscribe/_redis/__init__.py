"""The fleet's shared state in Redis (redis-py): ``asapp_mg_autotranscribe.redis`` is the public
face. ``_connection``: the ``redis`` argument, key names and which Redis errors are passing;
``_url_cache``: the stream-URL cache; ``_shared_error``: a leader's error as JSON;
``_collector``: the transcript collector; ``_spill``: events kept in memory while Redis cannot
take them; ``_scripts``: the Lua scripts that make each change one atomic step."""
