package org.caseport.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A {@link ReportDocument} written as a PDF with OpenPDF, straight into an output stream: the firm's
 * letterhead on the first page, and on every page a footer saying for whom and when it was generated.
 * Table rows are laid out on pages every {@value #ROWS_PER_FLUSH} rows and then dropped (OpenPDF's
 * "large table" mode), so memory does not grow with the number of rows.
 */
final class PdfReport implements ReportDocument, AutoCloseable {

    /** The firm's name and logo (PNG, JPEG or GIF; another image is left out) at the top of the report. */
    record Letterhead(String firmName, byte[] logo) {
    }

    private static final int ROWS_PER_FLUSH = 50;
    private static final Color MUTED = new Color(0x6c, 0x75, 0x7d);
    private static final Color RULE = new Color(0xde, 0xe2, 0xe6);
    private static final Font FIRM = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font SECTION = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final Font CELL = new Font(Font.HELVETICA, 8);
    private static final Font HEADER_CELL = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font FOOTER = new Font(Font.HELVETICA, 7, Font.NORMAL, MUTED);

    private final Document document;
    private final Progress progress;

    private PdfReport(Document document, Progress progress) {
        this.document = document;
        this.progress = progress;
    }

    /**
     * Opens a report writing into {@code out}, which it leaves open for its owner to close. {@code footer}
     * ("Generated for … at … · firm") goes on every page, and {@code percentDone} hears of the progress,
     * in whole percent, as rows are written.
     */
    static PdfReport open(OutputStream out, Letterhead letterhead, String footer, IntConsumer percentDone) {
        Document document = new Document(PageSize.A4, 40, 40, 40, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new Footer(footer));
        document.addCreator("Caseport");
        document.open();
        PdfReport report = new PdfReport(document, new Progress(percentDone));
        report.letterhead(letterhead);
        return report;
    }

    private void letterhead(Letterhead letterhead) {
        Image logo = logo(letterhead.logo());
        if (logo != null) {
            logo.scaleToFit(140, 50);
            add(logo);
        }
        Paragraph firm = new Paragraph(letterhead.firmName(), FIRM);
        firm.setSpacingAfter(12);
        add(firm);
    }

    /** The logo as OpenPDF reads it; WebP, which it cannot read, is left out rather than failing the report. */
    private static Image logo(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return Image.getInstance(bytes);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    @Override
    public void expectRows(long rows) {
        progress.expect(rows);
    }

    @Override
    public void title(String title) {
        Paragraph paragraph = new Paragraph(title, TITLE);
        paragraph.setSpacingAfter(8);
        add(paragraph);
    }

    @Override
    public void section(String heading) {
        Paragraph paragraph = new Paragraph(heading, SECTION);
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(6);
        add(paragraph);
    }

    @Override
    public void facts(List<Fact> facts) {
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        for (Fact fact : facts) {
            if (fact.value() != null) {
                table.addCell(plainCell(new Phrase(fact.label(), LABEL)));
                table.addCell(plainCell(new Phrase(fact.value(), BODY)));
            }
        }
        if (table.size() > 0) {
            add(table);
        }
    }

    @Override
    public Table table(List<Column> columns, String whenEmpty) {
        return new PdfTable(columns, whenEmpty);
    }

    @Override
    public void close() {
        document.close();
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException failure) {
            throw new IllegalStateException("The report could not be laid out", failure);
        }
    }

    private static PdfPCell plainCell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static PdfPCell ruledCell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(3);
        return cell;
    }

    /**
     * A table laid out in batches: its heading row repeats on every page it runs onto, and a row that
     * does not fit at the foot of a page moves whole to the next (only a row taller than a page is split).
     */
    private final class PdfTable implements Table {

        private final PdfPTable table;
        private final int columns;
        private final String whenEmpty;
        private long rows;

        PdfTable(List<Column> columns, String whenEmpty) {
            float[] widths = new float[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = columns.get(i).width();
            }
            this.columns = widths.length;
            this.whenEmpty = whenEmpty;
            table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setComplete(false);
            for (Column column : columns) {
                PdfPCell cell = ruledCell(new Phrase(column.heading(), HEADER_CELL));
                cell.setBorderWidthBottom(1);
                table.addCell(cell);
            }
        }

        @Override
        public void row(String... cells) {
            if (cells.length != columns) {
                throw new IllegalArgumentException("A row of " + cells.length + " cells in a table of " + columns);
            }
            for (String text : cells) {
                table.addCell(ruledCell(new Phrase(text == null ? "" : text, CELL)));
            }
            rows++;
            progress.advance();
            if (rows % ROWS_PER_FLUSH == 0) {
                add(table);
            }
        }

        @Override
        public void close() {
            if (rows == 0) {
                add(new Paragraph(whenEmpty, BODY));
                return;
            }
            table.setComplete(true);
            add(table);
        }
    }

    /** Rows written of rows expected, told in whole percent, each percent once; 100 is for the finished file. */
    private static final class Progress {

        private final IntConsumer percentDone;
        private long expected;
        private long written;
        private int told;

        Progress(IntConsumer percentDone) {
            this.percentDone = percentDone;
        }

        void expect(long rows) {
            expected = rows;
        }

        void advance() {
            written++;
            if (expected > 0) {
                int percent = (int) Math.min(99, written * 100 / expected);
                if (percent > told) {
                    told = percent;
                    percentDone.accept(percent);
                }
            }
        }
    }

    /** "Generated for … at … · firm" and the page number, at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {

        private final String text;

        Footer(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float y = document.bottom() - 24;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(text, FOOTER),
                    document.left(), y, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase(new Chunk("Page " + writer.getPageNumber(), FOOTER)), document.right(), y, 0);
        }
    }
}
