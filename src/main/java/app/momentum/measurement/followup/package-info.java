/**
 * Close the loop: respondents who would not recommend (≤ 4) or scored a moment very low (≤ 3) become follow-up
 * items for the moment's accountable discipline (or the journey owner), who contact the customer. Chosen while a
 * survey is analysed, stored with the import, worked through in a queue with a status.
 */
package app.momentum.measurement.followup;
