package org.caseport.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what GreenMail received. The dispatcher sends every due mail, other tests' too, so a test
 * looks for its own by recipient.
 */
public final class Inbox {

    private Inbox() {
    }

    public static List<MimeMessage> mailsTo(GreenMailExtension greenMail, String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> recipient.equalsIgnoreCase(recipientOf(message)))
                .toList();
    }

    public static MimeMessage onlyMailTo(GreenMailExtension greenMail, String recipient) {
        List<MimeMessage> mails = mailsTo(greenMail, recipient);
        assertThat(mails).as("mails to " + recipient).hasSize(1);
        return mails.get(0);
    }

    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /**
     * The path and query of the first absolute link to {@code path} with a {@code token} in the
     * text, e.g. {@code /activate?token=…}: the mail's links name the configured base URL, the
     * test server listens on a random port.
     */
    public static String linkTo(String path, String text) {
        Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+)")
                .matcher(text);
        assertThat(link.find()).as("a link to " + path + " in:\n" + text).isTrue();
        return link.group(1);
    }

    /**
     * The path of the first absolute link in the text whose path is {@code path}: the mail's links
     * name the configured base URL, the test server listens on a random port.
     */
    public static String pathOf(String path, String text) {
        Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + ")(?![\\w/])").matcher(text);
        assertThat(link.find()).as("a link to " + path + " in:\n" + text).isTrue();
        return link.group(1);
    }

    /** The token of a link found by {@link #linkTo}. */
    public static String tokenOf(String link) {
        return link.substring(link.indexOf("?token=") + "?token=".length());
    }

    private static String recipientOf(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null || to.length == 0 ? null : to[0].toString();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String part(MimeMessage message, String contentType) {
        try {
            Multipart alternative = (Multipart) message.getContent();
            for (int i = 0; i < alternative.getCount(); i++) {
                Part part = alternative.getBodyPart(i);
                if (part.isMimeType(contentType)) {
                    return (String) part.getContent();
                }
            }
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        throw new AssertionError("no " + contentType + " part");
    }
}
