"""Small reusable widgets: pickers, tag input, filter chips, record form machinery."""
