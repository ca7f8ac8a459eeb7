package org.caseport.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The SMTP server of the mail tests: GreenMail on a port chosen once per test JVM (so test runs of
 * several checkouts on one machine never fight over a fixed port), which the application's
 * {@code spring.mail.port} is set to by {@link IntegrationTest}.
 * <p>
 * Before each test it also puts off every mail still pending from earlier tests (their next attempt
 * moves ten years on): the tests share one database and never dispatch mail in the background, so
 * thousands wait there, and a test's {@code dispatchDue()} would otherwise send them all.
 */
public final class TestMailServer extends GreenMailExtension {

    public static final int PORT = freePort();

    private TestMailServer() {
        super(ServerSetupTest.SMTP.port(PORT));
    }

    /** A GreenMail server for a test class: {@code @RegisterExtension static GreenMailExtension greenMail = TestMailServer.greenMail();}. */
    public static GreenMailExtension greenMail() {
        return new TestMailServer();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        super.beforeEach(context);
        SpringExtension.getApplicationContext(context).getBean(JdbcClient.class)
                .sql("update mail_messages set next_attempt_at = now() + interval '10 years' where status = 'PENDING'")
                .update();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
