package org.caseport.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/** Reading what Caseport sends as files: streamed answers completed, PDF text, CSV records. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * Performs the request and, when the answer is streamed (an export written on another thread
     * after the request's checks), waits for it to be written whole.
     */
    public static MvcResult perform(MockMvc mvc, RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        return result.getRequest().isAsyncStarted() ? mvc.perform(asyncDispatch(result)).andReturn() : result;
    }

    /** The text of each page of a PDF, as OpenPDF extracts it. */
    public static List<String> pdfPages(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                List<String> pages = new ArrayList<>();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    pages.add(extractor.getTextFromPage(page));
                }
                return pages;
            } finally {
                reader.close();
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** All the text of a PDF, without whitespace: a value wrapped onto two lines in a table cell is found whole. */
    public static String pdfText(byte[] pdf) {
        return withoutWhitespace(String.join("\n", pdfPages(pdf)));
    }

    public static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** A CSV file's records, header first, after the byte order mark Caseport starts its files with. */
    public static List<CSVRecord> csv(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("The CSV file does not start with a byte order mark");
        }
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
