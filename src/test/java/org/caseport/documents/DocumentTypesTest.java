package org.caseport.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.caseport.support.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The kinds of file staff really upload are kept, as the type their content is. */
class DocumentTypesTest {

    static Stream<Arguments> everydayFiles() throws IOException {
        return Stream.of(
                Arguments.of("report.pdf", TestData.pdf("report"), "application/pdf"),
                Arguments.of("photo.png", image("png"), "image/png"),
                Arguments.of("photo.jpg", image("jpeg"), "image/jpeg"),
                Arguments.of("photo.gif", image("gif"), "image/gif"),
                Arguments.of("notes.txt", "Subject left at 09:14.\n".getBytes(StandardCharsets.UTF_8), "text/plain"),
                Arguments.of("mileage.csv", "date,miles\n2026-11-03,42\n".getBytes(StandardCharsets.UTF_8), "text/csv"),
                Arguments.of("statement.docx", ooxml("word/document.xml"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                Arguments.of("ledger.xlsx", ooxml("xl/workbook.xml"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                Arguments.of("interview.wav", wav(), "audio/vnd.wave"),
                Arguments.of("clip.mp4", isoMedia("isom"), "video/mp4"),
                Arguments.of("clip.mov", isoMedia("qt  "), "video/quicktime"));
    }

    @ParameterizedTest(name = "{0} is kept as {2}")
    @MethodSource("everydayFiles")
    void everydayFilesAreKeptAsWhatTheyAre(String name, byte[] content, String type) throws IOException {
        var in = new BufferedInputStream(new ByteArrayInputStream(content));

        assertThat(DocumentTypes.detect(in, name)).isEqualTo(type);
        assertThat(in.readAllBytes()).as("detection leaves the stream at its start").isEqualTo(content);
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), format, bytes);
        return bytes.toByteArray();
    }

    private static byte[] ooxml(String part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] wav() {
        byte[] wav = new byte[64];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, wav, 0, 4);
        wav[4] = 56;
        System.arraycopy("WAVEfmt ".getBytes(StandardCharsets.US_ASCII), 0, wav, 8, 8);
        wav[16] = 16;
        wav[20] = 1;
        wav[22] = 1;
        return wav;
    }

    private static byte[] isoMedia(String brand) {
        byte[] box = new byte[64];
        box[3] = 24;
        System.arraycopy(("ftyp" + brand).getBytes(StandardCharsets.US_ASCII), 0, box, 4, 8);
        System.arraycopy(brand.getBytes(StandardCharsets.US_ASCII), 0, box, 16, 4);
        return box;
    }
}
