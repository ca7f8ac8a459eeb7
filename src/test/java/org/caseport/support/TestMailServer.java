package org.caseport.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The SMTP server of the mail tests: GreenMail on a port chosen once per test JVM (so test runs of
 * several checkouts on one machine never fight over a fixed port), which the application's
 * {@code spring.mail.port} is set to by {@link IntegrationTest}.
 */
public final class TestMailServer {

    public static final int PORT = freePort();

    private TestMailServer() {
    }

    /** A GreenMail server for a test class: {@code @RegisterExtension static GreenMailExtension greenMail = TestMailServer.greenMail();}. */
    public static GreenMailExtension greenMail() {
        return new GreenMailExtension(ServerSetupTest.SMTP.port(PORT));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
