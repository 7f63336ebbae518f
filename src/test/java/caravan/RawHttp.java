package caravan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.0 written by hand on a socket, so a test can send any headers, Host included (the JDK's
 * HttpClient refuses to set Host), exactly as a hostile client would.
 */
final class RawHttp {

    record Response(int status, String body) {
    }

    private RawHttp() {
    }

    static Response send(InetAddress address, int port, String method, String path, Map<String, String> headers,
                         String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            request.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(address, port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            int status = Integer.parseInt(response.split(" ", 3)[1]);
            return new Response(status, headersEnd < 0 ? "" : response.substring(headersEnd + 4));
        }
    }
}
