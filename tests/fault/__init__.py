"""Fault injection: the SDK against a misbehaving fake ASAPP server over real sockets."""
