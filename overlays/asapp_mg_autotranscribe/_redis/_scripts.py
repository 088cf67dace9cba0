"""The Lua scripts: each change to the shared state is one of them, run by Redis in one step.

The keys of one script share a Cluster hash slot (one call's, or one account's). Each script
declares its flags (Redis 7): a script that may write is refused whole, before it runs, by a
replica (READONLY) or a Redis out of memory (OOM), so it never half-happens.
"""

from __future__ import annotations

__all__ = [
    "ADD_EVENT",
    "CLAIM_URL",
    "POP_CALL",
    "READ_CALL",
    "RELEASE_LOCK",
    "STORE_ERROR",
    "STORE_URL",
]

# A call's keys: KEYS[1] a stream of its events in arrival order (fields d: the event's
# digest, e: its JSON) and of markers of pops (field popped); KEYS[2] the set of the digests
# of the events it holds. Another type at either key is not ours: the script says FOREIGN.
_CALL_KEYS_CHECK = """
local function holds(key, kind)
  local found = redis.call('TYPE', key)['ok']
  return found == 'none' or found == kind
end
if not (holds(KEYS[1], 'stream') and holds(KEYS[2], 'set')) then
  return redis.error_reply('FOREIGN a key of the call holds a value the SDK did not write')
end
"""

# The entries of the call as it stands: those after the latest marker of a pop.
_CURRENT = """
local entries = redis.call('XRANGE', KEYS[1], '-', '+')
local current = {}
for _, entry in ipairs(entries) do
  if entry[2][1] == 'popped' then
    current = {}
  else
    table.insert(current, entry)
  end
end
"""

ADD_EVENT = (
    "#!lua\n"
    + _CALL_KEYS_CHECK
    + """
-- ARGV: the event's digest, its JSON, the keys' life in ms, the most events kept.
-- Returns {1, events dropped for the bound} when kept; {0, 0} when already kept.
if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then
  return {0, 0}
end
if redis.call('SCARD', KEYS[2]) == 1 then
  local last = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)[1]
  if last and last[2][1] == 'popped' then
    -- The call's first event since it was popped: the popped events go, their marker stays.
    redis.call('XTRIM', KEYS[1], 'MINID', last[1])
  elseif last then
    -- The set went (evicted) while the call's events stayed: rebuilt from them, they stay.
"""
    + _CURRENT
    + """
    local again = false
    for _, entry in ipairs(current) do
      again = again or entry[2][2] == ARGV[1]
      redis.call('SADD', KEYS[2], entry[2][2])
    end
    if again then
      return {0, 0}
    end
  end
end
redis.call('XADD', KEYS[1], '*', 'd', ARGV[1], 'e', ARGV[2])
local dropped = 0
while redis.call('SCARD', KEYS[2]) > tonumber(ARGV[4]) do
  local first = redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', 1)[1]
  if not first then
    break
  end
  redis.call('XDEL', KEYS[1], first[1])
  if first[2][1] == 'd' then
    redis.call('SREM', KEYS[2], first[2][2])
    dropped = dropped + 1
  end
end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return {1, dropped}
"""
)


READ_CALL = (
    "#!lua flags=no-writes\n"
    + _CALL_KEYS_CHECK
    + _CURRENT
    + """
-- Returns {the ID of the stream's last entry (0-0 if none), the call's entries}.
local last = entries[#entries]
return {last and last[1] or '0-0', current}
"""
)

POP_CALL = (
    "#!lua\n"
    + _CALL_KEYS_CHECK
    + _CURRENT
    + """
-- ARGV: how long, in ms, the popped events stay for those following the call. Returns the
-- call's entries, and marks the pop: those following the call stop there, and the call's
-- next event starts it anew.
redis.call('DEL', KEYS[2])
if #current > 0 then
  redis.call('XADD', KEYS[1], '*', 'popped', '1')
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return current
"""
)

# An account's keys: KEYS[1] its stream URL (JSON, expiring when the URL does), KEYS[2] the
# lock of its leader (a token, expiring after the lock timeout), KEYS[3] the leader's last
# error (JSON, expiring after the retry pause).
_LEADER_CHECK = """
local function holds_token(key, token)
  return redis.call('TYPE', key)['ok'] == 'string' and redis.call('GET', key) == token
end
"""

CLAIM_URL = """#!lua
-- ARGV: a token, the lock's life in ms, the least PTTL of a fresh URL in ms, and '1' to
-- ignore the URL and the error found (one was not ours). Returns {state, URL value, its
-- PTTL, foreign, error}: fresh (use the URL), failed (the leader's error, for the retry
-- pause), lead (the lock is the caller's: ask upstream), wait (another leader asks).
local url, url_pttl = false, -2
local kind = redis.call('TYPE', KEYS[1])['ok']
if kind == 'string' and ARGV[4] == '0' then
  url = redis.call('GET', KEYS[1])
  url_pttl = redis.call('PTTL', KEYS[1])
end
local foreign = 0
if kind ~= 'string' and kind ~= 'none' then
  foreign = 1
end
if url and url_pttl > tonumber(ARGV[3]) then
  return {'fresh', url, url_pttl, foreign}
end
if ARGV[4] == '0' and redis.call('TYPE', KEYS[3])['ok'] == 'string' then
  return {'failed', url, url_pttl, foreign, redis.call('GET', KEYS[3])}
end
-- A lock without an expiry is no leader's (another program wrote it): it is taken over.
if redis.call('EXISTS', KEYS[2]) == 0 or redis.call('PTTL', KEYS[2]) == -1 then
  redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
  return {'lead', url, url_pttl, foreign}
end
return {'wait', url, url_pttl, foreign}
"""

STORE_URL = (
    "#!lua\n"
    + _LEADER_CHECK
    + """
-- ARGV: the URL's JSON, its remaining life in ms, the leader's token. A URL that lives
-- longer (another leader's, newer) is kept.
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
end
redis.call('DEL', KEYS[3])
if holds_token(KEYS[2], ARGV[3]) then
  redis.call('DEL', KEYS[2])
end
return 1
"""
)

STORE_ERROR = (
    "#!lua\n"
    + _LEADER_CHECK
    + """
-- ARGV: the error's JSON, the retry pause in ms, the leader's token.
redis.call('SET', KEYS[3], ARGV[1], 'PX', ARGV[2])
if holds_token(KEYS[2], ARGV[3]) then
  redis.call('DEL', KEYS[2])
end
return 1
"""
)

RELEASE_LOCK = (
    "#!lua\n"
    + _LEADER_CHECK
    + """
-- ARGV: the leader's token. A leader that leaves without an outcome lets the next one lead.
if holds_token(KEYS[2], ARGV[1]) then
  redis.call('DEL', KEYS[2])
end
return 1
"""
)
