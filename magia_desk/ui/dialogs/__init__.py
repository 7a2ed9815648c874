"""Record editors and other dialogs."""
