"""Everything that loads a model or talks to another program, behind small interfaces.

Nothing here imports a model library at import time: each backend imports what it
needs when it is first used.
"""
