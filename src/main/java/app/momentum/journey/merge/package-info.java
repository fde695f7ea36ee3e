/**
 * Merging concurrent edits of one moment field by field (issue 12, "merge, don't choose"): plain Java, no Spring,
 * no database. A save carries the values its editor started from; against what is stored now, the fields only this
 * editor changed apply, the fields only someone else changed stay theirs, and a field both changed differently is a
 * conflict the second saver resolves, seeing both values.
 */
package app.momentum.journey.merge;
