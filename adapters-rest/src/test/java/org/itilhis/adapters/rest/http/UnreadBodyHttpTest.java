package org.itilhis.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.itilhis.adapters.rest.RunningApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An answer given before the request's body was read (a body beyond the size limit) must
 * not leave the rest of that body on a kept-alive connection, where it would be parsed as the
 * next request (a 505 or 400 to a request the client never sent): the connection is closed.
 * Written on a raw socket, the body sent in two parts around the answer.
 */
class UnreadBodyHttpTest {
    private static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aBodyRefusedAsTooLargeClosesTheConnectionSoItsRestIsNeverTakenForARequest() throws IOException {
        int length = 256 * 1024; // beyond the body limit: refused (413) before the body is read
        try (Socket socket = new Socket("127.0.0.1", api.uri("/").getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] part = "{\"description\":\"".getBytes(StandardCharsets.US_ASCII);
            out.write(part);
            out.flush();
            String first = readAnswer(socket.getInputStream());
            assertThat(first).startsWith("HTTP/1.1 413");

            StringBuilder rest = new StringBuilder();
            while (rest.length() < length - part.length) {
                rest.append("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
            }
            String afterwards;
            try {
                out.write(rest.substring(0, length - part.length).getBytes(StandardCharsets.US_ASCII));
                out.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                afterwards = readAll(socket.getInputStream());
            } catch (IOException closed) {
                afterwards = ""; // the server closed the connection: nothing of the body was taken for a request
            }

            assertThat(first.toLowerCase()).contains("connection: close");
            assertThat(afterwards).as("what the server answered to the rest of the refused body")
                    .doesNotContain("HTTP/1.1 200").doesNotContain("HTTP/1.1 505").doesNotContain("HTTP/1.1 400");
        }
    }

    /** One answer: its head and its Content-Length body. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException quiet) {
            // no more to read
        }
        return all.toString(StandardCharsets.ISO_8859_1);
    }
}
