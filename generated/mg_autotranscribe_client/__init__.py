"""A client library for accessing MG Autotranscribe API Router.

A private part of asapp_mg_autotranscribe, which reaches it through its _generated module.
Importing the package imports nothing else: its api module, its models and its client
each load when first asked for.
"""
