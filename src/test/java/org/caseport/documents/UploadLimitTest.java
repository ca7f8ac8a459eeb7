package org.caseport.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through the real server (Tomcat parses the multipart body, which MockMvc does not): a file past
 * the limit (1 MB in the test context) is refused with 413 and a page saying why, and nothing is
 * stored; a small one is stored.
 */
class UploadLimitTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void aFilePastTheLimitIsRefusedWith413AndAPageSayingWhy() throws Exception {
        Actor admin = data.admin();
        long caseId = data.kase(admin, null, new BigDecimal("1"));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, admin);
        String token = csrf(get(browser, "/app/cases/" + caseId + "/documents"));

        HttpResponse<String> small = upload(browser, caseId, token, 1000);
        HttpResponse<String> large = upload(browser, caseId, token, 3 * 1024 * 1024);

        assertThat(small.statusCode()).isEqualTo(302);
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("That file is too large");
        assertThat(data.count("documents", caseId)).isEqualTo(1);
    }

    private void signIn(HttpClient browser, Actor actor) throws Exception {
        String token = csrf(get(browser, "/login"));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + encode(TestData.emailOf(actor))
                        + "&password=" + encode(TestData.PASSWORD) + "&_csrf=" + encode(token)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/app"));
    }

    private HttpResponse<String> upload(HttpClient browser, long caseId, String token, int size) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write("a".repeat(size).getBytes(StandardCharsets.US_ASCII));
        body.write("\r\n--XyZ--\r\n".getBytes(StandardCharsets.US_ASCII));
        return browser.send(HttpRequest.newBuilder(uri("/app/cases/" + caseId + "/documents"))
                .header("Content-Type", "multipart/form-data; boundary=XyZ").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        Matcher token = CSRF.matcher(html);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
