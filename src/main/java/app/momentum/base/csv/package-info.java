/**
 * CSV reading shared by every import (moments, survey files): decoding the bytes a spreadsheet wrote, finding the
 * delimiter and splitting records per RFC 4180. Plain Java; what a column means is up to each importer.
 */
package app.momentum.base.csv;
