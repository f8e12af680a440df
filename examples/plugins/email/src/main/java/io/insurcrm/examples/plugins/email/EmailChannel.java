package io.insurcrm.examples.plugins.email;

import io.insurcrm.examples.plugins.email.EmailChannelFactory.Settings;
import io.insurcrm.examples.plugins.email.EmailChannelFactory.Tls;
import io.insurcrm.spi.Channel;
import io.insurcrm.spi.ChannelContext;
import io.insurcrm.spi.ChannelException;
import io.insurcrm.spi.ContactKind;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.OutboundMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Sends each message in its own SMTP session: connect, EHLO, STARTTLS (unless {@code tls=none} or
 * implicit), AUTH if configured, MAIL FROM, RCPT TO, DATA, QUIT. Stateless between messages, so
 * thread-safe. The idempotency key becomes the {@code Message-ID} (and an
 * {@code X-InsurCRM-Idempotency-Key} header): a retry after a timeout carries the same Message-ID,
 * which receiving systems and the insurer's own archive use to recognise the duplicate.
 *
 * <p>Failures: a 4xx reply, a refused or timed-out connection are retryable; a 5xx reply (bad
 * recipient, bad credentials, content refused), a server without the required STARTTLS, or a
 * malformed recipient address are not. Messages name the SMTP stage and reply code, never the
 * address or the server's free text (which often repeats the address).
 */
final class EmailChannel implements Channel {
    /** A plain address: no display name, no angle brackets, no white space or line breaks. */
    static final Pattern ADDRESS = Pattern.compile("[^\\s<>()\\[\\]\\\\,;:\"@]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");
    private static final Pattern MESSAGE_ID_SAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private final Settings settings;
    private final SSLSocketFactory sslFactory;
    private final ChannelContext context;
    private final String domain;

    EmailChannel(Settings settings, SSLSocketFactory sslFactory, ChannelContext context) {
        this.settings = settings;
        this.sslFactory = sslFactory;
        this.context = context;
        this.domain = settings.from().substring(settings.from().indexOf('@') + 1);
    }

    @Override
    public Set<ContactKind> supportedKinds() {
        return EnumSet.of(ContactKind.EMAIL);
    }

    @Override
    public DeliveryReceipt send(OutboundMessage message) throws ChannelException {
        String to = message.recipient().address().strip();
        if (!ADDRESS.matcher(to).matches()) {
            throw ChannelException.permanent("the recipient's e-mail address is malformed", null);
        }
        String messageIdHeader = messageId(message.idempotencyKey());
        try (Socket socket = connect()) {
            SmtpSession session = new SmtpSession(socket);
            try {
                session.expect("greeting", 220);
                session.ehlo(settings.helo());
                if (settings.tls() == Tls.STARTTLS) {
                    if (!session.extensions().containsKey("STARTTLS")) {
                        session.quietQuit();
                        throw ChannelException.permanent("the SMTP server does not offer STARTTLS; refusing to send"
                                + " in clear (set tls=none only for a trusted local relay)", null);
                    }
                    session.command("STARTTLS", "STARTTLS", 220);
                    session = SmtpSession.startTls(socket, sslFactory, settings.host(), settings.port());
                    session.ehlo(settings.helo());
                }
                if (settings.username().isPresent()) {
                    session.authenticate(settings.username().get(), settings.password().orElse(""));
                }
                session.command("MAIL FROM:<" + settings.from() + ">", "MAIL FROM", 250);
                session.command("RCPT TO:<" + to + ">", "RCPT TO", 250, 251);
                session.command("DATA", "DATA", 354);
                SmtpSession.Reply accepted = session.data(render(message, to, messageIdHeader));
                session.quietQuit();
                context.logger().log(System.Logger.Level.DEBUG, "message {0} accepted by the SMTP server ({1})",
                        message.messageId(), accepted.summary());
                return DeliveryReceipt.accepted(message.messageId(), messageIdHeader, context.clock().instant(),
                        accepted.summary());
            } catch (SmtpReplyException e) {
                session.quietQuit();
                throw new ChannelException(e.getMessage(), e.transientFailure(), null);
            }
        } catch (SocketTimeoutException e) {
            throw ChannelException.retryable("the SMTP server did not answer within " + settings.timeout(), e);
        } catch (IOException e) {
            throw ChannelException.retryable("SMTP connection to " + settings.host() + ":" + settings.port()
                    + " failed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private Socket connect() throws IOException {
        int timeout = (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis());
        Socket socket = settings.tls() == Tls.IMPLICIT ? sslFactory.createSocket() : new Socket();
        try {
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), timeout);
            socket.setSoTimeout(timeout);
            if (socket instanceof SSLSocket tls) {
                SmtpSession.verifyHostName(tls);
                tls.startHandshake();
            }
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** {@code <key@sender-domain>}, with characters a msg-id cannot hold replaced. */
    private String messageId(String idempotencyKey) {
        return "<" + MESSAGE_ID_SAFE.matcher(idempotencyKey).replaceAll("_") + "@" + domain + ">";
    }

    /** An RFC 5322 message: UTF-8 text, base64 body, encoded-word subject; no header takes raw input. */
    private String render(OutboundMessage m, String to, String messageIdHeader) {
        StringBuilder b = new StringBuilder(256 + m.body().length() * 2);
        header(b, "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(context.clock().instant().atZone(ZoneOffset.UTC)));
        header(b, "From", "<" + settings.from() + ">");
        header(b, "To", "<" + to + ">");
        header(b, "Subject", encodedWord(m.subject()));
        header(b, "Message-ID", messageIdHeader);
        header(b, "X-InsurCRM-Idempotency-Key", MESSAGE_ID_SAFE.matcher(m.idempotencyKey()).replaceAll("_"));
        header(b, "X-InsurCRM-Message-Id", MESSAGE_ID_SAFE.matcher(m.messageId()).replaceAll("_"));
        header(b, "MIME-Version", "1.0");
        header(b, "Content-Type", "text/plain; charset=UTF-8");
        header(b, "Content-Transfer-Encoding", "base64");
        b.append("\r\n");
        String body = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(m.body().replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        b.append(body);
        return b.toString();
    }

    private static void header(StringBuilder b, String name, String value) {
        b.append(name).append(": ").append(value).append("\r\n");
    }

    /** RFC 2047 B-encoding for anything but plain printable ASCII; line breaks never survive into a header. */
    static String encodedWord(String text) {
        String oneLine = text.replaceAll("[\\r\\n]+", " ").strip();
        if (oneLine.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && oneLine.length() <= 900 && !oneLine.contains("=?")) {
            return oneLine;
        }
        // Split into chunks of whole code points so each encoded word stays under 75 characters.
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < oneLine.length()) {
            int end = i;
            int bytes = 0;
            while (end < oneLine.length()) {
                int cp = oneLine.codePointAt(end);
                int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + n > 45) {
                    break;
                }
                bytes += n;
                end += Character.charCount(cp);
            }
            if (out.length() > 0) {
                out.append("\r\n ");
            }
            out.append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(
                    oneLine.substring(i, end).getBytes(StandardCharsets.UTF_8))).append("?=");
            i = end;
        }
        return out.toString();
    }
}
