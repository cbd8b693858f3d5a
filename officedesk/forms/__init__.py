"""Printed forms (reportlab, GB/T 9704-2012 pages): one module per form, each writing a PDF to a stream."""
