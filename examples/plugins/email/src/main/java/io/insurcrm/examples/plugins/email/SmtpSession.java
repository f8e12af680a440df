package io.insurcrm.examples.plugins.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/** One SMTP conversation (RFC 5321) over one socket: commands, multi-line replies, STARTTLS, AUTH, DATA. */
final class SmtpSession {
    private static final Pattern ENHANCED = Pattern.compile("^([245]\\.\\d{1,3}\\.\\d{1,3})\\b.*");

    /** A reply: its code, the enhanced status code if any, and the text of its last line. */
    record Reply(int code, String enhanced) {
        /** e.g. {@code 250 2.0.0} — the code and enhanced code, never the free text. */
        String summary() {
            return code + (enhanced.isEmpty() ? "" : " " + enhanced);
        }
    }

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;
    /** EHLO keywords (upper case) to their parameters. */
    private Map<String, String> extensions = Map.of();

    SmtpSession(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.out = socket.getOutputStream();
    }

    Map<String, String> extensions() {
        return extensions;
    }

    /** Reads one (possibly multi-line) reply and checks its code. */
    Reply expect(String stage, int... accepted) throws IOException {
        Map<String, String> lines = new LinkedHashMap<>();
        String line;
        int code;
        String enhanced = "";
        boolean first = true;
        while (true) {
            line = in.readLine();
            if (line == null) {
                throw new IOException("the SMTP server closed the connection during " + stage);
            }
            if (line.length() < 3 || !line.substring(0, 3).chars().allMatch(Character::isDigit)) {
                throw new IOException("the SMTP server sent a malformed reply during " + stage);
            }
            code = Integer.parseInt(line.substring(0, 3));
            String text = line.length() > 4 ? line.substring(4) : "";
            if (first) {
                Matcher m = ENHANCED.matcher(text);
                enhanced = m.matches() ? m.group(1) : "";
                first = false;
            } else {
                String[] kw = text.split(" ", 2);
                lines.put(kw[0].toUpperCase(Locale.ROOT), kw.length > 1 ? kw[1] : "");
            }
            if (line.length() == 3 || line.charAt(3) != '-') {
                break;
            }
        }
        for (int ok : accepted) {
            if (code == ok) {
                if (stage.equals("EHLO")) {
                    extensions = lines;
                }
                return new Reply(code, enhanced);
            }
        }
        throw new SmtpReplyException(stage, code, enhanced);
    }

    /** Sends a command line and checks the reply; {@code stage} names it in errors (never the arguments). */
    Reply command(String line, String stage, int... accepted) throws IOException {
        write(line);
        return expect(stage, accepted);
    }

    void ehlo(String helo) throws IOException {
        command("EHLO " + helo, "EHLO", 250);
    }

    /** Upgrades this session's socket to TLS, checking the server's certificate and host name. */
    static SmtpSession startTls(Socket plain, SSLSocketFactory factory, String host, int port) throws IOException {
        SSLSocket tls = (SSLSocket) factory.createSocket(plain, host, port, true);
        verifyHostName(tls);
        tls.startHandshake();
        return new SmtpSession(tls);
    }

    static void verifyHostName(SSLSocket socket) {
        SSLParameters p = socket.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(p);
    }

    /** AUTH PLAIN if offered, else AUTH LOGIN (RFC 4616, draft-murchison-sasl-login). */
    void authenticate(String username, String password) throws IOException {
        String mechanisms = " " + extensions.getOrDefault("AUTH", "").toUpperCase(Locale.ROOT) + " ";
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        if (mechanisms.contains(" PLAIN ")) {
            String token = b64.encodeToString(("\0" + username + "\0" + password).getBytes(StandardCharsets.UTF_8));
            command("AUTH PLAIN " + token, "AUTH", 235);
        } else if (mechanisms.contains(" LOGIN ")) {
            command("AUTH LOGIN", "AUTH", 334);
            command(b64.encodeToString(username.getBytes(StandardCharsets.UTF_8)), "AUTH", 334);
            command(b64.encodeToString(password.getBytes(StandardCharsets.UTF_8)), "AUTH", 235);
        } else {
            throw new SmtpReplyException("AUTH (the server offers neither PLAIN nor LOGIN)", 504, "");
        }
    }

    /** Sends the message's lines after DATA's 354, dot-stuffed, then the terminating dot. */
    Reply data(String message) throws IOException {
        StringBuilder b = new StringBuilder(message.length() + 64);
        for (String line : message.split("\r\n", -1)) {
            if (line.startsWith(".")) {
                b.append('.');
            }
            b.append(line).append("\r\n");
        }
        b.append(".\r\n");
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        return expect("DATA", 250);
    }

    void quietQuit() {
        try {
            write("QUIT");
            in.readLine();
        } catch (IOException e) {
            // the message is already accepted; a failed QUIT changes nothing
        }
    }

    Socket socket() {
        return socket;
    }

    private void write(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
