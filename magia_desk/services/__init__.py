"""Use cases shared by the GUI and the CLI. No Qt here: errors are raised, progress goes to callbacks."""
