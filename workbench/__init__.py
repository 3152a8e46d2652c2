"""The backprop-workbench Qt application.  Importing this package loads no Qt module."""
