/**
 * CSV shared by every export ({@link app.momentum.base.csv.CsvExport}: BOM, delimiter per language, neutralised
 * formula cells) and every import (moments, survey files): decoding the bytes a spreadsheet wrote, finding the
 * delimiter and splitting records per RFC 4180 — from bytes in memory, or streaming from a file (encoding found in a
 * chunked pass, records read through a fixed buffer) so large files are never held whole. Plain Java; what a
 * column means is up to each importer.
 */
package app.momentum.base.csv;
