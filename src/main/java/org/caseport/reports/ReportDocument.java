package org.caseport.reports;

import java.util.List;

/**
 * A case report being written, in the order its content calls: what a report says on one side, how
 * it looks (a PDF under the firm's letterhead, "generated for … at …" on every page) on the other.
 * A table takes its rows one at a time and keeps none of them once laid out, so a case with 10,000
 * notes is written in little memory.
 */
public interface ReportDocument {

    /** How many table rows the report will have in all, so its progress can be told while it is built. */
    void expectRows(long rows);

    /** The report's title, e.g. "2026-0042 · Surveillance of J. Doe". */
    void title(String title);

    /** A new section, e.g. "Case notes". */
    void section(String heading);

    /** Facts, a label and a value a line; facts without a value are left out. */
    void facts(List<Fact> facts);

    /** A table with these columns; {@code whenEmpty} is said instead of a table that gets no row. */
    Table table(List<Column> columns, String whenEmpty);

    /** One fact; its value may be null, and then it is left out. */
    record Fact(String label, String value) {
    }

    /** A column: its heading and its share of the page's width, relative to the other columns'. */
    record Column(String heading, float width) {
    }

    /** A table being written: one call per row, one cell per column (null for an empty cell). */
    interface Table extends AutoCloseable {

        void row(String... cells);

        @Override
        void close();
    }
}
