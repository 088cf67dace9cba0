"""The generated clients of the vendored specs, one package per spec.

They are written to ``generated/`` by ``make regenerate`` and never edited by hand; each
folder here points at its package there (the wheel holds the packages themselves), so
that nothing of them is installed at the top level. The SDK reaches them through
``asapp_mg_autotranscribe._generated`` only.
"""
