"""One module per screen; every list screen is a `views.list_screen.ListScreen`."""
